// An iterator whose next step is a JS closure (the sequence-protocol iterator, and native
// helpers in modules). `keep` is the object the closure reads from, owned by the iterator.

import type { PyObject, Value } from '@pyarena/memory';
import { makeType } from './typeobject';
import { newObjectOfType } from './constructors';
import { decref } from '../refs';
import { iterHooks } from '../ops/iter';

export interface NativeIterData { next: (() => Value | undefined) | null; keep: PyObject | null }

export const NativeIteratorType = makeType({
  name: 'iterator', isGC: true, basicSize: 48, acceptsSubclasses: false,
  traverse: (o, visit) => {
    const k = (o.data as NativeIterData).keep;
    if (k !== null) visit(k);
  },
  clear: (o) => release(o.data as NativeIterData),
  dealloc: (o) => release(o.data as NativeIterData),
});

function release(d: NativeIterData): void {
  const k = d.keep;
  d.keep = null;
  d.next = null;
  if (k !== null) decref(k);
}

/** A new iterator calling `next` until it returns undefined. Takes a new reference to `keep`. */
export function makeNativeIterator(next: () => Value | undefined, keep: PyObject | null): PyObject {
  if (keep !== null) keep.refcnt++;
  const data: NativeIterData = { next, keep };
  return newObjectOfType(NativeIteratorType, data);
}

const previousGetIter = iterHooks.getIterOther;
iterHooks.getIterOther = (o) => {
  if (o.type === NativeIteratorType) {
    o.refcnt++;
    return o;
  }
  return previousGetIter(o);
};
const previousNext = iterHooks.iterNextOther;
iterHooks.iterNextOther = (it) => {
  if (it.type !== NativeIteratorType) return previousNext(it);
  const d = it.data as NativeIterData;
  if (d.next === null) return undefined;
  const v = d.next();
  if (v === undefined) release(d);
  return v;
};
