// set and frozenset storage and algebra (Objects/setobject.c) on top of DictTable: the Map for
// membership, the slot table (set-table.ts) for where each item sits, and so for the order of
// iteration, repr, pop and the results of set algebra, built in CPython's order. A set's table
// is the object's storage block (PyObject.buf) once it outgrows the inline smalltable of 8, so
// that sys.getsizeof and the modelled heap follow CPython. Every step that can fail
// (MemoryError) runs before the table changes. Lookups return BORROWED references; insertions
// take their own references.

import type { PyObject, Value } from '@pyarena/memory';
import { FREELIST_NONE } from '@pyarena/memory';
import { CUSTOM_HASH_PREFIX, hashKey, keyHash } from '../ops/hash';
import { hashOut, hashText } from '../ops/pyhash';
import { getIter, iterNext } from '../ops/iter';
import { decref, incref } from '../refs';
import { heap } from '../state';
import { DUMMY, DictTable, newSlots, releaseStashed, type HashKey, type SetEntry } from './dict-table';
import { tableKeyFrom } from './dict';
import { activeEntries, insertClean, placeNewEntry } from './set-table';
import { DictType, FrozenSetType, SetType, StrType } from './types';
import { typeData } from './typeobject';

/** set, frozenset or a subclass of either (PyAnySet_Check). */
function isAnySetType(t: PyObject): boolean {
  if (t === SetType || t === FrozenSetType) return true;
  const solid = typeData(t).solidBase;
  return solid === SetType || solid === FrozenSetType;
}

const isAnySet = (v: Value): boolean => typeof v === 'object' && isAnySetType(v.type);

/** make_new_set_basetype: results of set algebra are plain sets, or frozensets for frozenset kinds. */
function isFrozenKind(so: PyObject): boolean {
  return so.type === FrozenSetType || typeData(so.type).solidBase === FrozenSetType;
}

/** An empty set's table: the smalltable of 8 unused slots. */
export function newSetTable(): DictTable {
  const table = new DictTable();
  table.slots = newSlots(8);
  return table;
}

export function newSet(frozen = false): PyObject {
  const s = heap.alloc(frozen ? FrozenSetType : SetType, 216, newSetTable(), FREELIST_NONE);
  heap.track(s);
  return s;
}

/** A Map key less tableKey's probe suffix: the hash key keyHash reads the hash from. */
function rawKey(mk: HashKey): HashKey {
  if (typeof mk === 'string' && mk.startsWith(CUSTOM_HASH_PREFIX)) return mk.slice(0, mk.lastIndexOf('#'));
  return mk;
}

/**
 * The second half of set_add_entry for an item known to be absent, under Map key `mk` with hash
 * hi:lo: it goes into its slot, then a table 3/5 full (fill: active + dummies) is resized to 4x
 * the used slots (2x beyond 50000). A MemoryError from that resize leaves the item in, as in CPython.
 */
function insertEntry(s: PyObject, table: DictTable, item: Value, mk: HashKey, hi: number, lo: number): void {
  incref(item);
  const e: SetEntry = { key: item, value: item, mk, hhi: hi, hlo: lo, slot: -1 };
  table.map.set(mk, e);
  table.version++;
  if (!placeNewEntry(table, e)) return; // a dummy reused: fill is unchanged
  const fill = ++table.fill;
  if (fill * 5 >= table.mask * 3) {
    const used = table.map.size;
    setTableResize(s, table, used > 50000 ? used * 2 : used * 4);
  }
}

/** set_add_entry with the hash known (taken from another set's or a dict's entry). */
function addEntry(s: PyObject, item: Value, raw: HashKey, hi: number, lo: number): void {
  const table = s.data as DictTable;
  const mk = tableKeyFrom(table, item, raw, true)!;
  if (!table.map.has(mk)) insertEntry(s, table, item, mk, hi, lo);
}

/** set_add_key: s.add(item), displays, comprehensions. */
export function setAdd(s: PyObject, item: Value): void {
  const table = s.data as DictTable;
  if (typeof item === 'number') { // an immediate int: its own key, its own hash (-1 hashing as -2)
    if (table.map.has(item)) return;
    const h = item === -1 ? -2 : item;
    insertEntry(s, table, item, item, Math.floor(h / 4294967296) >>> 0, h >>> 0);
    return;
  }
  if (item.type === StrType) { // an exact str: its text is its key (hash.ts), hashed as text
    const text = item.data as string;
    if (!text.startsWith(CUSTOM_HASH_PREFIX)) {
      if (table.map.has(text)) return;
      hashText(text, 0);
      insertEntry(s, table, item, text, hashOut.hi, hashOut.lo);
      return;
    }
  }
  const raw = hashKey(item);
  const mk = tableKeyFrom(table, item, raw, true)!;
  if (table.map.has(mk)) return;
  keyHash(raw, item);
  insertEntry(s, table, item, mk, hashOut.hi, hashOut.lo);
}

/** set_table_resize: a table of the smallest power of 2 above minused, the live entries re-inserted in slot order. */
export function setTableResize(s: PyObject, table: DictTable, minused: number): void {
  let newsize = 8;
  while (newsize <= minused) newsize *= 2;
  const used = table.map.size;
  if (newsize === 8 && table.mask === 7 && table.fill === used) return; // no dummies to purge
  if (newsize === 8) heap.freeObjectBuffer(s); // back to the inline smalltable
  else heap.replaceObjectBuffer(s, newsize * 16);
  const old = table.slots!;
  const slots = newSlots(newsize);
  const mask = newsize - 1;
  for (let i = 0; i < old.length; i++) {
    const e = old[i] as SetEntry | null;
    if (e !== null && e !== DUMMY) insertClean(slots, mask, e);
  }
  table.slots = slots;
  table.mask = mask;
  table.fill = used;
}

/**
 * The presize of set_merge and of set_update_internal for a dict: before adding `n` items in
 * bulk, a table that would become 3/5 full is resized for both sizes at once.
 */
function setPresize(s: PyObject, table: DictTable, n: number): void {
  if ((table.fill + n) * 5 >= table.mask * 3) setTableResize(s, table, (table.map.size + n) * 2);
}

/** A copy of entry `e` for `table`'s Map under the same key (the tables' probe keys agree). */
function copyEntry(table: DictTable, e: SetEntry): SetEntry {
  incref(e.key);
  const c: SetEntry = { key: e.key, value: e.key, mk: e.mk, hhi: e.hhi, hlo: e.hlo, slot: -1 };
  table.map.set(c.mk, c);
  return c;
}

/** A copy of a set's table, slot for slot, with new references to the items. */
export function cloneSetTable(t: DictTable): DictTable {
  const copy = newSetTable();
  copy.slots = t.slots!.map((e) => {
    if (e === null || e === DUMMY) return e;
    const c = copyEntry(copy, e);
    c.slot = e.slot;
    return c;
  });
  copy.mask = t.mask;
  copy.fill = t.fill;
  copy.finger = t.finger;
  copy.probeMax = t.probeMax === null ? null : new Map(t.probeMax);
  return copy;
}

/**
 * set_merge(so, other): after the presize, an empty table of other's size without dummies on
 * either side takes other's slots as they are; an empty one takes other's entries by
 * set_insert_clean; otherwise each entry is added (set_add_entry) in other's slot order.
 */
function setMerge(so: PyObject, other: PyObject): void {
  const ot = other.data as DictTable;
  if (other === so || ot.size === 0) return;
  const t = so.data as DictTable;
  setPresize(so, t, ot.size);
  const entries = activeEntries(ot);
  if (t.fill === 0) {
    const slots = t.slots!;
    const same = t.mask === ot.mask && ot.fill === ot.size;
    for (const e of entries) {
      const c = copyEntry(t, e);
      if (same) {
        slots[e.slot] = c;
        c.slot = e.slot;
      } else {
        insertClean(slots, t.mask, c);
      }
    }
    if (ot.probeMax !== null) t.probeMax = new Map(ot.probeMax);
    t.fill = ot.size;
    t.version++;
    return;
  }
  for (const e of entries) addEntry(so, e.key, rawKey(e.mk), e.hhi, e.hlo);
}

/** set_update_internal: set.update, set(x), SET_UPDATE, |=. New references are taken. */
export function setUpdateFrom(s: PyObject, iterable: Value): void {
  if (isAnySet(iterable)) {
    setMerge(s, iterable as PyObject);
    return;
  }
  if (typeof iterable === 'object' && iterable.type === DictType) {
    const other = iterable.data as DictTable;
    setPresize(s, s.data as DictTable, other.size);
    for (const [mk, e] of [...other.map]) {
      const raw = rawKey(mk);
      keyHash(raw, e.key);
      addEntry(s, e.key, raw, hashOut.hi, hashOut.lo);
    }
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
  return newSetFrom(so, frozen);
}

/** make_new_set(kind, iterable): a new set or frozenset filled by set_update_internal. */
function newSetFrom(iterable: Value, frozen: boolean): PyObject {
  const out = newSet(frozen);
  try {
    setUpdateFrom(out, iterable);
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
  if (typeof item === 'number') return (s.data as DictTable).map.has(item);
  return containsRaw(s, item, hashKey(item));
}

function containsRaw(s: PyObject, item: Value, raw: HashKey): boolean {
  const table = s.data as DictTable;
  const k = tableKeyFrom(table, item, raw, false);
  return k !== undefined && table.map.has(k);
}

export function setDiscard(s: PyObject, item: Value): boolean {
  return discardRaw(s, item, hashKey(item));
}

/** set_discard_entry: the item's slot becomes a dummy (fill is unchanged). */
function discardRaw(s: PyObject, item: Value, raw: HashKey): boolean {
  const table = s.data as DictTable;
  const k = tableKeyFrom(table, item, raw, false);
  if (k === undefined) return false;
  const e = table.map.get(k) as SetEntry | undefined;
  if (e === undefined) return false;
  table.map.delete(k);
  table.slots![e.slot] = DUMMY;
  table.version++;
  decref(e.key);
  return true;
}

/**
 * set.pop (set_pop): the first live slot from the finger on (wrapping around), whose reference
 * moves to the caller; the finger moves past it. Undefined if empty.
 */
export function setPop(s: PyObject): Value | undefined {
  const table = s.data as DictTable;
  if (table.map.size === 0) return undefined;
  const slots = table.slots!;
  const mask = table.mask;
  let i = table.finger & mask;
  for (;;) {
    const x = slots[i] as SetEntry | null;
    if (x !== null && x !== DUMMY) break;
    i = i === mask ? 0 : i + 1;
  }
  const e = slots[i]!;
  slots[i] = DUMMY;
  table.map.delete(e.mk);
  table.finger = i + 1;
  table.version++;
  return e.key;
}

// ---------------------------------------------------------------- set algebra (setobject.c)
// Results are built as CPython builds them (a copy then discards, or a new set then adds, in
// the slot order of the set iterated), so that their order and tables are CPython's.

/** set_intersection(so, other): a new set (so's kind) of the items in both, added one by one. */
export function setIntersection(so: PyObject, other: Value): PyObject {
  if (other === so) return setCopy(so);
  const out = newSet(isFrozenKind(so));
  try {
    if (isAnySet(other)) {
      // The smaller set is iterated (other when the sizes are equal), the larger one probed.
      const o = other as PyObject;
      const [small, big] = (o.data as DictTable).size > (so.data as DictTable).size ? [so, o] : [o, so];
      for (const e of activeEntries(small.data as DictTable)) {
        const raw = rawKey(e.mk);
        if (containsRaw(big, e.key, raw)) addEntry(out, e.key, raw, e.hhi, e.hlo);
      }
    } else {
      intersectIterable(so, other, out);
    }
  } catch (e) {
    decref(out);
    throw e;
  }
  return out;
}

/** set_intersection's loop over an iterable: it stops once the result is as large as so. */
function intersectIterable(so: PyObject, other: Value, out: PyObject): void {
  const it = getIter(other);
  try {
    for (let v = iterNext(it); v !== undefined; v = iterNext(it)) {
      try {
        const raw = hashKey(v);
        if (containsRaw(so, v, raw)) {
          keyHash(raw, v);
          addEntry(out, v, raw, hashOut.hi, hashOut.lo);
          if ((out.data as DictTable).size >= (so.data as DictTable).size) break;
        }
      } finally {
        decref(v);
      }
    }
  } finally {
    decref(it);
  }
}

/** Calls fn on each item of a set (its entries, borrowed) or of any iterable (owned for the call). */
function forEachItem(v: Value, fn: (item: Value, raw: HashKey, e: SetEntry | null) => void): void {
  if (isAnySet(v)) {
    for (const e of activeEntries((v as PyObject).data as DictTable)) fn(e.key, rawKey(e.mk), e);
    return;
  }
  const it = getIter(v);
  try {
    for (let x = iterNext(it); x !== undefined; x = iterNext(it)) {
      try {
        fn(x, hashKey(x), null);
      } finally {
        decref(x);
      }
    }
  } finally {
    decref(it);
  }
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
  forEachItem(other, (item, raw) => discardRaw(so, item, raw));
  setPurgeDummies(so);
}

/**
 * set_difference(so, other): a copy of so less other's items when other is not a set or dict,
 * or is much smaller than so (set_copy_and_difference); else a new set of so's items not in
 * other, added one by one in so's slot order.
 */
export function setDifference(so: PyObject, other: Value): PyObject {
  const frozen = isFrozenKind(so);
  const isDict = typeof other === 'object' && other.type === DictType;
  const otherSize = isDict || isAnySet(other) ? ((other as PyObject).data as DictTable).size : -1;
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
  const ot = (other as PyObject).data as DictTable;
  try {
    for (const e of activeEntries(so.data as DictTable)) {
      const raw = rawKey(e.mk);
      const k = tableKeyFrom(ot, e.key, raw, false);
      if (k === undefined || !ot.map.has(k)) addEntry(out, e.key, raw, e.hhi, e.hlo);
    }
  } catch (e) {
    decref(out);
    throw e;
  }
  return out;
}

/**
 * set_symmetric_difference_update(so, other): each item of other (a dict's keys, a set's items,
 * or the items of a set made from any other iterable) is discarded from so, or else added.
 */
export function setSymmetricDifferenceUpdate(so: PyObject, other: Value): void {
  if (other === so) {
    setClear(so);
    return;
  }
  if (typeof other === 'object' && other.type === DictType) {
    for (const [mk, e] of [...(other.data as DictTable).map]) toggle(so, e.key, rawKey(mk), null);
    return;
  }
  const otherSet = isAnySet(other) ? (incref(other), other as PyObject) : newSetFrom(other, isFrozenKind(so));
  try {
    for (const e of activeEntries(otherSet.data as DictTable)) toggle(so, e.key, rawKey(e.mk), e);
  } finally {
    decref(otherSet);
  }
}

/** Discards item from so, or adds it when absent (with the hash of its entry `e` when known). */
function toggle(so: PyObject, item: Value, raw: HashKey, e: SetEntry | null): void {
  if (discardRaw(so, item, raw)) return;
  if (e !== null) {
    addEntry(so, item, raw, e.hhi, e.hlo);
  } else {
    keyHash(raw, item);
    addEntry(so, item, raw, hashOut.hi, hashOut.lo);
  }
}

/** set_symmetric_difference(so, other): a set (so's kind) made from other, updated with so. */
export function setSymmetricDifference(so: PyObject, other: Value): PyObject {
  const out = newSetFrom(other, isFrozenKind(so));
  try {
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
 * set_intersection_update: so takes the body of `result` (an intersection computed by the
 * caller, which it gives away) and result dies with so's old one, as set_swap_bodies does. The
 * finger stays with its object.
 */
export function setTakeIntersection(so: PyObject, stolenResult: PyObject): void {
  const mine = so.data as DictTable;
  const theirs = stolenResult.data as DictTable;
  const finger = mine.finger;
  mine.finger = theirs.finger;
  theirs.finger = finger;
  so.data = theirs;
  stolenResult.data = mine;
  const buf = so.buf, size = so.bufSize;
  so.buf = stolenResult.buf;
  so.bufSize = stolenResult.bufSize;
  stolenResult.buf = buf;
  stolenResult.bufSize = size;
  theirs.version = mine.version + 1;
  decref(stolenResult);
}
