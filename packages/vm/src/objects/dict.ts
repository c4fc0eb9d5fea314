// dict storage operations (Objects/dictobject.c) on top of DictTable; sets are in set.ts.
// Lookups return BORROWED references; insertions take their own references.

import type { PyObject, Value } from '@pyarena/memory';
import { CUSTOM_HASH_PREFIX, hashKey } from '../ops/hash';
import { equals } from '../ops/compare';
import type { HashKey } from './dict-table';
import { decref, incref } from '../refs';
import { heap } from '../state';
import { mayBeTracked, newDict } from './constructors';
import type { DictTable } from './dict-table';
import { releaseStashed } from './dict-table';
import { GC_INLINE } from '@pyarena/memory';
import { DictType, FrozenSetType, SetType, StrType } from './types';

// ---------------------------------------------------------------- storage accounting
// A dict's keys object is the object's storage block (PyObject.buf), sized and resized as
// CPython 3.11 does (Objects/dictobject.c), so that the modelled heap, --max-heap and
// sys.getsizeof (object + block) follow CPython. The entries themselves live in the JS Map;
// only the layout (DictTable.log2Size/usable/nentries/unicode) is modelled. Every step that can fail (MemoryError) runs before the Map changes.

/** USABLE_FRACTION: the entries a keys table of n slots holds (2/3). */
const usableFraction = (n: number): number => Math.floor((2 * n) / 3);

/** sizeof(PyDictKeysObject) + indices + entries: _PyDict_KeysSize of new_keys_object(log2, unicode). */
export function dictKeysBytes(log2Size: number, unicode: boolean): number {
  const log2Bytes = log2Size < 8 ? log2Size : log2Size < 16 ? log2Size + 1 : log2Size < 32 ? log2Size + 2 : log2Size + 3;
  return 32 + 2 ** log2Bytes + usableFraction(2 ** log2Size) * (unicode ? 16 : 24);
}

/**
 * calculate_log2_keysize as 3.11 computes it on 64-bit Linux: bit_length(((minsize | 8) - 1) | 7).
 * Meant as the smallest log2 size >= minsize (at least 8 slots), it answers 16 slots for minsize
 * 1..7 and doubles exact powers of two from 16 up (16 -> 32): CPython's real sizes, kept.
 */
function calculateLog2(minsize: number): number {
  if (minsize >= 2 ** 30) { // beyond int32 bit operations: bit_length(minsize), the same there
    let bits = 0;
    for (let x = minsize; x >= 1; x = Math.floor(x / 2)) bits++;
    return bits;
  }
  return 32 - Math.clz32(((minsize | 8) - 1) | 7);
}

/** estimate_log2_keysize: a table that holds n entries without resizing. */
function estimateLog2(n: number): number {
  return calculateLog2(Math.floor((n * 3 + 1) / 2));
}

const isExactStr = (v: Value): boolean => typeof v === 'object' && v.type === StrType;

/** New keys of 2**log2Size slots for the dict's live entries (new_keys_object + dictresize). */
function setDictKeys(d: PyObject, table: DictTable, log2Size: number, unicode: boolean): void {
  heap.replaceObjectBuffer(d, dictKeysBytes(log2Size, unicode));
  table.log2Size = log2Size;
  table.unicode = unicode;
  table.nentries = table.map.size;
  table.usable = usableFraction(2 ** log2Size) - table.map.size;
}

/** dictresize: only a unicode table can stay unicode. */
function dictResize(d: PyObject, table: DictTable, log2Size: number, unicode: boolean): void {
  setDictKeys(d, table, log2Size, unicode && table.unicode);
}

/**
 * Room for one new key (insertdict / insert_to_emptydict): the first key makes the keys object,
 * a non-str key converts a unicode table, a full table grows to GROWTH_RATE (used * 3).
 */
function dictMakeRoom(d: PyObject, table: DictTable, key: Value): void {
  const str = isExactStr(key);
  if (table.log2Size === 0) {
    setDictKeys(d, table, 3, str);
  } else {
    if (table.unicode && !str) dictResize(d, table, calculateLog2(table.map.size * 3), false);
    if (table.usable <= 0) dictResize(d, table, calculateLog2(table.map.size * 3), table.unicode);
  }
  table.usable--;
  table.nentries++;
}

/** _PyDict_NewPresized / dict_new_presized: an empty dict whose keys hold minused entries. */
export function newDictPresized(minused: number, unicode: boolean): PyObject {
  const d = newDict();
  if (minused <= 5) return d;
  const log2 = minused > usableFraction(2 ** 17) ? 17 : estimateLog2(minused);
  try {
    setDictKeys(d, d.data as DictTable, log2, unicode);
  } catch (e) {
    decref(d);
    throw e;
  }
  return d;
}

/**
 * The Map key for `key` in `table`. Builtin keys map to a canonical primitive; keys hashed by a
 * user __hash__ probe '<hash>#0', '#1', ... comparing with __eq__ (CPython's lookdict compares
 * entries of equal hash the same way). Returns undefined when absent and `insert` is false.
 */
export function tableKey(table: DictTable, key: Value, insert: boolean): HashKey | undefined {
  return tableKeyFrom(table, key, hashKey(key), insert);
}

/** tableKey for a key whose hash key `k` (hashKey's answer) is known. */
export function tableKeyFrom(table: DictTable, key: Value, k: HashKey, insert: boolean): HashKey | undefined {
  if (typeof k !== 'string' || !k.startsWith(CUSTOM_HASH_PREFIX)) return k;
  const max = table.probeMax?.get(k) ?? -1;
  let free = -1;
  for (let i = 0; i <= max; i++) {
    const slot = k + '#' + i;
    const e = table.map.get(slot);
    if (e === undefined) {
      if (free < 0) free = i;
      continue;
    }
    if (e.key === key || equals(e.key, key)) return slot;
  }
  if (!insert) return undefined;
  const index = free >= 0 ? free : max + 1;
  if (index > max) (table.probeMax ??= new Map()).set(k, index);
  return k + '#' + index;
}

/** Borrowed value for key, or undefined. */
export function dictGet(d: PyObject, key: Value): Value | undefined {
  const table = d.data as DictTable;
  const k = tableKey(table, key, false);
  return k === undefined ? undefined : table.map.get(k)?.value;
}

/** Borrowed value for a str key (names in globals and instance dicts). */
export function dictGetStr(d: PyObject, key: string): Value | undefined {
  return (d.data as DictTable).map.get(key)?.value;
}

/**
 * d[key] = value for a str key d already holds (takes a new reference to value); false, and d
 * unchanged, when it does not. The instance-attribute store's fast path (ops/attr-sites.ts).
 */
export function dictReplaceStr(d: PyObject, key: string, value: Value): boolean {
  const e = (d.data as DictTable).map.get(key);
  if (e === undefined) return false;
  incref(value);
  const old = e.value;
  e.value = value;
  decref(old);
  // MAINTAIN_TRACKING, as dictSet
  if (d.gcNext === null && mayBeTracked(value) && (d.gcFlags & GC_INLINE) === 0) heap.track(d);
  return true;
}

/** d[key] = value; takes new references to both. */
export function dictSet(d: PyObject, key: Value, value: Value): void {
  const table = d.data as DictTable;
  const k = tableKey(table, key, true)!;
  const e = table.map.get(k);
  if (e !== undefined) {
    incref(value);
    const old = e.value;
    e.value = value;
    decref(old);
  } else {
    if (table.usable > 0 && (!table.unicode || isExactStr(key))) {
      table.usable--;
      table.nentries++;
    } else {
      dictMakeRoom(d, table, key);
    }
    incref(value);
    incref(key);
    table.map.set(k, { key, value });
    table.version++;
    if (table.sharedKeys !== null) joinSharedKeys(table, k, key);
  }
  // MAINTAIN_TRACKING: a dict starts untracked and is tracked once it may hold a cycle.
  // Inline attribute storage is never tracked (its owner is).
  if (d.gcNext === null && (mayBeTracked(value) || mayBeTracked(key)) && (d.gcFlags & GC_INLINE) === 0) heap.track(d);
}

/** SHARED_KEYS_MAX_SIZE: a class's shared keys take at most 30 names (3.11). */
const SHARED_KEYS_MAX_SIZE = 30;

/**
 * A new key in a split table takes the next slot of the class's shared keys; a key that cannot
 * (not a str, or the shared keys are full) makes the table combined (insertion order from now on).
 */
function joinSharedKeys(table: DictTable, k: HashKey, key: Value): void {
  const shared = table.sharedKeys!;
  if (shared.has(k)) return;
  if (isExactStr(key) && shared.size < SHARED_KEYS_MAX_SIZE) shared.set(k, shared.size);
  else table.sharedKeys = null;
}

/** d[key] = value for a str key already held by the caller as a str object. */
export function dictSetStr(d: PyObject, key: PyObject, value: Value): void {
  dictSet(d, key, value);
}

/** Removes key; returns false if absent. */
export function dictDel(d: PyObject, key: Value): boolean {
  const table = d.data as DictTable;
  const k = tableKey(table, key, false);
  if (k === undefined) return false;
  const e = table.map.get(k);
  if (e === undefined) return false;
  table.map.delete(k);
  table.version++;
  decref(e.key);
  decref(e.value);
  return true;
}

export function dictLen(d: PyObject): number {
  return (d.data as DictTable).size;
}

/**
 * d.clear() and tp_clear (PyDict_Clear): the dict is emptied and given the shared empty keys
 * before the old entries are released (their __del__ may see it), then the old keys are freed.
 */
export function dictClear(d: PyObject): void {
  const table = d.data as DictTable;
  const from = table.drainToStash();
  const buf = d.buf, size = d.bufSize;
  d.buf = 0;
  d.bufSize = 0;
  table.resetLayout();
  releaseStashed(from, true);
  if (buf !== 0) heap.freeBufferHandle(buf, size);
}

/** dict.popitem's bookkeeping: the last entry slot is given back (dk_nentries), not dk_usable. */
export function dictPoppedLast(d: PyObject): void {
  const table = d.data as DictTable;
  if (table.nentries > 0) table.nentries--;
}

/** clone_combined_dict_keys: `d` (empty) takes a copy of src's keys object and entries. */
function dictClone(d: PyObject, src: PyObject): void {
  const st = src.data as DictTable;
  const table = d.data as DictTable;
  heap.replaceObjectBuffer(d, dictKeysBytes(st.log2Size, st.unicode));
  table.log2Size = st.log2Size;
  table.unicode = st.unicode;
  table.usable = st.usable;
  table.nentries = st.nentries;
  for (const [k, e] of st.map) {
    incref(e.key);
    incref(e.value);
    table.map.set(k, { key: e.key, value: e.value });
  }
  if (st.probeMax !== null) table.probeMax = new Map(st.probeMax);
  table.version++;
  if (src.gcNext !== null && d.gcNext === null && (d.gcFlags & GC_INLINE) === 0) heap.track(d);
}

/**
 * The first half of dict_merge(d, other) for a dict `other` iterated as a dict: an empty `d`
 * clones other's keys when they are compact (then returns true: nothing is left to insert);
 * otherwise d is resized once for both sizes when its table is too small. The caller inserts.
 */
export function dictMergeStart(d: PyObject, other: PyObject): boolean {
  const table = d.data as DictTable;
  const ot = other.data as DictTable;
  if (other === d || ot.size === 0) return true;
  if (table.size === 0 && ot.nentries === ot.size &&
      (ot.log2Size === 3 || usableFraction(2 ** ot.log2Size / 2) < ot.size)) {
    dictClone(d, other);
    return true;
  }
  if (usableFraction(2 ** Math.max(3, table.log2Size)) < ot.size) {
    dictResize(d, table, estimateLog2(table.size + ot.size), ot.unicode);
  }
  return false;
}

/** dict_merge(d, other, override=1) for a dict `other`: PyDict_Update, dict(other), {**other}. */
export function dictMerge(d: PyObject, other: PyObject): void {
  if (dictMergeStart(d, other)) return;
  for (const e of [...(other.data as DictTable).map.values()]) dictSet(d, e.key, e.value);
}

/**
 * A new dict holding copies of the references in `src` (PyDict_Copy): a clone of src's keys
 * when at most a third of its entry slots are deleted ones, else a merge into a new dict.
 */
export function dictCopy(src: PyObject): PyObject {
  const st = src.data as DictTable;
  const d = newDict();
  if (st.size === 0) return d;
  try {
    if (st.size >= Math.floor((st.nentries * 2) / 3) && st.log2Size !== 0) dictClone(d, src);
    else dictMerge(d, src);
  } catch (e) {
    decref(d);
    throw e;
  }
  return d;
}

/**
 * dict.fromkeys(iterable) into a new empty dict: a dict or set argument sizes the keys first
 * (dict_fromkeys), other iterables insert one by one (the caller's loop).
 */
export function dictPresizeFromKeys(d: PyObject, iterable: Value): void {
  if (typeof iterable !== 'object' || (d.data as DictTable).size !== 0) return;
  const t = iterable.type;
  if (t === DictType) {
    dictResize(d, d.data as DictTable, estimateLog2((iterable.data as DictTable).size), (iterable.data as DictTable).unicode);
  } else if (t === SetType || t === FrozenSetType) {
    dictResize(d, d.data as DictTable, estimateLog2((iterable.data as DictTable).size), false);
  }
}
