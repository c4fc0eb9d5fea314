// Subscription, slicing, len() and `in` for builtin containers (PyObject_GetItem & co).

import type { PyObject, Value } from '@pyarena/memory';
import { None, newList, newStr, newTuple, intFromBigInt, newObjectOfType } from '../objects/constructors';
import type { DictTable } from '../objects/dict-table';
import { dictDel, dictGet, dictSet } from '../objects/dict';
import { setContains } from '../objects/set';
import type { RangeData, SliceData } from '../objects/types';
import {
  BoolType, BytesType, ByteArrayType, DictItemsType, DictKeysType, DictType, DictValuesType, FrozenSetType,
  IntType, ListType, RangeType, SetType, SliceType, StrType, TupleType,
} from '../objects/types';
import { bytesLike, type ByteArrayData } from '../objects/bytearray';
import { byteArrayGetItem, byteArraySetItem, bytesContains } from './bytes-ops';
import { lookupInType, typeData, typeName } from '../objects/typeobject';
import { argIndex } from '../modules/args';
import { IndexError, KeyError, newException, OverflowError, PyErr, raise, typeError, valueError } from '../errors';
import { decref, decrefAll, decrefAllReversed, incref } from '../refs';
import { equals } from './compare';
import { toBigInt } from './numbers';
import { getIter, iterNext, iterateToArray } from './iter';
import { heap } from '../state';
import { listReplaceSlice, listShrunk } from '../objects/list';

export const subscriptHooks = {
  getItemOther: (o: Value, _key: Value): Value => typeError(`'${typeName(o)}' object is not subscriptable`),
  setItemOther: (o: Value, _key: Value, _v: Value): void =>
    typeError(`'${typeName(o)}' object does not support item assignment`),
  delItemOther: (o: Value, _key: Value): void =>
    typeError(`'${typeName(o)}' object doesn't support item deletion`),
  lenOther: (o: Value): number => typeError(`object of type '${typeName(o)}' has no len()`),
  containsOther: (o: Value, _item: Value): boolean | null => null,
};

/** Is `key` an instance of a Python class with __index__ (usable where an int index is)? */
function definesIndex(key: PyObject): boolean {
  return typeData(key.type).isHeapType && lookupInType(key.type, '__index__') !== undefined;
}

/**
 * An index past 2**53 as a number: finite (and past any length) while it fits a Py_ssize_t,
 * +-Infinity beyond, where an item subscript says "cannot fit" and a slice clamps.
 */
function ssizeOrInfinity(b: bigint): number {
  if (b > 9223372036854775807n) return Infinity;
  if (b < -9223372036854775808n) return -Infinity;
  return Number(b);
}

/** An index operand as a JS number (PyNumber_AsSsize_t); TypeError for non-ints. */
export function asIndex(key: Value, what: string): number {
  if (typeof key === 'number') return key;
  if (key.type === BoolType) return key.data ? 1 : 0;
  if (key.type === IntType) return ssizeOrInfinity(toBigInt(key));
  // PyNumber_AsSsize_t: an object of a class defining __index__ is an index too.
  if (definesIndex(key)) return ssizeOrInfinity(argIndex(key));
  typeError(`${what} indices must be integers or slices, not ${typeName(key)}`);
}

/** An item subscript's index: past 64 bits it "cannot fit" (PyNumber_AsSsize_t with IndexError). */
export function asItemIndex(key: Value, what: string): number {
  const i = asIndex(key, what);
  if (!Number.isFinite(i)) raise(IndexError, `cannot fit '${typeName(key)}' into an index-sized integer`);
  return i;
}

/** PySlice_GetIndicesEx: start, stop, step and the number of items selected. */
export function sliceIndices(s: SliceData, length: number): [number, number, number, number] {
  const step = s.step === None ? 1 : asIndex(s.step, 'slice');
  if (step === 0) valueError('slice step cannot be zero');
  const clamp = (v: Value, dflt: number, lower: number, upper: number): number => {
    if (v === None) return dflt;
    let i = asIndex(v, 'slice');
    if (i < 0) {
      i += length;
      if (i < lower) i = lower;
    } else if (i > upper) i = upper;
    return i;
  };
  const lower = step < 0 ? -1 : 0;
  const upper = step < 0 ? length - 1 : length;
  const start = clamp(s.start, step < 0 ? upper : lower, lower, upper);
  const stop = clamp(s.stop, step < 0 ? lower : upper, lower, upper);
  let count = 0;
  if (step < 0) {
    if (stop < start) count = Math.floor((start - stop - 1) / -step) + 1;
  } else if (start < stop) {
    count = Math.floor((stop - start - 1) / step) + 1;
  }
  return [start, stop, step, count];
}

function normalize(i: number, length: number, what: string): number {
  const j = i < 0 ? i + length : i;
  if (j < 0 || j >= length) raise(IndexError, `${what} index out of range`);
  return j;
}

function sliceSeq(items: Value[], s: SliceData): Value[] {
  const [start, , step, count] = sliceIndices(s, items.length);
  const out: Value[] = new Array(count);
  for (let i = 0, j = start; i < count; i++, j += step) {
    const v = items[j]!;
    incref(v);
    out[i] = v;
  }
  return out;
}

/** range[i] for an index given as a bigint (any size). */
export function rangeItem(r: RangeData, i: bigint): bigint {
  const j = i < 0n ? i + r.length : i;
  if (j < 0n || j >= r.length) raise(IndexError, 'range object index out of range');
  return r.start + j * r.step;
}

/** container[key]: a new reference. */
export function getItem(o: Value, key: Value): Value {
  if (typeof o === 'number') typeError(`'int' object is not subscriptable`);
  const t = o.type;
  if (t === ListType || t === TupleType) {
    const items = o.data as Value[];
    if (typeof key !== 'number' && key.type === SliceType) {
      const out = sliceSeq(items, key.data as SliceData);
      return t === ListType ? newList(out) : newTuple(out);
    }
    const v = items[normalize(asItemIndex(key, t === ListType ? 'list' : 'tuple'), items.length, t === ListType ? 'list' : 'tuple')]!;
    incref(v);
    return v;
  }
  if (t === DictType) {
    const v = dictGet(o, key);
    if (v === undefined) {
      incref(key);
      throw new PyErr(newException(KeyError, [key]));
    }
    incref(v);
    return v;
  }
  if (t === StrType) {
    const text = o.data as string;
    // Python indexes code points; JS strings are UTF-16, so astral text is split first.
    const s: string | string[] = hasSurrogates(text) ? Array.from(text) : text;
    if (typeof key !== 'number' && key.type === SliceType) {
      const [start, , step, count] = sliceIndices(key.data as SliceData, s.length);
      if (step === 1) return newStr(typeof s === 'string' ? s.slice(start, start + count) : s.slice(start, start + count).join(''));
      let out = '';
      for (let i = 0, j = start; i < count; i++, j += step) out += s[j];
      return newStr(out);
    }
    if (typeof key !== 'number' && key.type !== BoolType && key.type !== IntType &&
      !definesIndex(key)) {
      typeError(`string indices must be integers, not '${typeName(key)}'`);
    }
    return newStr(s[normalize(asItemIndex(key, 'string'), s.length, 'string')]!);
  }
  if (t === RangeType) {
    const r = o.data as RangeData;
    if (typeof key !== 'number' && key.type === SliceType) {
      const len = Number(r.length);
      const [start, , step, count] = sliceIndices(key.data as SliceData, len);
      const b = BigInt;
      return newRange(r.start + b(start) * r.step, r.start + b(start + count * step) * r.step, r.step * b(step));
    }
    if (typeof key !== 'number' && key.type !== IntType && key.type !== BoolType) {
      typeError(`range indices must be integers or slices, not ${typeName(key)}`);
    }
    return intFromBigInt(rangeItem(r, toBigInt(key)));
  }
  if (t === BytesType) {
    const b = o.data as Uint8Array;
    if (typeof key !== 'number' && key.type === SliceType) {
      const [start, , step, count] = sliceIndices(key.data as SliceData, b.length);
      const out = new Uint8Array(count);
      for (let i = 0, j = start; i < count; i++, j += step) out[i] = b[j]!;
      return newObjectOfType(BytesType, out, 33 + count);
    }
    return b[normalize(asItemIndex(key, 'byte'), b.length, 'index')]!;
  }
  if (t === ByteArrayType) return byteArrayGetItem(o, key);
  return subscriptHooks.getItemOther(o, key);
}

const SURROGATE = /[\ud800-\udfff]/;

// Loops index (and take len() of) the same few strs again and again: remember the answers for
// long text, so s[i] and len(s) are O(1) for text without surrogates instead of a scan of the
// whole string each time. A Map of strings costs one hash of each string object (V8 keeps it).
const SCAN_CACHE_MIN_LENGTH = 64;
const SCAN_CACHE_SIZE = 16;
const scanned = new Map<string, boolean>();
let lastScanned = '';
let lastHasSurrogates = false;
export function hasSurrogates(text: string): boolean {
  if (text.length < SCAN_CACHE_MIN_LENGTH) return SURROGATE.test(text);
  if (text !== lastScanned) {
    let found = scanned.get(text);
    if (found === undefined) {
      found = SURROGATE.test(text);
      if (scanned.size >= SCAN_CACHE_SIZE) scanned.clear();
      scanned.set(text, found);
    }
    lastScanned = text;
    lastHasSurrogates = found;
  }
  return lastHasSurrogates;
}

export function newRange(start: bigint, stop: bigint, step: bigint): PyObject {
  let length = 0n;
  if (step > 0n && start < stop) length = (stop - start - 1n) / step + 1n;
  else if (step < 0n && start > stop) length = (start - stop - 1n) / -step + 1n;
  const data: RangeData = { start, stop, step, length };
  return newObjectOfType(RangeType, data);
}

/** container[key] = v (v borrowed). */
export function setItem(o: Value, key: Value, v: Value): void {
  if (typeof o !== 'number') {
    if (o.type === ListType) {
      const items = o.data as Value[];
      if (typeof key !== 'number' && key.type === SliceType) return setListSlice(o, key.data as SliceData, v);
      const i = normalize(asItemIndex(key, 'list'), items.length, 'list assignment');
      const old = items[i]!;
      incref(v);
      items[i] = v;
      decref(old);
      return;
    }
    if (o.type === DictType) return dictSet(o, key, v);
    if (o.type === ByteArrayType) return byteArraySetItem(o, key, v);
  }
  subscriptHooks.setItemOther(o, key, v);
}

function setListSlice(list: PyObject, s: SliceData, v: Value): void {
  const items = list.data as Value[];
  const [start, stop, step, count] = sliceIndices(s, items.length);
  const replacement = iterateToArray(v);
  if (step === 1) {
    // list_ass_slice: the item block is resized first; the old items are released last to first.
    decrefAllReversed(listReplaceSlice(list, start, Math.max(start, stop), replacement));
    return;
  }
  if (replacement.length !== count) {
    decrefAll(replacement);
    valueError(`attempt to assign sequence of size ${replacement.length} to extended slice of size ${count}`);
  }
  for (let i = 0, j = start; i < count; i++, j += step) {
    const old = items[j]!;
    items[j] = replacement[i]!;
    decref(old);
  }
}

export function delItem(o: Value, key: Value): void {
  if (typeof o !== 'number') {
    if (o.type === ListType) {
      const items = o.data as Value[];
      if (typeof key !== 'number' && key.type === SliceType) {
        const [start, , step, count] = sliceIndices(key.data as SliceData, items.length);
        if (step === 1) {
          decrefAllReversed(listReplaceSlice(o, start, start + count, [])); // as list_ass_slice
          return;
        }
        // list_ass_subscript releases an extended slice's items in ascending index order.
        const idx: number[] = [];
        for (let i = 0, j = start; i < count; i++, j += step) idx.push(j);
        idx.sort((a, b) => b - a);
        const removed: Value[] = [];
        for (const j of idx) removed.push(...items.splice(j, 1));
        if (count > 0) listShrunk(o); // ob_size set, then list_resize(self, ob_size)
        decrefAllReversed(removed);
        return;
      }
      const i = normalize(asItemIndex(key, 'list'), items.length, 'list assignment');
      decrefAllReversed(listReplaceSlice(o, i, i + 1, [])); // list_ass_item: a one-item slice
      return;
    }
    if (o.type === DictType) {
      if (!dictDel(o, key)) {
        incref(key);
        throw new PyErr(newException(KeyError, [key]));
      }
      return;
    }
    if (o.type === ByteArrayType) return byteArraySetItem(o, key, null);
  }
  subscriptHooks.delItemOther(o, key);
}

export function len(o: Value): number {
  if (typeof o !== 'number') {
    const t = o.type;
    if (t === ListType || t === TupleType) return (o.data as Value[]).length;
    if (t === StrType) return strLength(o.data as string);
    if (t === DictType || t === SetType || t === FrozenSetType) return (o.data as DictTable).size;
    if (t === DictKeysType || t === DictValuesType || t === DictItemsType) return ((o.data as PyObject).data as DictTable).size;
    if (t === RangeType) {
      const n = (o.data as RangeData).length;
      if (n > 9223372036854775807n) raise(OverflowError, 'Python int too large to convert to C ssize_t');
      return Number(n);
    }
    if (t === BytesType) return (o.data as Uint8Array).length;
    if (t === ByteArrayType) return (o.data as ByteArrayData).size;
  }
  return subscriptHooks.lenOther(o);
}

/** Length in code points (JS strings count UTF-16 units). */
export function strLength(s: string): number {
  if (!hasSurrogates(s)) return s.length;
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) n--;
  }
  return n;
}

/** item in container. */
export function contains(container: Value, item: Value): boolean {
  if (typeof container !== 'number') {
    const t = container.type;
    if (t === ListType || t === TupleType) {
      const items = container.data as Value[];
      for (let i = 0; i < items.length; i++) if (equals(items[i]!, item)) return true;
      return false;
    }
    if (t === StrType) {
      if (typeof item === 'number' || item.type !== StrType) {
        typeError(`'in <string>' requires string as left operand, not ${typeName(item)}`);
      }
      return (container.data as string).includes(item.data as string);
    }
    if (t === DictType || t === DictKeysType) return dictGet(t === DictType ? container : container.data, item) !== undefined;
    if (t === SetType || t === FrozenSetType) return setContains(container, item);
    if (t === BytesType || t === ByteArrayType) return bytesContains(bytesLike(container)!, item);
    if (t === DictItemsType) {
      // (key, value) in d.items(): the key must be present with an equal value.
      if (typeof item !== 'object' || item.type !== TupleType || (item.data as Value[]).length !== 2) return false;
      const [k, v] = item.data as Value[];
      const found = dictGet(container.data as PyObject, k!);
      return found !== undefined && equals(found, v!);
    }
    if (t === DictValuesType) {
      for (const e of ((container.data as PyObject).data as DictTable).map.values()) if (equals(e.value, item)) return true;
      return false;
    }
    if (t === RangeType) {
      const r = container.data as RangeData;
      let v: bigint | null = null;
      if (typeof item === 'number' || item.type === IntType || item.type === BoolType) v = toBigInt(item);
      if (v !== null) {
        if (r.length === 0n) return false;
        const off = v - r.start;
        if (off % r.step !== 0n) return false;
        const k = off / r.step;
        return k >= 0n && k < r.length;
      }
    }
    const other = subscriptHooks.containsOther(container, item);
    if (other !== null) return other;
  }
  // Fall back to iteration (PySequence_Contains on any iterable).
  let it: PyObject;
  try {
    it = getIter(container);
  } catch (e) {
    if (e instanceof PyErr) {
      decref(e.exc);
      typeError(`argument of type '${typeName(container)}' is not iterable`);
    }
    throw e;
  }
  try {
    for (;;) {
      const v = iterNext(it);
      if (v === undefined) return false;
      const found = equals(v, item);
      decref(v);
      if (found) return true;
    }
  } finally {
    decref(it);
  }
}

export { heap };
