// The result tuple that enumerate, zip and dict.items() iterators hand out again: CPython's
// en_result (Objects/enumobject.c), zip's result (Python/bltinmodule.c) and di_result
// (Objects/dictobject.c). The iterator keeps a reference to its last tuple; when that is the
// only one left (the loop unpacked it, `for i, x in enumerate(xs)`), the next step replaces its
// items instead of allocating a tuple. As in CPython, [id(t) for t in enumerate(xs)] alternates
// between two tuples, since `t` still holds the previous one while the next is made.
import type { PyObject, Value } from '@pyarena/memory';
import { heap } from '../state';
import { None, newTuple } from './constructors';
import { decref, incref } from '../refs';

/** The tuple an iterator starts with: n Nones (PyTuple_Pack(2, Py_None, Py_None)). Null for n 0. */
export function newResultTuple(n: number): PyObject | null {
  if (n === 0) return null;
  const items: Value[] = [];
  for (let i = 0; i < n; i++) {
    incref(None);
    items.push(None);
  }
  return newTuple(items);
}

/** The iterator's tuple with a new reference, when nothing else holds it; else null. */
export function reusableResult(r: PyObject | null): PyObject | null {
  if (r === null || r.refcnt !== 1) return null;
  r.refcnt++;
  return r;
}

/** Puts `stolen` at position i of a reused result and releases what was there. */
export function replaceResultItem(r: PyObject, i: number, stolen: Value): void {
  const items = r.data as Value[];
  const old = items[i]!;
  items[i] = stolen;
  decref(old);
}

/** A collection may have untracked the tuple while it held only atoms (bpo-42536): track it again. */
export function retrackResult(r: PyObject): PyObject {
  if (r.gcNext === null) heap.track(r);
  return r;
}
