// The iterator protocol (PyObject_GetIter, tp_iternext). iterNext returns undefined on
// exhaustion instead of raising StopIteration: FOR_ITER's hot path never throws (CPython's
// tp_iternext returns NULL without setting an exception in the same way).

import type { PyObject, Value } from '@pyarena/memory';
import { FREELIST_NONE } from '@pyarena/memory';
import { heap } from '../state';
import { newObjectOfType, newStr, newTuple } from '../objects/constructors';
import { newResultTuple, replaceResultItem, retrackResult, reusableResult } from '../objects/result-tuple';
import type { DictTable } from '../objects/dict-table';
import { nextActiveSlot } from '../objects/set-table';
import type { CompositeIterData, DictIterData, RangeData, RangeIterData, SeqIterData } from '../objects/types';
import { byteArrayContent } from '../objects/bytearray';
import {
  DictItemIteratorType, DictItemsType, DictKeyIteratorType, DictKeysType, DictType, DictValueIteratorType,
  DictValuesType, EnumerateType, FrozenSetType, ListIteratorType, ListReverseIteratorType, ListType,
  MapType, RangeIteratorType, RangeType, ReversedType, SetIteratorType, SetType, StrIteratorType,
  StrType, TupleIteratorType, TupleType, ZipType, FilterType, BytesType, ByteArrayType,
} from '../objects/types';
import { typeName } from '../objects/typeobject';
import { raise, RuntimeError, typeError } from '../errors';
import { decref, incref } from '../refs';
import { intFromBigInt, intFromNumber } from '../objects/constructors';

const MAX_SAFE = 9007199254740991n;

export const iterHooks = {
  /** iter() of an object this file does not know (generators, __iter__). Null if not iterable. */
  getIterOther: (_o: PyObject): PyObject | null => null,
  /** next() of an iterator this file does not know; undefined when exhausted. */
  iterNextOther: (it: PyObject): Value | undefined => {
    typeError(`'${typeName(it)}' object is not an iterator`);
  },
  /** Calls a Python callable with borrowed args; returns a new reference (map, filter). */
  call: (_f: Value, _args: Value[]): Value => {
    throw new Error('call hook not installed');
  },
  isTrue: (_v: Value): boolean => true,
};

function seqIter(type: PyObject, seq: PyObject, index = 0): PyObject {
  seq.refcnt++;
  const data: SeqIterData = { seq, index };
  return newObjectOfType(type, data);
}

function dictIter(type: PyObject, dict: PyObject, kind: 0 | 1 | 2): PyObject {
  dict.refcnt++;
  const table = dict.data as DictTable;
  const result = kind === 2 ? newResultTuple(2) : null;
  const data: DictIterData = { seq: dict, index: table.version, it: table.map.values(), kind, pos: 0, len: 0, result };
  return newObjectOfType(type, data);
}

/** set_iter: remembers the size (si_used) and walks the slots (setiter_iternext). */
function setIter(set: PyObject): PyObject {
  set.refcnt++;
  const n = (set.data as DictTable).size;
  const data: DictIterData = { seq: set, index: n, it: null, kind: 0, pos: 0, len: n, result: null };
  return newObjectOfType(SetIteratorType, data);
}

/** iter(v): a new reference to an iterator. TypeError if v is not iterable. */
export function getIter(v: Value): PyObject {
  if (typeof v === 'number') typeError(`'int' object is not iterable`);
  const t = v.type;
  if (t === ListType) return seqIter(ListIteratorType, v);
  if (t === TupleType) return seqIter(TupleIteratorType, v);
  if (t === RangeType) {
    const r = v.data as RangeData;
    const last = r.start + (r.length - 1n) * r.step;
    const small = [r.start, last, r.step, r.length].every((b) => b >= -MAX_SAFE && b <= MAX_SAFE);
    const data: RangeIterData = small
      ? { next: Number(r.start), step: Number(r.step), remaining: Number(r.length), big: null }
      : { next: 0, step: 0, remaining: 0, big: { next: r.start, step: r.step, remaining: r.length } };
    return heap.alloc(RangeIteratorType, 48, data, FREELIST_NONE);
  }
  if (t === StrType) return seqIter(StrIteratorType, v);
  if (t === DictType || t === DictKeysType) return dictIter(DictKeyIteratorType, t === DictType ? v : v.data, 0);
  if (t === DictValuesType) return dictIter(DictValueIteratorType, v.data as PyObject, 1);
  if (t === DictItemsType) return dictIter(DictItemIteratorType, v.data as PyObject, 2);
  if (t === SetType || t === FrozenSetType) return setIter(v);
  if (t === BytesType || t === ByteArrayType) return seqIter(StrIteratorType, v);
  if (isBuiltinIterator(t)) {
    v.refcnt++;
    return v;
  }
  const other = iterHooks.getIterOther(v);
  if (other !== null) return other;
  typeError(`'${typeName(v)}' object is not iterable`);
}

function isBuiltinIterator(t: PyObject): boolean {
  return t === ListIteratorType || t === TupleIteratorType || t === RangeIteratorType ||
    t === StrIteratorType || t === DictKeyIteratorType || t === DictValueIteratorType ||
    t === DictItemIteratorType || t === SetIteratorType || t === EnumerateType || t === ZipType ||
    t === MapType || t === FilterType || t === ReversedType || t === ListReverseIteratorType;
}

export function isIterator(v: Value): boolean {
  return typeof v !== 'number' && isBuiltinIterator(v.type);
}

function exhaust(d: SeqIterData): undefined {
  const s = d.seq;
  d.seq = null;
  decref(s);
  return undefined;
}

/** next(it): a new reference, or undefined when exhausted. */
export function iterNext(it: PyObject): Value | undefined {
  const t = it.type;
  if (t === ListIteratorType) {
    const d = it.data as SeqIterData;
    if (d.seq === null) return undefined;
    const items = d.seq.data as Value[];
    if (d.index < items.length) {
      const v = items[d.index++]!;
      if (typeof v === 'object') v.refcnt++;
      return v;
    }
    return exhaust(d);
  }
  if (t === RangeIteratorType) {
    const d = it.data as RangeIterData;
    if (d.big !== null) {
      if (d.big.remaining <= 0n) return undefined;
      d.big.remaining--;
      const v = d.big.next;
      d.big.next += d.big.step;
      return intFromBigInt(v);
    }
    if (d.remaining <= 0) return undefined;
    d.remaining--;
    const v = d.next;
    d.next += d.step;
    return intFromNumber(v);
  }
  if (t === TupleIteratorType || t === ListReverseIteratorType) {
    const d = it.data as SeqIterData;
    if (d.seq === null) return undefined;
    const items = d.seq.data as Value[];
    if (t === ListReverseIteratorType) {
      if (d.index >= 0 && d.index < items.length) {
        const v = items[d.index--]!;
        incref(v);
        return v;
      }
      return exhaust(d);
    }
    if (d.index < items.length) {
      const v = items[d.index++]!;
      incref(v);
      return v;
    }
    return exhaust(d);
  }
  if (t === StrIteratorType) {
    const d = it.data as SeqIterData;
    if (d.seq === null) return undefined;
    if (d.seq.type === BytesType || d.seq.type === ByteArrayType) {
      const b = d.seq.type === BytesType ? d.seq.data as Uint8Array : byteArrayContent(d.seq); // live: it may change
      return d.index < b.length ? b[d.index++]! : exhaust(d);
    }
    const s = d.seq.data as string;
    if (d.index < s.length) {
      const c = s.codePointAt(d.index)!;
      const ch = String.fromCodePoint(c);
      d.index += ch.length;
      return newStr(ch);
    }
    return exhaust(d);
  }
  if (t === SetIteratorType) {
    const d = it.data as DictIterData;
    if (d.seq === null) return undefined;
    const table = d.seq.data as DictTable;
    if (table.size !== d.index) {
      d.index = -1; // sticky, as CPython's si_used = -1
      raise(RuntimeError, 'Set changed size during iteration');
    }
    const i = nextActiveSlot(table, d.pos);
    if (i < 0) return exhaust(d);
    d.pos = i + 1;
    d.len--;
    const key = table.slots![i]!.key;
    incref(key);
    return key;
  }
  if (t === DictKeyIteratorType || t === DictValueIteratorType || t === DictItemIteratorType) {
    const d = it.data as DictIterData;
    if (d.seq === null) return undefined;
    const table = d.seq.data as DictTable;
    if (table.version !== d.index) {
      d.index = table.version; // report once, as CPython does
      raise(RuntimeError, 'dictionary changed size during iteration');
    }
    const r = d.it!.next();
    if (r.done) return exhaust(d);
    const e = r.value as { key: Value; value: Value };
    if (d.kind === 0) { incref(e.key); return e.key; }
    if (d.kind === 1) { incref(e.value); return e.value; }
    incref(e.key);
    incref(e.value);
    const res = reusableResult(d.result);
    if (res === null) return newTuple([e.key, e.value]);
    replaceResultItem(res, 0, e.key);
    replaceResultItem(res, 1, e.value);
    return retrackResult(res);
  }
  if (t === EnumerateType) {
    const d = it.data as CompositeIterData;
    const v = iterNext(d.refs[0] as PyObject);
    if (v === undefined) return undefined;
    const index = intFromNumber(d.index++);
    const r = reusableResult(d.result);
    if (r === null) return newTuple([index, v]);
    replaceResultItem(r, 0, index);
    replaceResultItem(r, 1, v);
    return retrackResult(r);
  }
  if (t === ZipType) {
    const d = it.data as CompositeIterData;
    if (d.refs.length === 0) return undefined;
    const r = reusableResult(d.result);
    if (r !== null) return zipIntoResult(d.refs, r);
    const items: Value[] = [];
    for (const sub of d.refs) {
      let v: Value | undefined;
      try {
        v = iterNext(sub as PyObject);
      } catch (e) {
        for (const x of items) decref(x); // a later argument raised: drop the items taken so far
        throw e;
      }
      if (v === undefined) {
        for (const x of items) decref(x);
        return undefined;
      }
      items.push(v);
    }
    return newTuple(items);
  }
  if (t === MapType) {
    const d = it.data as CompositeIterData;
    const args: Value[] = [];
    for (let i = 1; i < d.refs.length; i++) {
      let v: Value | undefined;
      try {
        v = iterNext(d.refs[i] as PyObject);
      } catch (e) {
        for (const x of args) decref(x);
        throw e;
      }
      if (v === undefined) {
        for (const x of args) decref(x);
        return undefined;
      }
      args.push(v);
    }
    try {
      return iterHooks.call(d.refs[0]!, args);
    } finally {
      for (const x of args) decref(x);
    }
  }
  if (t === FilterType) {
    const d = it.data as CompositeIterData;
    for (;;) {
      const v = iterNext(d.refs[1] as PyObject);
      if (v === undefined) return undefined;
      let keep: boolean;
      try {
        if (d.refs[0] === undefined || (typeof d.refs[0] !== 'number' && typeName(d.refs[0]) === 'NoneType')) {
          keep = iterHooks.isTrue(v);
        } else {
          const r = iterHooks.call(d.refs[0], [v]);
          try {
            keep = iterHooks.isTrue(r);
          } finally {
            decref(r);
          }
        }
      } catch (e) {
        decref(v); // the predicate raised: the item is dropped with it (filter_next)
        throw e;
      }
      if (keep) return v;
      decref(v);
    }
  }
  if (t === ReversedType) {
    const d = it.data as CompositeIterData;
    const seq = d.refs[0] as PyObject;
    if (d.index < 0) return undefined;
    const items = seq.data as Value[] | string;
    if (typeof items === 'string') return newStr(items[d.index--]!);
    const v = items[d.index--]!;
    incref(v);
    return v;
  }
  return iterHooks.iterNextOther(it);
}

/** Collects every item of an iterable into a JS array of new references. */
export function iterateToArray(v: Value): Value[] {
  if (typeof v !== 'number' && (v.type === ListType || v.type === TupleType)) {
    const items = (v.data as Value[]).slice();
    for (const x of items) incref(x);
    return items;
  }
  const it = getIter(v);
  const out: Value[] = [];
  try {
    for (;;) {
      const x = iterNext(it);
      if (x === undefined) break;
      out.push(x);
      // The items would fill a list's item block in CPython (PySequence_List and friends): once
      // that block could not be had (Heap.maxRequest, --max-heap) it is a MemoryError, as an
      // endless iterator gives in CPython. It also keeps the JS array clear of V8's ~2**27-item
      // limit, past which the process aborts.
      if ((out.length & 4095) === 0) heap.checkRequest(out.length * 8);
    }
  } catch (e) {
    for (const x of out) decref(x);
    throw e;
  } finally {
    decref(it);
  }
  return out;
}

export { newTuple };

/**
 * zip_next with its result tuple free: each argument's next item replaces the tuple's item in turn.
 * When one is exhausted or raises, the tuple keeps what was replaced so far (as CPython's).
 */
function zipIntoResult(its: Value[], r: PyObject): PyObject | undefined {
  try {
    for (let i = 0; i < its.length; i++) {
      const v = iterNext(its[i] as PyObject);
      if (v === undefined) {
        r.refcnt--; // back to the iterator's own reference
        return undefined;
      }
      replaceResultItem(r, i, v);
    }
  } catch (e) {
    r.refcnt--;
    throw e;
  }
  return retrackResult(r);
}
