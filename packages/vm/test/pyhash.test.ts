// CPython 3.11's hash functions and set slot placement, against values python3 printed.
import { describe, expect, it } from 'vitest';
import {
  TUPLE_ACC_HI, TUPLE_ACC_LO, frozensetHash, hashBigInt, hashFloat, hashOut, hashOutValue, hashPointer,
  hashSafeInt, tupleAcc, tupleFinish, tupleLane,
} from '../src/ops/pyhash';
import { DictTable, DUMMY, newSlots, type SetEntry } from '../src/objects/dict-table';
import { insertClean, placeNewEntry } from '../src/objects/set-table';
import { run } from './run-helper';

const value = (): number | bigint => hashOutValue();
const big = (v: number | bigint): bigint => BigInt(v);

function intHash(n: number | bigint): bigint {
  if (typeof n === 'number') hashSafeInt(n);
  else hashBigInt(n);
  return big(value());
}

/** tuplehash of ints, through the lane functions the key builder uses. */
function tupleOfInts(items: number[]): bigint {
  let hi = TUPLE_ACC_HI, lo = TUPLE_ACC_LO;
  for (const n of items) {
    hashSafeInt(n);
    tupleLane(hi, lo);
    hi = tupleAcc.hi;
    lo = tupleAcc.lo;
  }
  tupleFinish(hi, lo, items.length);
  return big(value());
}

describe('hash values', () => {
  it('ints: modulo 2**61 - 1 with the sign, -1 as -2', () => {
    const ins: (number | bigint)[] = [0, -1, -2, 2 ** 53 - 1, -(2 ** 53 - 1), 2n ** 61n - 1n, 2n ** 61n,
      -(2n ** 61n) - 5n, 2n ** 64n + 17n, 3n ** 100n];
    expect(ins.map(intHash)).toEqual([0n, -2n, -2n, 9007199254740991n, -9007199254740991n, 0n, 1n, -6n, 25n,
      1175369268131054105n]);
  });

  it('floats: the exact rational, infinities 314159', () => {
    const out = [1.5, -1.5, 0.1, 5e-324, 1e300, 2 ** 70, Infinity, -Infinity, -0].map((f) => {
      hashFloat(f, 0);
      return big(value());
    });
    expect(out).toEqual([1152921504606846977n, -1152921504606846977n, 230584300921369408n, 16777216n,
      1224995262755759164n, 512n, 314159n, -314159n, 0n]);
  });

  it('tuples: xxHash lanes over the items', () => {
    expect([[], [1], [1, 2], [-1], [2 ** 53 - 1, -7]].map(tupleOfInts)).toEqual([5740354900026072187n,
      -6644214454873602895n, -3550055125485641917n, 8078679518589016365n, 3093529443019091833n]);
  });

  it('frozensets: frozenset_hash of the entry hashes', () => {
    const halves = (ns: number[]): number[] => ns.flatMap((n) => {
      hashSafeInt(n);
      return [hashOut.hi, hashOut.lo];
    });
    const out = [[], [1], [1, 2], [-1, 2 ** 40]].map((ns) => BigInt.asIntN(64, frozensetHash(halves(ns))));
    expect(out).toEqual([133146708735736n, -558064481276695278n, -1826646154956904602n, 7094953512933204024n]);
  });

  it('pointers: rotated right by 4 bits', () => {
    hashPointer(0x7f0012345670);
    expect(value()).toBe(0x7f0012345670 / 16);
    hashPointer(0x18); // the low 4 bits go to the top
    expect(BigInt.asUintN(64, big(value()))).toBe((8n << 60n) | 1n);
  });

  it('hash() in a program agrees with the functions', () => {
    expect(run('print(hash(-1), hash(1.5), hash((1, 2)), hash(frozenset([1])), hash(2**61))').out)
      .toBe('-2 1152921504606846977 -3550055125485641917 -558064481276695278 1\n');
  });
});

function entry(h: number): SetEntry {
  hashSafeInt(h);
  return { key: h, value: h, mk: h, hhi: hashOut.hi, hlo: hashOut.lo, slot: -1 };
}

describe('slot placement (setobject.c)', () => {
  it('probes linearly, then perturbs, past occupied slots', () => {
    const t = new DictTable();
    t.slots = newSlots(8);
    for (const h of [8, 16, 0]) expect(placeNewEntry(t, entry(h))).toBe(true);
    // 8 -> slot 0; 16 and 0 collide there: the table of 8 has no room for linear probes, so the
    // next slot is (0 * 5 + 1 + (perturb >> 5)) & 7 = 1, then (1 * 5 + 1 + 0) & 7 = 6.
    expect(t.slots.map((e) => (e === null ? null : e.key))).toEqual([8, 16, null, null, null, null, 0, null]);
  });

  it('reuses the last dummy met before an unused slot', () => {
    const t = new DictTable();
    t.slots = newSlots(8);
    t.slots[0] = DUMMY;
    t.slots[1] = DUMMY;
    const e = entry(8);
    expect(placeNewEntry(t, e)).toBe(false);
    expect(e.slot).toBe(1);
  });

  it('set_insert_clean takes the first unused slot of the sequence', () => {
    const slots = newSlots(32);
    const a = entry(3), b = entry(35);
    insertClean(slots, 31, a);
    insertClean(slots, 31, b);
    expect([a.slot, b.slot]).toEqual([3, 4]); // a linear probe: 3 + 9 <= 31
  });

  it('orders a program\'s sets as CPython does', () => {
    expect(run('s = {8, 16, 0}; print(s, {3, 1, 2}); s.discard(8); s.add(24); print(s, s.pop(), s)').out)
      .toBe('{8, 16, 0} {1, 2, 3}\n{16, 0} 24 {16, 0}\n');
  });
});
