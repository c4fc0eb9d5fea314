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
  /**
   * A split table (CPython 3.11 instance attributes): the class's shared keys, name -> slot index.
   * Iteration keeps insertion order (3.11's order array), but the values are released in slot
   * order. Null for an ordinary (combined) table, and once a key cannot join the shared keys.
   */
  sharedKeys: Map<HashKey, number> | null = null;

  // CPython 3.11's table layout, which decides the size of the object's storage block
  // (PyObject.buf): dictobject.c's keys object, setobject.c's table. See dict.ts.
  /** dict: dk_log2_size of the keys object; 0 while the dict shares the empty keys (Py_EMPTY_KEYS). */
  log2Size = 0;
  /** dict: dk_usable, entries that can still be added before a resize. */
  usable = 0;
  /** dict: dk_nentries, entry slots used since the keys were made (deleted entries included). */
  nentries = 0;
  /** dict: DICT_KEYS_UNICODE (only exact str keys so far: 16-byte entries) or GENERAL (24). */
  unicode = true;
  /** set: mask, the table size - 1; 7 is the set's inline smalltable (no storage block). */
  mask = 7;
  /** set: fill, active and dummy slots. */
  fill = 0;
  /**
   * set: the dummies (deleted slots) since the last resize, by where they sit (dict.ts
   * dummyKey), so that a new item landing there reuses one, as set_add_entry does; null if none.
   */
  dummies: Map<HashKey, number> | null = null;

  /**
   * The entries in the order their values are released (dict_dealloc, PyDict_Clear): slot order for
   * a split table, then any key missing from the shared keys; insertion order otherwise.
   */
  releaseOrder(): DictEntry[] {
    const shared = this.sharedKeys;
    if (shared === null) return [...this.map.values()];
    const slots: DictEntry[] = [];
    const rest: DictEntry[] = [];
    for (const [k, e] of this.map) {
      const ix = shared.get(k);
      if (ix === undefined) rest.push(e);
      else slots[ix] = e;
    }
    const out = slots.filter((e) => e !== undefined);
    return rest.length === 0 ? out : out.concat(rest);
  }

  get size(): number {
    return this.map.size;
  }

  /** Back to an empty dict's (Py_EMPTY_KEYS) or an empty set's (smalltable) layout. */
  resetLayout(): void {
    this.log2Size = 0;
    this.usable = 0;
    this.nentries = 0;
    this.unicode = true;
    this.mask = 7;
    this.fill = 0;
    this.dummies = null;
  }
}
