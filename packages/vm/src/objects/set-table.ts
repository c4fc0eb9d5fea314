// setobject.c's open-addressing table, for the order of a set's items. Membership is the Map's
// business (DictTable.map knows Python equality: 1 == 1.0 == True, user __eq__); where each entry
// sits is decided here as CPython decides it, so that iteration, repr, pop and set algebra visit
// the items in CPython's slot order:
//
//   slot = hash & mask; then LINEAR_PROBES more slots after it (when they fit before the end),
//   then perturb >>= 5 and slot = (slot * 5 + 1 + perturb) & mask, until an unused slot.
//
// A new key goes into the last dummy met on the way, else the unused slot that ended the search
// (set_add_entry); a resize re-inserts the live entries in slot order (set_table_resize,
// set_insert_clean). Hashes are 64-bit, carried as halves (ops/pyhash.ts).

import { DUMMY, type DictTable, type SetEntry } from './dict-table';
import { frozensetHash } from '../ops/pyhash';

/** setobject.c's LINEAR_PROBES: slots looked at after the first before perturbing. */
const LINEAR_PROBES = 9;

/**
 * set_add_entry's search for a key known to be absent: `e` goes into the last dummy on its probe
 * sequence before an unused slot, or else into that unused slot. Returns true in the second case
 * (fill grows, and the caller may have to resize).
 */
export function placeNewEntry(table: DictTable, e: SetEntry): boolean {
  const slots = table.slots!;
  const mask = table.mask;
  let i = e.hlo & mask;
  let pHi = e.hhi, pLo = e.hlo;
  let free = -1;
  for (;;) {
    let probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
    let j = i;
    do {
      const x = slots[j] as SetEntry | null;
      if (x === null) {
        const at = free >= 0 ? free : j;
        slots[at] = e;
        e.slot = at;
        return free < 0;
      }
      if (x === DUMMY) free = j;
      j++;
    } while (probes-- > 0);
    pLo = ((pLo >>> 5) | (pHi << 27)) >>> 0; // perturb >>= PERTURB_SHIFT, 64 bits wide
    pHi >>>= 5;
    i = (i * 5 + 1 + pLo) & mask;
  }
}

/** set_insert_clean: `e` into the first unused slot of its probe sequence (a table without dummies). */
export function insertClean(slots: (SetEntry | null)[], mask: number, e: SetEntry): void {
  let i = e.hlo & mask;
  let pHi = e.hhi, pLo = e.hlo;
  for (;;) {
    if (slots[i] === null) {
      slots[i] = e;
      e.slot = i;
      return;
    }
    if (i + LINEAR_PROBES <= mask) {
      for (let j = i + 1; j <= i + LINEAR_PROBES; j++) {
        if (slots[j] === null) {
          slots[j] = e;
          e.slot = j;
          return;
        }
      }
    }
    pLo = ((pLo >>> 5) | (pHi << 27)) >>> 0;
    pHi >>>= 5;
    i = (i * 5 + 1 + pLo) & mask;
  }
}

/** The live entries in slot order (set_next): a snapshot, safe against changes while used. */
export function activeEntries(table: DictTable): SetEntry[] {
  const slots = table.slots!;
  const out: SetEntry[] = [];
  for (let i = 0; i < slots.length; i++) {
    const e = slots[i] as SetEntry | null;
    if (e !== null && e !== DUMMY) out.push(e);
  }
  return out;
}

/** The first live entry at or after slot `from`, or -1 (setiter_iternext's scan). */
export function nextActiveSlot(table: DictTable, from: number): number {
  const slots = table.slots!;
  for (let i = from; i < slots.length; i++) {
    const e = slots[i] as SetEntry | null;
    if (e !== null && e !== DUMMY) return i;
  }
  return -1;
}

/** frozenset_hash of a set's table, cached for frozensets (they cannot change). */
export function frozensetHashOf(table: DictTable): bigint {
  if (table.frozenHash !== null) return table.frozenHash;
  const halves: number[] = [];
  for (const e of activeEntries(table)) halves.push(e.hhi, e.hlo);
  const h = frozensetHash(halves);
  table.frozenHash = h;
  return h;
}
