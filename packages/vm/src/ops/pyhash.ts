// CPython 3.11's hash values (Python/pyhash.c, Objects/longobject.c long_hash, floatobject.c,
// tupleobject.c tuplehash, setobject.c frozenset_hash). A Py_hash_t is 64 bits: it is carried
// as two unsigned 32-bit halves in `hashOut` (no allocation, no BigInt on the hot paths), the
// form the set table stores and probes with (objects/set-table.ts).

import type { PyObject } from '@pyarena/memory';

/** The result of the last hash computed here: hi:lo are the 64 bits of the Py_hash_t. */
export const hashOut = { lo: 0, hi: 0 };

const TWO32 = 4294967296;
/** _PyHASH_MODULUS, the prime 2**61 - 1 that numeric hashes are reduced by. */
const MODULUS = (1n << 61n) - 1n;
const MASK64 = (1n << 64n) - 1n;
/** _PyHASH_INF: hash(float('inf')). */
const HASH_INF = 314159;

/** hashOut = n, a safe integer (two's complement beyond 32 bits). */
export function outSafe(n: number): void {
  hashOut.lo = n >>> 0;
  hashOut.hi = Math.floor(n / TWO32) >>> 0;
}

/** hashOut = b, taken modulo 2**64. */
export function outBig(b: bigint): void {
  const u = BigInt.asUintN(64, b);
  hashOut.lo = Number(u & 0xffffffffn);
  hashOut.hi = Number(u >> 32n);
}

/** hashOut as the Python int hash() returns (a signed 64-bit value). */
export function hashOutValue(): number | bigint {
  const hi = hashOut.hi | 0;
  // Within +-2**52 the value is an exact double.
  if (hi >= -0x100000 && hi < 0x100000) return hi * TWO32 + hashOut.lo;
  return BigInt.asIntN(64, (BigInt(hashOut.hi) << 32n) | BigInt(hashOut.lo));
}

/** long_hash of a safe integer: itself (its magnitude is below the modulus), -1 being -2. */
export function hashSafeInt(n: number): void {
  outSafe(n === -1 ? -2 : n);
}

/** long_hash: the magnitude modulo 2**61 - 1, with the sign; -1 is reserved for errors. */
export function bigIntHash(b: bigint): bigint {
  let x = (b < 0n ? -b : b) % MODULUS;
  if (b < 0n) x = -x;
  return x === -1n ? -2n : x;
}

export function hashBigInt(b: bigint): void {
  outBig(bigIntHash(b));
}

/**
 * _Py_HashDouble: an integral float hashes as the equal int; any other finite float is the exact
 * rational m / 2**e, whose hash is m * 2**-e modulo 2**61 - 1 (2**61 is 1 there, so 2**-e is
 * 2**(61 - e % 61)); the result CPython's 28-bits-at-a-time loop computes. A NaN hashes by the
 * identity of its object (3.11), which the caller passes as `nanId`.
 */
export function hashFloat(v: number, nanId: number): void {
  if (Number.isInteger(v)) {
    if (Number.isSafeInteger(v)) hashSafeInt(v);
    else hashBigInt(BigInt(v));
    return;
  }
  if (v === Infinity || v === -Infinity) {
    outSafe(v > 0 ? HASH_INF : -HASH_INF);
    return;
  }
  if (Number.isNaN(v)) {
    hashPointer(nanId);
    return;
  }
  let m = Math.abs(v);
  let e = 0;
  while (!Number.isInteger(m)) { // exact: doubling keeps the 53-bit significand
    m *= 2;
    e++;
  }
  let x = (BigInt(m) << BigInt((61 - (e % 61)) % 61)) % MODULUS;
  if (v < 0) x = -x;
  outBig(x === -1n ? -2n : x);
}

/**
 * _Py_HashPointer of an address: rotated right by 4 bits, the alignment bits that carry no
 * information going to the top. Addresses are below 2**53 here.
 */
export function hashPointer(addr: number): void {
  const low4 = addr % 16;
  const y = (addr - low4) / 16; // below 2**49
  hashOut.lo = y >>> 0;
  hashOut.hi = (Math.floor(y / TWO32) | (low4 << 28)) >>> 0;
  if (hashOut.lo === 0xffffffff && hashOut.hi === 0xffffffff) outSafe(-2);
}

/**
 * The hash of a str or bytes (the code units or bytes of `s` from `start`). CPython's is SipHash
 * keyed per process, so no order of strings in a set is more right than another; this one is
 * deterministic (a run prints the same order every time) and, like CPython's, 0 for the empty
 * string. Two multiplicative 32-bit hashes give the halves.
 */
export function hashText(s: string, start: number): void {
  if (s.length <= start) {
    hashOut.lo = 0;
    hashOut.hi = 0;
    return;
  }
  let a = 0x811c9dc5;
  let b = 0x9747b28c;
  for (let i = start; i < s.length; i++) {
    const c = s.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
    b ^= b >>> 15;
  }
  hashOut.lo = a >>> 0;
  hashOut.hi = b >>> 0;
  if (hashOut.lo === 0xffffffff && hashOut.hi === 0xffffffff) outSafe(-2);
}

// ---------------------------------------------------------------- 64-bit arithmetic on halves

let rHi = 0;
let rLo = 0;

/** rHi:rLo = (aHi:aLo * bHi:bLo) mod 2**64, the low product exact through 16-bit pieces. */
function mul64(aHi: number, aLo: number, bHi: number, bLo: number): void {
  const a0 = aLo & 0xffff, a1 = aLo >>> 16, b0 = bLo & 0xffff, b1 = bLo >>> 16;
  const mid = a0 * b1 + a1 * b0; // below 2**33
  const low = a0 * b0 + (mid % 65536) * 65536; // below 2**33
  const carry = Math.floor(low / TWO32);
  const high = a1 * b1 + Math.floor(mid / 65536) + carry; // aLo * bLo >> 32
  rLo = low >>> 0;
  rHi = (high + Math.imul(aHi, bLo) + Math.imul(aLo, bHi)) >>> 0;
}

// _PyHASH_XXPRIME_1, _2 and _5 of tuplehash (xxHash's primes), as halves.
const XX1_HI = 0x9e3779b1, XX1_LO = 0x85ebca87;
const XX2_HI = 0xc2b2ae3d, XX2_LO = 0x27d4eb4f;
const XX5_HI = 0x27d4eb2f, XX5_LO = 0x165667c5;
/** XXPRIME_5 ^ 3527539: tuplehash's length term keeps hash(()) its historical value. */
const XX_LEN_LO = (XX5_LO ^ 3527539) >>> 0;

/** tuplehash's starting accumulator (XXPRIME_5), as halves. */
export const TUPLE_ACC_HI = XX5_HI;
export const TUPLE_ACC_LO = XX5_LO;
/** The accumulator after tupleLane: the caller keeps it in locals (tuples nest). */
export const tupleAcc = { hi: 0, lo: 0 };

/** One lane of tuplehash: accumulator hi:lo with the item's hash (in hashOut), into tupleAcc. */
export function tupleLane(hi: number, lo: number): void {
  mul64(hashOut.hi, hashOut.lo, XX2_HI, XX2_LO);
  const sum = lo + rLo;
  const h = (hi + rHi + (sum >= TWO32 ? 1 : 0)) >>> 0;
  const l = sum >>> 0;
  // _PyHASH_XXROTATE: rotate left by 31 bits.
  const rotHi = ((h << 31) | (l >>> 1)) >>> 0;
  const rotLo = ((l << 31) | (h >>> 1)) >>> 0;
  mul64(rotHi, rotLo, XX1_HI, XX1_LO);
  tupleAcc.hi = rHi;
  tupleAcc.lo = rLo;
}

/** The hash of a tuple of `length` items from its accumulator hi:lo, into hashOut. */
export function tupleFinish(hi: number, lo: number, length: number): void {
  const sum = lo + ((XX_LEN_LO ^ length) >>> 0);
  hashOut.hi = (hi + XX5_HI + (sum >= TWO32 ? 1 : 0)) >>> 0;
  hashOut.lo = sum >>> 0;
  if (hashOut.lo === 0xffffffff && hashOut.hi === 0xffffffff) outSafe(1546275796);
}

// ---------------------------------------------------------------- frozenset

const halvesToBig = (hi: number, lo: number): bigint => (BigInt(hi) << 32n) | BigInt(lo);

/** _shuffle_bits: spreads closely spaced hashes before they are xor-ed together. */
function shuffleBits(h: bigint): bigint {
  return (((h ^ 89869747n) ^ ((h << 16n) & MASK64)) * 3644798167n) & MASK64;
}

/**
 * frozenset_hash of the entries' hashes (halves, hi then lo, one pair per active entry). CPython
 * xors in every slot, then cancels the unused and dummy slots' terms again: the same as xor-ing
 * the active entries only, which is what is done here. Returns the hash as an unsigned 64-bit.
 */
export function frozensetHash(halves: readonly number[]): bigint {
  let h = 0n;
  for (let i = 0; i < halves.length; i += 2) h ^= shuffleBits(halvesToBig(halves[i]!, halves[i + 1]!));
  h ^= ((BigInt(halves.length / 2) + 1n) * 1927868237n) & MASK64;
  h ^= (h >> 11n) ^ (h >> 25n);
  h = (h * 69069n + 907133923n) & MASK64;
  return h === MASK64 ? 590923713n : h;
}

/** The identity of objects without a modelled address (types, None, builtins): fixed per run. */
const staticIds = new WeakMap<PyObject, number>();
let nextStaticId = 0x7d0000000000;

/** id(o) for a heap or static object: its modelled address, or a fixed one in a reserved range. */
export function objectId(o: PyObject): number {
  if (o.addr !== 0) return o.addr;
  let id = staticIds.get(o);
  if (id === undefined) {
    id = nextStaticId;
    nextStaticId += 16;
    staticIds.set(o, id);
  }
  return id;
}
