// The storage behind dict and set: a JS Map keyed by a primitive "hash key" derived from the
// Python key, so that keys equal in Python are one entry (1 == 1.0 == True, 'a' == 'a').
// JS Maps keep insertion order and move re-inserted keys to the end: exactly dict's order rules.
// Objects hashed by identity (functions, plain instances) are their own key.

import type { PyObject, Value } from '@pyarena/memory';

export interface DictEntry {
  /** The first key inserted (CPython keeps the original key object on update). Owned. */
  key: Value;
  /** Owned. For sets, the same as key. */
  value: Value;
}

export type HashKey = number | string | bigint | PyObject | symbol;

export class DictTable {
  readonly map = new Map<HashKey, DictEntry>();
  /** Bumped on every insertion or deletion that changes the size: iterators detect mutation. */
  version = 0;
  /**
   * For keys hashed by a user __hash__ (hash.ts CUSTOM_HASH_PREFIX): the highest probe index used
   * per hash value. Unequal objects with the same hash get slots '<hash>#0', '#1', ... (open
   * addressing on top of the Map); null until the first such key.
   */
  probeMax: Map<string, number> | null = null;

  get size(): number {
    return this.map.size;
  }
}
