// Subscription, `in`, concatenation and repetition of bytes-like objects where bytearray takes
// part (Objects/bytearrayobject.c: bytearray_subscript, bytearray_ass_subscript, the sq_ and
// nb_inplace slots; Objects/bytes_methods.c _Py_bytes_contains).

import type { PyObject, Value } from '@pyarena/memory';
import type { SliceData } from '../objects/types';
import { BoolType, BytesType, ByteArrayType, IntType, SliceType, StrType } from '../objects/types';
import { newObjectOfType } from '../objects/constructors';
import { typeName } from '../objects/typeobject';
import { IndexError, OverflowError, raise, typeError, valueError } from '../errors';
import { decrefAll } from '../refs';
import {
  byteArrayContent, byteArrayDeleteIndices, byteArrayResize, byteArraySetSlice, bytesLike, newByteArray,
  type ByteArrayData,
} from '../objects/bytearray';
import { asIndex, asItemIndex, sliceIndices } from './subscript';
import { iterateToArray } from './iter';
import { lookupAttr } from './attr';
import { callObject } from '../call';
import { decref } from '../refs';
import { heap } from '../state';

/** _getbytevalue: an int in range(0, 256). */
export function byteValue(v: Value): number {
  let n: number;
  if (typeof v === 'number') n = v;
  else if (v.type === BoolType) n = v.data ? 1 : 0;
  else if (v.type === IntType) n = -1;
  else {
    const index = lookupAttr(v, '__index__');
    if (index === undefined) typeError(`'${typeName(v)}' object cannot be interpreted as an integer`);
    const r = callObject(index, [], null);
    decref(index);
    try {
      return byteValue(r);
    } finally {
      decref(r);
    }
  }
  if (n < 0 || n > 255) valueError('byte must be in range(0, 256)');
  return n;
}

/** The bytes an iterable of ints gives (bytes(x), bytearray(x), extend, slice assignment). */
export function bytesFromIterable(v: Value): Uint8Array {
  const items = iterateToArray(v);
  try {
    const out = new Uint8Array(items.length);
    for (let i = 0; i < items.length; i++) out[i] = byteValue(items[i]!);
    return out;
  } finally {
    decrefAll(items);
  }
}

/** _Py_bytes_contains: an int byte or a bytes-like subsequence. */
export function bytesContains(haystack: Uint8Array, item: Value): boolean {
  const needle = bytesLike(item);
  if (needle === null) {
    if (typeof item === 'number' || item.type === BoolType || item.type === IntType ||
      lookupAttr(item, '__index__') !== undefined) {
      return haystack.includes(byteValue(item));
    }
    typeError(`a bytes-like object is required, not '${typeName(item)}'`);
  }
  return indexOfBytes(haystack, needle, 0) >= 0;
}

/** First index of `needle` in `haystack` at or after `from`, or -1. */
export function indexOfBytes(haystack: Uint8Array, needle: Uint8Array, from: number): number {
  const n = needle.length;
  if (n === 0) return from <= haystack.length ? from : -1;
  if (n === 1) return haystack.indexOf(needle[0]!, from);
  const last = haystack.length - n;
  for (let i = haystack.indexOf(needle[0]!, from); i >= 0 && i <= last; i = haystack.indexOf(needle[0]!, i + 1)) {
    let k = 1;
    while (k < n && haystack[i + k] === needle[k]) k++;
    if (k === n) return i;
  }
  return -1;
}

function itemIndex(key: Value, length: number): number {
  const i = asItemIndex(key, 'bytearray');
  const j = i < 0 ? i + length : i;
  if (j < 0 || j >= length) raise(IndexError, 'bytearray index out of range');
  return j;
}

function checkKey(key: Value): void {
  if (typeof key === 'number') return;
  if (key.type === BoolType || key.type === IntType || key.type === SliceType) return;
  if (lookupAttr(key, '__index__') !== undefined) return;
  typeError(`bytearray indices must be integers or slices, not ${typeName(key)}`);
}

/** bytearray[key]: an int, or a new bytearray for a slice. */
export function byteArrayGetItem(o: PyObject, key: Value): Value {
  checkKey(key);
  const b = byteArrayContent(o);
  if (typeof key === 'object' && key.type === SliceType) {
    const [start, , step, count] = sliceIndices(key.data as SliceData, b.length);
    if (step === 1) return newByteArray(b.subarray(start, start + count));
    const out = new Uint8Array(count);
    for (let i = 0, j = start; i < count; i++, j += step) out[i] = b[j]!;
    return newByteArray(out);
  }
  return b[itemIndex(key, b.length)]!;
}

/** bytearray[key] = v, or del bytearray[key] when v is null (bytearray_ass_subscript). */
export function byteArraySetItem(o: PyObject, key: Value, v: Value | null): void {
  checkKey(key);
  const d = o.data as ByteArrayData;
  if (typeof key !== 'object' || key.type !== SliceType) {
    const value = v === null ? -1 : byteValue(v); // before the size check, as CPython (GH-91153)
    const i = itemIndex(key, d.size);
    if (v === null) byteArraySetSlice(o, i, i + 1, EMPTY);
    else d.buf[d.start + i] = value;
    return;
  }
  let values: Uint8Array = EMPTY;
  if (v !== null) {
    const direct = typeof v === 'object' && v.type === ByteArrayType && v !== o ? byteArrayContent(v) : null;
    if (direct !== null) values = direct;
    else {
      if (typeof v === 'number' || v.type === BoolType || v.type === IntType || v.type === StrType ||
        (v.type !== BytesType && v.type !== ByteArrayType && lookupAttr(v, '__index__') !== undefined)) {
        typeError('can assign only bytes, buffers, or iterables of ints in range(0, 256)');
      }
      values = bytesLike(v)?.slice() ?? bytesFromIterable(v);
    }
  }
  const [start, stop, step, count] = sliceIndices(key.data as SliceData, d.size);
  if (step === 1) {
    byteArraySetSlice(o, start, Math.max(start, stop), values);
    return;
  }
  if (v === null) {
    const indices: number[] = [];
    for (let i = 0, j = start; i < count; i++, j += step) indices.push(j);
    byteArrayDeleteIndices(o, indices.sort((a, b) => a - b));
    return;
  }
  if (values.length !== count) {
    valueError(`attempt to assign bytes of size ${values.length} to extended slice of size ${count}`);
  }
  for (let i = 0, j = start; i < count; i++, j += step) d.buf[d.start + j] = values[i]!;
}

const EMPTY = new Uint8Array(0);

/** Does a repeat of `len` items `count` times overflow Py_ssize_t? */
function repeatTooLong(len: number, count: number): boolean {
  return len > 0 && count > Number.MAX_SAFE_INTEGER / len;
}

/** a + b where a is bytes or bytearray: a new object of a's type (bytes_concat, PyByteArray_Concat). */
export function bytesConcat(a: PyObject, b: Value): Value {
  const x = bytesLike(a)!;
  const y = bytesLike(b);
  if (y === null) typeError(`can't concat ${typeName(b)} to ${typeName(a)}`);
  const out = new Uint8Array(x.length + y.length);
  out.set(x);
  out.set(y, x.length);
  return a.type === ByteArrayType ? newByteArray(out) : newObjectOfType(BytesType, out, 33 + out.length);
}

/** bytearray * n: a new bytearray of exactly that size. */
export function byteArrayRepeat(a: PyObject, count: number): PyObject {
  const x = byteArrayContent(a);
  const n = count < 0 || x.length === 0 ? 0 : count;
  if (repeatTooLong(x.length, n)) raise(OverflowError, 'repeated bytes are too long');
  if (x.length * n > 0) heap.checkRequest(x.length * n + 1); // the block before the JS payload
  const out = new Uint8Array(x.length * n);
  for (let i = 0; i < n; i++) out.set(x, i * x.length);
  return newByteArray(out);
}

/** bytearray += b: in place (bytearray_iconcat). */
export function byteArrayInplaceConcat(o: PyObject, b: Value): void {
  const y = bytesLike(b);
  if (y === null) typeError(`can't concat ${typeName(b)} to bytearray`);
  const d = o.data as ByteArrayData;
  const size = d.size;
  const add = y.slice();
  byteArrayResize(o, size + add.length);
  d.buf.set(add, d.start + size);
}

/** bytearray *= n: in place (bytearray_irepeat). */
export function byteArrayInplaceRepeat(o: PyObject, count: number): void {
  const d = o.data as ByteArrayData;
  const unit = byteArrayContent(o).slice();
  const n = count < 0 || unit.length === 0 ? 0 : count;
  if (repeatTooLong(unit.length, n)) raise(OverflowError, 'repeated bytes are too long');
  byteArrayResize(o, unit.length * n);
  for (let i = 0; i < n; i++) d.buf.set(unit, d.start + i * unit.length);
}
