// The storage behind dict and set: a JS Map keyed by a primitive "hash key" derived from the
// Python key, so that keys equal in Python are one entry (1 == 1.0 == True, 'a' == 'a').
// JS Maps keep insertion order and move re-inserted keys to the end: exactly dict's order rules.
// Objects hashed by identity (functions, plain instances) are their own key.

import type { PyObject, Value } from '@pyarena/memory';
import { decref } from '../refs';

export interface DictEntry {
  /** The first key inserted (CPython keeps the original key object on update). Owned. */
  key: Value;
  /** Owned. For sets, the same as key. */
  value: Value;
}

/** A set's entry (setentry): also in the slot table, with its cached hash (set-table.ts). */
export interface SetEntry extends DictEntry {
  /** Its key in the Map (the table's hash key, probe suffix included). */
  mk: HashKey;
  /** The key's Py_hash_t, high and low 32 bits (unsigned). */
  hhi: number;
  hlo: number;
  /** Its index in the slot table. */
  slot: number;
}

/** The dummy that marks a deleted slot (setobject.c's dummy key, hash -1). */
export const DUMMY: SetEntry = { key: 0, value: 0, mk: 0, hhi: 0xffffffff, hlo: 0xffffffff, slot: -1 };

/** A slot table of n unused slots (a packed array: V8 reads holey ones slower). */
export function newSlots(n: number): (SetEntry | null)[] {
  const slots: (SetEntry | null)[] = [];
  for (let i = 0; i < n; i++) slots.push(null);
  return slots;
}

/**
 * The entries of every table being emptied, in release order, below `stashTop`. Emptying nests
 * (releasing a value may deallocate another dict), each drain owning the stash above where it
 * started. One shared array that never shrinks (a JS array's length going down and up again
 * reallocates it) means deallocating a dict allocates nothing: the cycle collector frees many at
 * once, inside a pause the host's collector should not land in.
 */
const releaseStash: (DictEntry | null)[] = [];
let stashTop = 0;

function stashPush(e: DictEntry | null): void {
  if (stashTop === releaseStash.length) releaseStash.push(e);
  else releaseStash[stashTop] = e;
  stashTop++;
}

/**
 * Releases the entries stashForRelease put at `from` and up, key then value (only once when they
 * are one object, as in a set, unless `bothRefs`), and truncates the stash back to `from`.
 */
export function releaseStashed(from: number, bothRefs: boolean): void {
  const stash = releaseStash;
  const to = stashTop;
  try {
    for (let i = from; i < to; i++) {
      const e = stash[i]!;
      stash[i] = null;
      decref(e.key);
      if (bothRefs || e.value !== e.key) decref(e.value);
    }
  } finally {
    for (let i = from; i < stashTop; i++) stash[i] = null; // only after an exception
    stashTop = from;
  }
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
   * set: setobject.c's table, mask + 1 slots: null (unused), DUMMY (deleted) or an entry of the
   * Map. Iteration, pop, algebra and deallocation go by slot order (set-table.ts). Null for dicts.
   */
  slots: (SetEntry | null)[] | null = null;
  /** set: set_pop's search finger, where the next pop starts looking. */
  finger = 0;
  /** frozenset: frozenset_hash, once computed (an unsigned 64-bit value); null before. */
  frozenHash: bigint | null = null;

  /**
   * Pushes the table's entries onto `releaseStash` in the order their values are released
   * (dict_dealloc, PyDict_Clear): slot order for a split table, then any key missing from the
   * shared keys; insertion order otherwise. Returns where they start; the caller releases them
   * and truncates the stash back (releaseStashed). The table is left as it was: a dying dict
   * need not be emptied (Map.clear allocates a new table), a living one is (drainToStash).
   */
  stashForRelease(): number {
    const from = stashTop;
    const map = this.map;
    const shared = this.sharedKeys;
    const setSlots = this.slots;
    if (setSlots !== null) { // set_dealloc, set_clear_internal: slot order
      for (let i = 0; i < setSlots.length; i++) {
        const e = setSlots[i] as SetEntry | null;
        if (e !== null && e !== DUMMY) stashPush(e);
      }
      return from;
    }
    if (shared === null) {
      for (const e of map.values()) stashPush(e);
      return from;
    }
    // Slots first, at from + index; holes (deleted attributes) are squeezed out below.
    const stash = releaseStash;
    const slots = shared.size;
    for (let i = 0; i < slots; i++) stashPush(null);
    for (const k of map.keys()) {
      const ix = shared.get(k);
      if (ix === undefined) stashPush(map.get(k)!);
      else stash[from + ix] = map.get(k)!;
    }
    let to = from;
    for (let i = from; i < stashTop; i++) {
      const e = stash[i]!;
      if (e !== null) {
        stash[i] = null;
        stash[to++] = e;
      }
    }
    stashTop = to;
    return from;
  }

  /** stashForRelease, then the table is emptied (its version bumped): PyDict_Clear's order. */
  drainToStash(): number {
    const from = this.stashForRelease();
    this.map.clear();
    this.version++;
    return from;
  }

  get size(): number {
    return this.map.size;
  }

  /** Back to an empty dict's (Py_EMPTY_KEYS) or an empty set's (smalltable) layout; the finger stays. */
  resetLayout(): void {
    this.log2Size = 0;
    this.usable = 0;
    this.nentries = 0;
    this.unicode = true;
    this.mask = 7;
    this.fill = 0;
    if (this.slots !== null) this.slots = newSlots(8);
    this.frozenHash = null;
  }
}
