// A list's item vector as CPython 3.11 allocates it (Objects/listobject.c). The items are a JS
// array holding exactly ob_size values (o.data); the over-allocated capacity `allocated` is the
// list's storage block (PyObject.buf, bufSize = 8 * allocated bytes, a PyMem block), so that
// peak heap, --max-heap and sys.getsizeof (56 + 8 * allocated) follow CPython's list_resize.
// Routines that may fail with MemoryError (MemoryLimitError from the heap) change nothing first,
// except where CPython itself leaves a partial result (extend from an iterator keeps the items
// it already appended).

import { MemoryLimitError, type PyObject, type Value } from '@pyarena/memory';
import { heap } from '../state';
import { decref, decrefAll, decrefAllReversed, incref } from '../refs';
import type { DictIterData, RangeData, RangeIterData, SeqIterData, CompositeIterData } from './types';
import type { ByteArrayData } from './bytearray';
import {
  BytesType, ByteArrayType, DictItemsType, DictKeysType, DictType, DictValuesType, FrozenSetType, ListIteratorType,
  ListReverseIteratorType, ListType, RangeIteratorType, RangeType, ReversedType, SetType, StrIteratorType,
  StrType, TupleIteratorType, TupleType, DictKeyIteratorType, DictValueIteratorType, DictItemIteratorType,
  SetIteratorType,
} from './types';
import type { DictTable } from './dict-table';
import { getIter, iterNext } from '../ops/iter';
import { DequeIterType, DequeReverseIterType, DequeType, type DequeData, type DequeIterData } from './deque';

/** self->allocated. */
export function listAllocated(o: PyObject): number {
  return o.bufSize / 8;
}

/**
 * list_resize(o, newsize), the accounting half: afterwards o has room for newsize items. Call it
 * BEFORE the item array changes: its length is still Py_SIZE. Over-allocates as CPython 3.11
 * (growth 0, 4, 8, 16, 24, 32, 40, 52, 64, 76, ...); shrinks when newsize falls below half.
 */
export function listResize(o: PyObject, newsize: number): void {
  const allocated = o.bufSize / 8;
  if (allocated >= newsize && newsize >= Math.floor(allocated / 2)) return;
  listRealloc(o, newsize);
}

function listRealloc(o: PyObject, newsize: number): void {
  const size = (o.data as Value[]).length;
  let newAllocated = 4 * Math.floor((newsize + Math.floor(newsize / 8) + 6) / 4);
  // Do not overallocate if the new size is closer to the overallocated size than to the old one.
  if (newsize - size > newAllocated - newsize) newAllocated = 4 * Math.floor((newsize + 3) / 4);
  if (newsize === 0) newAllocated = 0;
  heap.resizeObjectBuffer(o, newAllocated * 8);
}

/**
 * list_preallocate_exact: room for exactly `size` items, rounded up to an even count (a 16-byte
 * allocator granule holds two pointers). Only for a list that has no item block yet.
 */
export function listPreallocateExact(o: PyObject, size: number): void {
  heap.resizeObjectBuffer(o, (size + (size & 1)) * 8);
}

/**
 * Appends `stolen` (a reference the caller gives away) with _PyList_AppendTakeRef's growth. On
 * MemoryError the reference is released and the list is unchanged.
 */
export function listAppendSteal(o: PyObject, stolen: Value): void {
  const items = o.data as Value[];
  if (items.length < o.bufSize >>> 3) {
    items.push(stolen);
    return;
  }
  try {
    listResize(o, items.length + 1);
  } catch (e) {
    decref(stolen);
    throw e;
  }
  items.push(stolen);
}

/**
 * PyList_Append of each of `stolen` in turn (references the caller gives away), with the block
 * grown once to where those appends would take it. On MemoryError the references are released.
 */
export function listAppendAllSteal(o: PyObject, stolen: readonly Value[]): void {
  const items = o.data as Value[];
  const count = items.length + stolen.length;
  let allocated = o.bufSize / 8;
  while (allocated < count) allocated = grownAllocation(allocated + 1);
  if (allocated !== o.bufSize / 8) {
    try {
      heap.resizeObjectBuffer(o, allocated * 8);
    } catch (e) {
      decrefAll(stolen);
      throw e;
    }
  }
  for (let i = 0; i < stolen.length; i++) items.push(stolen[i]!);
}

/**
 * _list_clear: the list is emptied and loses its item block before the old items are released
 * (their __del__ may see the list), then the block is freed.
 */
export function listClear(o: PyObject): void {
  const items = o.data as Value[];
  const buf = o.buf, size = o.bufSize;
  o.data = [];
  o.buf = 0;
  o.bufSize = 0;
  decrefAllReversed(items);
  if (buf !== 0) heap.freeBufferHandle(buf, size);
}

/**
 * list_ass_slice(o, ilow, ihigh, ...) for a step-1 slice (0 <= ilow <= ihigh <= len): the items
 * in [ilow, ihigh) give way to `stolenItems` (new references the list takes; empty to delete).
 * Returns the removed items, still owned: the caller releases them (last to first, as CPython)
 * or keeps one (pop). A list left empty loses its item block (_list_clear); otherwise the block
 * is resized first, so a MemoryError changes nothing (the stolen references are released).
 */
export function listReplaceSlice(o: PyObject, ilow: number, ihigh: number, stolenItems: Value[]): Value[] {
  const items = o.data as Value[];
  const size = items.length;
  const d = stolenItems.length - (ihigh - ilow);
  if (size + d === 0) {
    const removed = items.splice(0);
    heap.freeObjectBuffer(o);
    return removed;
  }
  if (d !== 0) {
    try {
      listResize(o, size + d);
    } catch (e) {
      decrefAll(stolenItems);
      throw e;
    }
  }
  return spliceItems(items, ilow, ihigh - ilow, stolenItems);
}

/** items.splice(start, deleteCount, ...insert) without spreading a long `insert` into arguments. */
function spliceItems(items: Value[], start: number, deleteCount: number, insert: Value[]): Value[] {
  if (insert.length < 1024) return items.splice(start, deleteCount, ...insert);
  const removed = items.slice(start, start + deleteCount);
  const tail = items.slice(start + deleteCount);
  items.length = start;
  for (let i = 0; i < insert.length; i++) items.push(insert[i]!);
  for (let i = 0; i < tail.length; i++) items.push(tail[i]!);
  return removed;
}

/** list.insert (ins1): `stolen` goes before index i (0 <= i <= len). Released on MemoryError. */
export function listInsertSteal(o: PyObject, i: number, stolen: Value): void {
  const items = o.data as Value[];
  try {
    listResize(o, items.length + 1);
  } catch (e) {
    decref(stolen);
    throw e;
  }
  if (i === items.length) items.push(stolen);
  else items.splice(i, 0, stolen);
}

/**
 * list.pop(i) (0 <= i < len): the item, whose reference moves to the caller. The last item goes
 * by list_resize (the block is kept even when the list becomes empty), others by list_ass_slice.
 */
export function listPop(o: PyObject, i: number): Value {
  const items = o.data as Value[];
  if (i === items.length - 1) {
    listResize(o, items.length - 1); // shrinking never fails
    return items.pop()!;
  }
  return listReplaceSlice(o, i, i + 1, [])[0]!;
}

/**
 * The block of a list whose length has already dropped to its new size (an extended-slice
 * deletion sets ob_size, then list_resize(self, ob_size)).
 */
export function listShrunk(o: PyObject): void {
  listResize(o, (o.data as Value[]).length);
}

/**
 * PyObject_LengthHint(v, dflt) for builtin iterables: their len(), or an iterator's
 * __length_hint__. Objects of user classes get `dflt` (their __len__ is not called: a deviation
 * that only changes how much a list built from them over-allocates).
 */
export function lengthHint(v: Value, dflt: number): number {
  if (typeof v === 'number') return dflt;
  const t = v.type;
  if (t === ListType || t === TupleType) return (v.data as Value[]).length;
  if (t === StrType) return strLength(v.data as string);
  if (t === BytesType) return (v.data as Uint8Array).length;
  if (t === ByteArrayType) return (v.data as ByteArrayData).size;
  if (t === DictType || t === SetType || t === FrozenSetType) return (v.data as DictTable).size;
  if (t === DictKeysType || t === DictValuesType || t === DictItemsType) return ((v.data as PyObject).data as DictTable).size;
  if (t === RangeType) return Number((v.data as RangeData).length);
  if (t === ListIteratorType || t === TupleIteratorType || t === StrIteratorType) {
    const d = v.data as SeqIterData;
    if (d.seq === null) return 0;
    const n = typeof d.seq.data === 'string' ? strLength(d.seq.data)
      : d.seq.type === ByteArrayType ? (d.seq.data as ByteArrayData).size : (d.seq.data as ArrayLike<unknown>).length;
    return Math.max(0, n - d.index);
  }
  if (t === ListReverseIteratorType) {
    const d = v.data as SeqIterData;
    return d.seq === null || d.index >= (d.seq.data as Value[]).length ? 0 : d.index + 1;
  }
  if (t === ReversedType) return Math.max(0, (v.data as CompositeIterData).index + 1);
  if (t === DequeType) return (v.data as DequeData).size;
  if (t === DequeIterType || t === DequeReverseIterType) return (v.data as DequeIterData).counter;
  if (t === RangeIteratorType) {
    const d = v.data as RangeIterData;
    return d.big !== null ? Number(d.big.remaining) : d.remaining;
  }
  if (t === SetIteratorType) { // setiter_len
    const d = v.data as DictIterData;
    return d.seq !== null && d.index === (d.seq.data as DictTable).size ? d.len : 0;
  }
  if (t === DictKeyIteratorType || t === DictValueIteratorType || t === DictItemIteratorType) {
    const d = v.data as DictIterData;
    return d.seq === null ? 0 : (d.seq.data as DictTable).size;
  }
  return dflt;
}

function strLength(s: string): number {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdfff) return [...s].length;
  }
  return s.length;
}

/**
 * list_extend(o, iterable). An exact list or tuple (or o itself) is copied after one resize (an
 * empty list gets exactly its size); anything else is iterated: room for its length hint (8 when
 * it has none) first, then appends, then the unused tail is cut back.
 */
export function listExtend(o: PyObject, iterable: Value): void {
  const items = o.data as Value[];
  if (typeof iterable === 'object' && (iterable.type === ListType || iterable.type === TupleType || iterable === o)) {
    const src = iterable.data as Value[];
    const n = src.length;
    if (n === 0) return;
    if (o.buf === 0) listPreallocateExact(o, n);
    else listResize(o, items.length + n);
    for (let i = 0; i < n; i++) {
      const v = src[i]!;
      incref(v);
      items.push(v);
    }
    return;
  }
  const it = getIter(iterable);
  try {
    const n = lengthHint(iterable, 8);
    if (o.buf === 0) {
      if (n > 0) listPreallocateExact(o, n);
    } else {
      listResize(o, items.length + n);
    }
    for (;;) {
      const v = iterNext(it);
      if (v === undefined) break;
      if (items.length < o.bufSize >>> 3) items.push(v);
      else listAppendSteal(o, v);
    }
    // Cut back the result list if the initial guess was too large.
    if (items.length < o.bufSize / 8) listResize(o, items.length);
  } finally {
    decref(it);
  }
}

/**
 * list___init__'s sizing for list(iterable), sorted() and PySequence_List: a fresh list first
 * gets exactly len(iterable) slots when the iterable has a length, then list_extend.
 */
export function listFill(o: PyObject, iterable: Value): void {
  if (o.buf === 0 && typeof iterable === 'object' && hasLen(iterable)) {
    const n = lengthHint(iterable, 0);
    if (n > 0) listPreallocateExact(o, n);
  }
  listExtend(o, iterable);
}

function hasLen(v: PyObject): boolean {
  const t = v.type;
  return t === ListType || t === TupleType || t === StrType || t === BytesType || t === ByteArrayType || t === DictType ||
    t === SetType || t === FrozenSetType || t === DictKeysType || t === DictValuesType ||
    t === DictItemsType || t === RangeType || t === DequeType;
}

/** list_resize's over-allocation for newsize items (growing by appends). */
function grownAllocation(newsize: number): number {
  return 4 * Math.floor((newsize + Math.floor(newsize / 8) + 6) / 4);
}

/**
 * The allocation a list ends with after appends bring it from `start` preallocated slots to
 * `count` items (str.split's PREALLOC_SIZE then PyList_Append).
 */
export function allocatedAfterAppends(start: number, count: number): number {
  let allocated = start;
  while (allocated < count) allocated = grownAllocation(allocated + 1);
  return allocated;
}

/**
 * The allocation of a new list filled by list_extend from an iterator of `count` items whose
 * length hint was `hint` (PySequence_List of an iterator: UNPACK_EX's starred list).
 */
export function allocatedAfterExtend(hint: number, count: number): number {
  let allocated = allocatedAfterAppends(hint > 0 ? hint + (hint & 1) : 0, count);
  if (count < allocated && count < Math.floor(allocated / 2)) allocated = count === 0 ? 0 : grownAllocation(count);
  return allocated;
}

/** PyErr_NoMemory: a MemoryError with no message (the VM turns MemoryLimitError into it). */
export function noMemory(): never {
  throw new MemoryLimitError(Infinity, heap.currentBytes, heap.maxRequest);
}

const PY_SSIZE_T_MAX_BIG = 2n ** 63n - 1n;

/**
 * Would `len * n` overflow Py_ssize_t? CPython's `len > PY_SSIZE_T_MAX / n` of sequence repeat,
 * in exact integer arithmetic (n may be a count beyond the JS safe range).
 */
export function repeatOverflows(len: number, n: number | bigint): boolean {
  if (len === 0 || n <= 0) return false;
  if (typeof n === 'number' && len * n < 2 ** 53) return false;
  return BigInt(len) > PY_SSIZE_T_MAX_BIG / BigInt(n);
}
