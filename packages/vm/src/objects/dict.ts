// dict and set storage operations (Objects/dictobject.c, setobject.c) on top of DictTable.
// Lookups return BORROWED references; insertions take their own references.

import type { PyObject, Value } from '@pyarena/memory';
import { CUSTOM_HASH_PREFIX, hashKey } from '../ops/hash';
import { equals } from '../ops/compare';
import type { HashKey } from './dict-table';
import { decref, incref } from '../refs';
import { heap } from '../state';
import { mayBeTracked, newDict } from './constructors';
import type { DictTable } from './dict-table';
import { DictTable as Table } from './dict-table';
import { FREELIST_NONE } from '@pyarena/memory';
import { FrozenSetType, SetType } from './types';

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
  incref(value);
  if (e !== undefined) {
    const old = e.value;
    e.value = value;
    decref(old);
  } else {
    incref(key);
    table.map.set(k, { key, value });
    table.version++;
  }
  // MAINTAIN_TRACKING: a dict starts untracked and is tracked once it may hold a cycle.
  if (d.gcNext === null && (mayBeTracked(value) || mayBeTracked(key))) heap.track(d);
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

/** A new dict holding copies of the references in `src`. */
export function dictCopy(src: PyObject): PyObject {
  const d = newDict();
  for (const e of (src.data as DictTable).map.values()) dictSet(d, e.key, e.value);
  return d;
}

// ---------------------------------------------------------------- sets

export function newSet(frozen = false): PyObject {
  const type = frozen ? FrozenSetType : SetType;
  const s = heap.alloc(type, 216, new Table(), FREELIST_NONE);
  heap.track(s);
  return s;
}

export function setAdd(s: PyObject, item: Value): void {
  const table = s.data as DictTable;
  const k = tableKey(table, item, true)!;
  if (table.map.has(k)) return;
  incref(item);
  table.map.set(k, { key: item, value: item });
  table.version++;
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
  decref(e.key);
  return true;
}
