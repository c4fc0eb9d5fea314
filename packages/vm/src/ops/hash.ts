// Hash keys for dict and set storage (see objects/dict-table.ts): values equal in Python map to
// the same JS key. Numbers share one key space (1, 1.0 and True collide, as in Python); strings
// are themselves; tuples get a structural string key; objects hashed by identity are their own key.

import type { PyObject, Value } from '@pyarena/memory';
import type { HashKey } from '../objects/dict-table';
import {
  BoolType, BytesType, FloatType, FrozenSetType, IntType, NoneType, StrType, TupleType,
} from '../objects/types';
import { typeName } from '../objects/typeobject';
import { True, intFromBigInt, intFromNumber } from '../objects/constructors';
import { typeError } from '../errors';
import type { DictTable } from '../objects/dict-table';
import { frozensetHashOf } from '../objects/set-table';
import {
  TUPLE_ACC_HI, TUPLE_ACC_LO, hashBigInt, hashFloat, hashOut, hashOutValue, hashPointer, hashSafeInt, hashText, objectId,
  outBig, outSafe, tupleAcc, tupleFinish, tupleLane,
} from './pyhash';

export const hashHooks = {
  /** Key for objects this file does not know; throws for unhashable ones. */
  keyOther: (o: PyObject): HashKey => o,
};

const NONE_KEY = Symbol('None');

/** Prefix of keys computed from a user-defined __hash__: they need equality probing (dict.ts). */
export const CUSTOM_HASH_PREFIX = '\u0000h';
const UNHASHABLE = new Set(['list', 'dict', 'set', 'bytearray']);

/** Numbers that are integral use the number itself (or the bigint beyond 2**53). */
function floatKey(x: number): HashKey {
  if (Number.isInteger(x) && !Number.isSafeInteger(x)) return BigInt(x);
  return x === 0 ? 0 : x;
}

export function hashKey(v: Value): HashKey {
  if (typeof v === 'number') return v;
  const t = v.type;
  if (t === StrType) return v.data as string;
  if (t === FloatType) {
    const x = v.data as number;
    // A NaN equals nothing, not even an equal NaN: it is its own key (found again only as itself).
    return x === x ? floatKey(x) : v;
  }
  if (t === BoolType) return v === True ? 1 : 0;
  if (t === IntType) return v.data as bigint;
  if (t === NoneType) return NONE_KEY;
  if (t === TupleType) return tupleKey(v.data as Value[]);
  if (t === BytesType) return '\u0000b' + Array.from(v.data as Uint8Array).join(',');
  if (t === FrozenSetType) {
    const table = v.data as DictTable;
    const keys = [...table.map.keys()].map(keyToString).sort();
    const h = frozensetHashOf(table); // in the key, for keyHash: equal frozensets hash alike
    return '\u0000f' + h + '{' + keys.join('\u0001') + '}';
  }
  const name = typeName(v);
  if (UNHASHABLE.has(name)) typeError(`unhashable type: '${name}'`);
  return hashHooks.keyOther(v);
}

/** Identity keys inside tuples need a stable string: the object's address is unique while alive. */
const objectIds = new WeakMap<object, number>();
let nextObjectId = 1;

function keyToString(k: HashKey): string {
  switch (typeof k) {
    case 'number': return 'n' + k;
    case 'bigint': return 'n' + k.toString();
    case 'string': return 's' + k.length + ':' + k;
    case 'symbol': return k.description === 'None' ? 'N' : 'x' + identity(k);
    default: return 'o' + identity(k);
  }
}

function identity(o: object | symbol): number {
  const key = o as object;
  let id = objectIds.get(key);
  if (id === undefined) {
    id = nextObjectId++;
    objectIds.set(key, id);
  }
  return id;
}

/**
 * The item keys of the tuples being keyed, below keyStackTop (tuples nest): kept so that a tuple
 * whose items include a user __hash__ gets its hash without calling that __hash__ again.
 */
const keyStack: HashKey[] = [];
let keyStackTop = 0;

/** Does an item's key come from a user __hash__ (itself or inside a tuple)? */
function isCustomKey(k: HashKey): boolean {
  if (typeof k !== 'string' || k.length < 3 || k.charCodeAt(0) !== 0) return false;
  const tag = k.charCodeAt(1);
  return tag === 0x68 /* h */ || (tag === 0x74 /* t */ && k.charCodeAt(2) !== 0x28 /* ( */);
}

/**
 * A tuple's key: its items' keys joined (built in one pass: tuple keys are hot in dicts and sets).
 * When an item hashes by a user __hash__, the tuple's CPython hash is computed now, from the
 * items' keys, and written after the tag for keyHash: each __hash__ runs once per hashing of the
 * tuple, as in CPython. Otherwise keyHash computes it when asked, at no cost to dict lookups.
 */
function tupleKey(items: readonly Value[]): string {
  let key = '\u0000t(';
  const base = keyStackTop;
  let custom = false;
  try {
    for (let i = 0; i < items.length; i++) {
      if (i > 0) key += '\u0001';
      const v = items[i]!;
      if (typeof v === 'number') {
        key += 'n' + v;
        continue;
      }
      const k = hashKey(v);
      key += keyToString(k);
      if (isCustomKey(k)) custom = true;
      if (keyStackTop === keyStack.length) keyStack.push(k);
      else keyStack[keyStackTop] = k;
      keyStackTop++;
    }
    if (!custom) return key + ')';
    let at = base;
    let hi = TUPLE_ACC_HI;
    let lo = TUPLE_ACC_LO;
    for (let i = 0; i < items.length; i++) {
      const v = items[i]!;
      if (typeof v === 'number') hashSafeInt(v);
      else keyHash(keyStack[at++]!, v);
      tupleLane(hi, lo);
      hi = tupleAcc.hi;
      lo = tupleAcc.lo;
    }
    tupleFinish(hi, lo, items.length);
    return '\u0000t' + hashOut.hi + ',' + hashOut.lo + key.slice(2) + ')';
  } finally {
    for (let i = base; i < keyStackTop; i++) keyStack[i] = 0;
    keyStackTop = base;
  }
}

/** tuplehash of items none of which hashes by a user __hash__: their keys are recomputed freely. */
function tupleHash(items: readonly Value[]): void {
  let hi = TUPLE_ACC_HI;
  let lo = TUPLE_ACC_LO;
  for (let i = 0; i < items.length; i++) {
    const v = items[i]!;
    if (typeof v === 'number') hashSafeInt(v);
    else keyHash(hashKey(v), v);
    tupleLane(hi, lo);
    hi = tupleAcc.hi;
    lo = tupleAcc.lo;
  }
  tupleFinish(hi, lo, items.length);
}

/** complex_hash: hash(re) + 1000003 * hash(im), wrapped to 64 bits, -1 being -2. */
function complexHash(v: PyObject): void {
  const { re, im } = v.data as { re: number; im: number };
  hashFloat(re, objectId(v));
  const hr = BigInt(hashOutValue());
  hashFloat(im, objectId(v));
  const hi = BigInt(hashOutValue());
  const h = BigInt.asIntN(64, hr + 1000003n * hi);
  outBig(h === -1n ? -2n : h);
}

/** hash(v): CPython's value, a safe integer or a bigint. */
export function pyHash(v: Value): number | bigint {
  keyHash(hashKey(v), v);
  return hashOutValue();
}

/** A hash value as a Python int (new reference). */
export function intFromHash(h: number | bigint): Value {
  return typeof h === 'number' ? intFromNumber(h) : intFromBigInt(h);
}

/** The items of a tuple or of an instance of a tuple subclass (its data is the items too). */
const tupleItems = (v: Value): readonly Value[] => (v as PyObject).data as Value[];

/** hashOut = the halves "hi,lo" tupleKey wrote after the tag. */
function tupleKeyHash(k: string): void {
  const comma = k.indexOf(',', 2);
  hashOut.hi = Number(k.slice(2, comma));
  hashOut.lo = Number(k.slice(comma + 1, k.indexOf('(', comma)));
}

/**
 * CPython's hash of `v`, whose key hashKey gave as `k`, into hashOut (pyhash.ts). Computed from
 * the key, so no __hash__ runs again: a user __hash__'s result is in its key, a tuple's and a
 * frozenset's hash too. Objects hashed by identity hash by their id, as _Py_HashPointer.
 */
export function keyHash(k: HashKey, v: Value): void {
  switch (typeof k) {
    case 'number':
      if (Number.isInteger(k)) hashSafeInt(k); // integral numbers are safe here (floatKey)
      else hashFloat(k, 0);
      return;
    case 'bigint':
      hashBigInt(k);
      return;
    case 'string':
      if (k.length > 1 && k.charCodeAt(0) === 0 && (typeof v === 'number' || v.type !== StrType)) {
        const tag = k.charCodeAt(1);
        if (tag === 0x74 /* t */) {
          if (k.charCodeAt(2) === 0x28 /* ( */) return tupleHash(tupleItems(v));
          return tupleKeyHash(k);
        }
        if (tag === 0x66 /* f */) {
          outBig(BigInt(k.slice(2, k.indexOf('{'))));
          return;
        }
        if (tag === 0x68 /* h */) {
          const digits = k.slice(2);
          const n = Number(digits);
          if (Number.isSafeInteger(n)) outSafe(n);
          else outBig(BigInt(digits));
          return;
        }
        if (tag === 0x62 /* b */) return hashText(k, 2);
        if (tag === 0x63 /* c */) return complexHash(v as PyObject);
      }
      hashText(k, 0);
      return;
    case 'symbol': // None, NaN: by identity (3.11)
      hashPointer(typeof v === 'number' ? 0 : objectId(v));
      return;
    default:
      hashPointer(objectId(k as PyObject));
  }
}
