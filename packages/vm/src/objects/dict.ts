// dict and set storage operations (Objects/dictobject.c, setobject.c) on top of DictTable.
// Lookups return BORROWED references; insertions take their own references.

import type { PyObject, Value } from '@pyarena/memory';
import { CUSTOM_HASH_PREFIX, hashKey } from '../ops/hash';
import { equals } from '../ops/compare';
import { getIter, iterNext, iterateToArray } from '../ops/iter';
import type { HashKey } from './dict-table';
import { decref, decrefAll, incref } from '../refs';
import { heap } from '../state';
import { mayBeTracked, newDict } from './constructors';
import type { DictTable } from './dict-table';
import { DictTable as Table, releaseStashed } from './dict-table';
import { FREELIST_NONE, GC_INLINE } from '@pyarena/memory';
import { DictType, FrozenSetType, SetType, StrType } from './types';
import { typeData } from './typeobject';

/** set, frozenset or a subclass of either (PyAnySet_Check). */
function isAnySetType(t: PyObject): boolean {
  if (t === SetType || t === FrozenSetType) return true;
  const solid = typeData(t).solidBase;
  return solid === SetType || solid === FrozenSetType;
}

/** make_new_set_basetype: results of set algebra are plain sets, or frozensets for frozenset kinds. */
function isFrozenKind(so: PyObject): boolean {
  return so.type === FrozenSetType || typeData(so.type).solidBase === FrozenSetType;
}

// ---------------------------------------------------------------- storage accounting
// A dict's keys object and a set's table are the object's storage block (PyObject.buf), sized
// and resized as CPython 3.11 does (Objects/dictobject.c, setobject.c), so that the modelled
// heap, --max-heap and sys.getsizeof (object + block) follow CPython. The entries themselves
// live in the JS Map; only the layout (DictTable.log2Size/usable/nentries/unicode, mask/fill)
// is modelled. Every step that can fail (MemoryError) runs before the Map changes.

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
  const k = hashKey(key);
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

// ---------------------------------------------------------------- sets

export function newSet(frozen = false): PyObject {
  const type = frozen ? FrozenSetType : SetType;
  const s = heap.alloc(type, 216, new Table(), FREELIST_NONE);
  heap.track(s);
  return s;
}

/**
 * Where a deleted set entry's dummy is taken to sit: an int's home slot (its hash is itself, -1
 * hashing as -2), coded as a negative number; any other key's dummy is found by that key only.
 * Probing past the home slot is not modelled.
 */
function dummyKey(k: HashKey, mask: number): HashKey {
  if (typeof k === 'number' && Number.isSafeInteger(k)) return -1 - ((k === -1 ? -2 : k) & mask);
  return k;
}

/** A set entry was deleted: its slot becomes a dummy (fill is unchanged). */
function setAddDummy(table: DictTable, k: HashKey): void {
  const d = (table.dummies ??= new Map());
  const dk = dummyKey(k, table.mask);
  d.set(dk, (d.get(dk) ?? 0) + 1);
}

/**
 * set_add_entry: the item goes in (into a dummy at its slot if there is one), then a table 3/5
 * full (fill: active + dummies) is resized to 4x the used slots (2x beyond 50000). A MemoryError
 * from that resize leaves the item in the set, as in CPython.
 */
export function setAdd(s: PyObject, item: Value): void {
  const table = s.data as DictTable;
  const k = tableKey(table, item, true)!;
  if (table.map.has(k)) return;
  incref(item);
  table.map.set(k, { key: item, value: item });
  table.version++;
  const used = table.map.size;
  const dummies = table.dummies;
  if (dummies !== null) {
    const dk = dummyKey(k, table.mask);
    const c = dummies.get(dk);
    if (c !== undefined) { // found_unused_or_dummy with a freeslot: fill is unchanged
      if (c === 1) dummies.delete(dk);
      else dummies.set(dk, c - 1);
      return;
    }
  }
  const fill = ++table.fill;
  if (fill * 5 >= table.mask * 3) setTableResize(s, table, used > 50000 ? used * 2 : used * 4);
}

/** set_table_resize: a table of the smallest power of 2 above minused (dummies dropped). */
export function setTableResize(s: PyObject, table: DictTable, minused: number): void {
  let newsize = 8;
  while (newsize <= minused) newsize *= 2;
  if (newsize === 8) heap.freeObjectBuffer(s); // back to the inline smalltable
  else heap.replaceObjectBuffer(s, newsize * 16);
  table.mask = newsize - 1;
  table.fill = table.map.size;
  table.dummies = null;
}

/**
 * set_merge's presize: before adding `n` items of another set (or dict) in bulk, a table that
 * would become 3/5 full is resized for both sizes at once.
 */
function setPresize(s: PyObject, table: DictTable, n: number): void {
  if ((table.fill + n) * 5 >= table.mask * 3) setTableResize(s, table, (table.map.size + n) * 2);
}

/** set_update_internal: set.update, set(x), SET_UPDATE, |=. New references are taken. */
export function setUpdateFrom(s: PyObject, iterable: Value): void {
  if (typeof iterable === 'object' && (iterable.type === DictType || isAnySetType(iterable.type))) {
    const other = iterable.data as DictTable;
    if (iterable === s || other.size === 0) return;
    setPresize(s, s.data as DictTable, other.size);
    for (const e of [...other.map.values()]) setAdd(s, e.key);
    return;
  }
  // Any other iterable is consumed item by item (set_add_key each), so an endless one ends in
  // MemoryError at the heap limit, as in CPython.
  const it = getIter(iterable);
  try {
    for (let v = iterNext(it); v !== undefined; v = iterNext(it)) {
      try {
        setAdd(s, v);
      } finally {
        decref(v);
      }
    }
  } finally {
    decref(it);
  }
}

/** make_new_set_basetype(type(so), so): a new set (or frozenset) with so's items (set_copy). */
export function setCopy(so: PyObject, frozen = isFrozenKind(so)): PyObject {
  const out = newSet(frozen);
  try {
    setUpdateFrom(out, so);
  } catch (e) {
    decref(out);
    throw e;
  }
  return out;
}

/**
 * set_difference_update_internal's ending: when more than a quarter of the slots are dummies
 * after the discards, the table is rebuilt.
 */
export function setPurgeDummies(s: PyObject): void {
  const table = s.data as DictTable;
  const used = table.map.size;
  if (table.fill - used <= Math.floor(table.mask / 4)) return;
  setTableResize(s, table, used > 50000 ? used * 2 : used * 4);
}

/** set.clear() and tp_clear (set_clear_internal): emptied, back to the smalltable, old table freed. */
export function setClear(s: PyObject): void {
  const table = s.data as DictTable;
  const from = table.drainToStash();
  const buf = s.buf, size = s.bufSize;
  s.buf = 0;
  s.bufSize = 0;
  table.resetLayout();
  releaseStashed(from, false);
  if (buf !== 0) heap.freeBufferHandle(buf, size);
}

export function setContains(s: PyObject, item: Value): boolean {
  const table = s.data as DictTable;
  const k = tableKey(table, item, false);
  return k !== undefined && table.map.has(k);
}

export function setDiscard(s: PyObject, item: Value): boolean {
  const table = s.data as DictTable;
  const k = tableKey(table, item, false);
  if (k === undefined) return false;
  const e = table.map.get(k);
  if (e === undefined) return false;
  table.map.delete(k);
  table.version++;
  setAddDummy(table, k);
  decref(e.key);
  return true;
}

/** set.pop (set_pop): the first item, whose reference moves to the caller; undefined if empty. */
export function setPop(s: PyObject): Value | undefined {
  const table = s.data as DictTable;
  const first = table.map.entries().next();
  if (first.done) return undefined;
  table.map.delete(first.value[0]);
  table.version++;
  setAddDummy(table, first.value[0]);
  return first.value[1].key;
}

// ---------------------------------------------------------------- set algebra (setobject.c)
// Results are built as CPython builds them (a copy then discards, or a new set then adds), so
// that their tables, and sys.getsizeof of them, are CPython's.

const isAnySet = (v: Value): v is PyObject =>
  typeof v === 'object' && isAnySetType(v.type);

/** Is `key` in the set or dict `other`? */
function inSetOrDict(other: PyObject, key: Value): boolean {
  return other.type === DictType ? dictGet(other, key) !== undefined : setContains(other, key);
}

/** The items of a set (borrowed) or of any iterable (new references, `owned` true). */
function itemsOf(v: Value): { items: Value[]; owned: boolean } {
  if (isAnySet(v)) return { items: [...(v.data as DictTable).map.values()].map((e) => e.key), owned: false };
  return { items: iterateToArray(v), owned: true };
}

/** set_intersection(so, other): a new set (so's kind) of the items in both, added one by one. */
export function setIntersection(so: PyObject, other: Value): PyObject {
  const out = newSet(isFrozenKind(so));
  try {
    if (isAnySet(other)) {
      const [small, big] = (other.data as DictTable).size > (so.data as DictTable).size ? [so, other] : [other, so];
      for (const e of [...(small.data as DictTable).map.values()]) if (setContains(big, e.key)) setAdd(out, e.key);
    } else {
      const { items } = itemsOf(other);
      try {
        for (const v of items) if (setContains(so, v)) setAdd(out, v);
      } finally {
        decrefAll(items);
      }
    }
  } catch (e) {
    decref(out);
    throw e;
  }
  return out;
}

/**
 * set_difference_update_internal(so, other): discards, then a table with more than a quarter
 * dummies is rebuilt.
 */
export function setDifferenceUpdate(so: PyObject, other: Value): void {
  if (other === so) {
    setClear(so);
    return;
  }
  const { items, owned } = itemsOf(other);
  try {
    for (const v of items) setDiscard(so, v);
  } finally {
    if (owned) decrefAll(items);
  }
  setPurgeDummies(so);
}

/**
 * set_difference(so, other): a copy of so less other's items when other is not a set or dict,
 * or is much smaller than so (set_copy_and_difference); else a new set of so's items not in
 * other, added one by one.
 */
export function setDifference(so: PyObject, other: Value): PyObject {
  const frozen = isFrozenKind(so);
  const otherSize = typeof other === 'object' && (other.type === DictType || isAnySetType(other.type))
    ? (other.data as DictTable).size : -1;
  if (otherSize < 0 || (so.data as DictTable).size >> 2 > otherSize) {
    const out = setCopy(so, frozen);
    try {
      setDifferenceUpdate(out, other);
    } catch (e) {
      decref(out);
      throw e;
    }
    return out;
  }
  const out = newSet(frozen);
  try {
    for (const e of [...(so.data as DictTable).map.values()]) {
      if (!inSetOrDict(other as PyObject, e.key)) setAdd(out, e.key);
    }
  } catch (e) {
    decref(out);
    throw e;
  }
  return out;
}

/** set_symmetric_difference_update(so, other): each item of other is discarded from so, or added. */
export function setSymmetricDifferenceUpdate(so: PyObject, other: Value): void {
  if (other === so) {
    setClear(so);
    return;
  }
  const { items, owned } = itemsOf(other);
  try {
    for (const v of items) if (!setDiscard(so, v)) setAdd(so, v);
  } finally {
    if (owned) decrefAll(items);
  }
}

/** set_symmetric_difference(so, other): a copy of other (so's kind), updated with so. */
export function setSymmetricDifference(so: PyObject, other: Value): PyObject {
  const out = newSet(isFrozenKind(so));
  try {
    setUpdateFrom(out, other);
    setSymmetricDifferenceUpdate(out, so);
  } catch (e) {
    decref(out);
    throw e;
  }
  return out;
}

/** set_or: a copy of so updated with other (s | s is only the copy). */
export function setUnion(so: PyObject, other: Value): PyObject {
  const out = setCopy(so);
  if (other === so) return out;
  try {
    setUpdateFrom(out, other);
  } catch (e) {
    decref(out);
    throw e;
  }
  return out;
}

/**
 * set_intersection_update: so keeps the items also in `result` (an intersection computed by the
 * caller, which it gives away) and takes over its table, as set_swap_bodies does.
 */
export function setTakeIntersection(so: PyObject, stolenResult: PyObject): void {
  const t = so.data as DictTable;
  const r = stolenResult.data as DictTable;
  try {
    for (const e of [...t.map.values()]) if (!setContains(stolenResult, e.key)) setDiscard(so, e.key);
    // The tables' storage blocks and layouts change hands; the result dies with so's old block.
    const buf = so.buf, size = so.bufSize, mask = t.mask;
    so.buf = stolenResult.buf;
    so.bufSize = stolenResult.bufSize;
    t.mask = r.mask;
    t.fill = r.fill;
    t.dummies = r.dummies;
    stolenResult.buf = buf;
    stolenResult.bufSize = size;
    r.mask = mask;
  } finally {
    decref(stolenResult);
  }
}
