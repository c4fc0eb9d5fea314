// The random module: CPython 3.11's Lib/random.py algorithms over the MT19937 core of
// _randommodule.c, so a given seed yields the same sequence as CPython. Random is a native
// type (it cannot be subclassed from Python yet); the module-level functions are methods
// bound to a hidden instance `_inst`, as random.py does.

import { createHash, randomBytes } from 'node:crypto';
import type { PyObject, Value } from '@pyarena/memory';
import { CMP_LT, NB_ADD } from '@pyarena/compiler';
import type { NativeFn } from '../objects/types';
import { BytesType, FloatType, ListType, RangeType, StrType, TupleType } from '../objects/types';
import {
  None, intFromBigInt, newFloat, newList, newObjectOfType, newTuple,
} from '../objects/constructors';
import { bindBuiltin, checkArgs, defineMethod } from '../objects/builtin-function';
import { makeType, typeData, typeName } from '../objects/typeobject';
import { IndexError, OverflowError, ValueError, ZeroDivisionError, raise, typeError } from '../errors';
import { decref, decrefAll, incref, newRef } from '../refs';
import { binaryOp } from '../ops/binary';
import { compare } from '../ops/compare';
import { iterateToArray } from '../ops/iter';
import { getItem, len, newRange, setItem } from '../ops/subscript';
import { isIntLike, toBigInt, toDouble } from '../ops/numbers';
import { typeConstructors } from '../call';
import { MersenneTwister } from './mt19937';
import { crCos, crExp, crLog, crPow, crSin } from './libm';
import { argDouble, argIndex, argSmallIndex, parseArgs, staticStr } from './args';
import { defineNativeModule, setAttrSteal } from './registry';
import { heap } from '../state';

const C_INT_MAX = 2n ** 31n - 1n;

/** An integer converted as Argument Clinic's `int`: OverflowError past a C int. */
function cInt(n: bigint): number {
  if (n > C_INT_MAX || n < -C_INT_MAX - 1n) raise(OverflowError, 'Python int too large to convert to C int');
  return Number(n);
}

interface RandomData { mt: MersenneTwister; gaussNext: number | null }

export const RandomType = makeType({ name: 'Random', basicSize: 2536 });
typeData(RandomType).attrs.set('__module__', staticStr('random'));

const NV_MAGICCONST = 4 * crExp(-0.5) / Math.sqrt(2.0);
const TWOPI = 2.0 * Math.PI;
const LOG4 = crLog(4.0);
const SG_MAGICCONST = 1.0 + crLog(4.5);

const gen = (self: Value | null): RandomData => (self as PyObject).data as RandomData;

// ---------------------------------------------------------------- seeding

/** CPython's _Py_HashDouble for finite floats: the value modulo 2**61 - 1, with the sign. */
function floatHash(v: number): bigint {
  if (v === Infinity) return 314159n;
  if (v === -Infinity) return -314159n;
  if (Number.isNaN(v)) return 0n;
  const P = (1n << 61n) - 1n;
  let x = Math.abs(v);
  let k = 0;
  while (!Number.isInteger(x)) { x *= 2; k++; }
  let h = (BigInt(x) % P) * ((1n << BigInt((61 - (k % 61)) % 61)) % P) % P;
  if (v < 0) h = -h;
  return h === -1n ? -2n : h;
}

function seedFromOs(d: RandomData): void {
  const bytes = randomBytes(624 * 4);
  const key = new Uint32Array(bytes.buffer, bytes.byteOffset, 624);
  d.mt.initByArray(key);
}

/** Random.seed(a=None, version=2) then _random.Random.seed (random_seed). */
function seedWith(d: RandomData, a: Value | undefined, version: Value | undefined): void {
  d.gaussNext = null;
  const v = version === undefined ? 2 : version;
  if (a === undefined || a === None) {
    seedFromOs(d);
    return;
  }
  if (isIntLike(a)) {
    const n = toBigInt(a);
    d.mt.seedBigInt(n < 0n ? -n : n);
    return;
  }
  if (typeof a === 'object' && a.type === FloatType) {
    const h = floatHash(a.data as number);
    d.mt.seedBigInt(h < 0n ? h + (1n << 64n) : h); // (size_t)hash
    return;
  }
  if (typeof a === 'object' && (a.type === StrType || a.type === BytesType)) {
    const bytes = a.type === StrType ? Buffer.from(a.data as string, 'utf8') : Buffer.from(a.data as Uint8Array);
    if (v === 1) {
      // version 1: the old string hash, for reproducing Python 2 sequences.
      const s = a.type === StrType ? a.data as string : bytes.toString('latin1');
      let x = s.length > 0 ? BigInt(s.codePointAt(0)!) << 7n : 0n;
      for (const c of s) x = ((1000003n * x) ^ BigInt(c.codePointAt(0)!)) & 0xffffffffffffffffn;
      x ^= BigInt([...s].length);
      d.mt.seedBigInt(x);
      return;
    }
    // version 2: int.from_bytes(a + sha512(a).digest()), big-endian.
    const digest = createHash('sha512').update(bytes).digest();
    const all = Buffer.concat([bytes, digest]);
    d.mt.seedBigInt(BigInt('0x' + all.toString('hex')));
    return;
  }
  typeError('The only supported seed types are: None,\nint, float, str, bytes, and bytearray.');
}

function newRandom(seed: Value | undefined): PyObject {
  const data: RandomData = { mt: new MersenneTwister(), gaussNext: null };
  seedWith(data, seed, undefined);
  return newObjectOfType(RandomType, data);
}

// ---------------------------------------------------------------- integers

/** randrange's _index with the 3.11 fallback for integral floats (its warning is not shown). */
function rangeArg(v: Value, what: string): bigint {
  if (isIntLike(v)) return toBigInt(v);
  if (typeof v === 'object' && v.type === FloatType) {
    const x = v.data as number;
    if (Number.isInteger(x)) return BigInt(x);
    if (Number.isFinite(x)) raise(ValueError, `non-integer ${what} for randrange()`);
  }
  return argIndex(v);
}

function randrange(d: RandomData, start: Value, stop: Value | undefined, step: Value | undefined): bigint {
  const istart = rangeArg(start, 'arg 1');
  if (stop === undefined || stop === None) {
    if (step !== undefined && step !== 1) typeError('Missing a non-None stop argument');
    if (istart > 0n) return d.mt.randbelow(istart);
    raise(ValueError, 'empty range for randrange()');
  }
  const istop = rangeArg(stop, 'stop');
  const width = istop - istart;
  const istep = step === undefined ? 1n : rangeArg(step, 'step');
  if (istep === 1n) {
    if (width > 0n) return istart + d.mt.randbelow(width);
    raise(ValueError, `empty range for randrange() (${istart}, ${istop}, ${width})`);
  }
  let n: bigint;
  if (istep > 0n) n = floorDiv(width + istep - 1n, istep);
  else if (istep < 0n) n = floorDiv(width + istep + 1n, istep);
  else raise(ValueError, 'zero step for randrange()');
  if (n <= 0n) raise(ValueError, 'empty range for randrange()');
  return istart + istep * d.mt.randbelow(n);
}

function floorDiv(a: bigint, b: bigint): bigint {
  const q = a / b;
  return (a % b !== 0n && (a < 0n) !== (b < 0n)) ? q - 1n : q;
}

// ---------------------------------------------------------------- sequences

function isSequence(v: Value): boolean {
  if (typeof v === 'number') return false;
  const t = v.type;
  return t === ListType || t === TupleType || t === StrType || t === RangeType || t === BytesType;
}

/** population[i] as a new reference. */
function itemAt(seq: Value, i: number): Value {
  return getItem(seq, i);
}

function shuffle(d: RandomData, x: Value): void {
  if (typeof x === 'object' && x.type === ListType) {
    for (let i = len(x) - 1; i >= 1; i--) {
      const j = d.mt.randbelowSmall(i + 1);
      const items = x.data as Value[];
      // The list may have been resized by nothing here: no Python code runs in this loop.
      [items[i], items[j]] = [items[j]!, items[i]!];
    }
    return;
  }
  for (let i = len(x) - 1; i >= 1; i--) {
    const j = d.mt.randbelowSmall(i + 1);
    const a = getItem(x, j);
    const b = getItem(x, i);
    try {
      setItem(x, i, a);
      setItem(x, j, b);
    } finally {
      decref(a);
      decref(b);
    }
  }
}

function sample(d: RandomData, population: Value, kv: Value, counts: Value | undefined): PyObject {
  if (!isSequence(population)) {
    typeError('Population must be a sequence.  For dicts or sets, use sorted(d).');
  }
  const n = len(population);
  if (counts !== undefined && counts !== None) return sampleCounts(d, population, n, kv, counts);
  const k = argSmallIndex(kv);
  if (!(k >= 0 && k <= n)) raise(ValueError, 'Sample larger than population or is negative');
  const result: Value[] = [];
  let setsize = 21;
  if (k > 5) setsize += 4 ** Math.ceil(crLog(k * 3) / crLog(4));
  try {
    if (n <= setsize) {
      const pool = iterateToArray(population);
      for (let i = 0; i < k; i++) {
        const j = d.mt.randbelowSmall(n - i);
        result.push(newRef(pool[j]!));
        // Move the non-selected item into the vacancy (pool keeps one reference per slot).
        const last = pool[n - i - 1]!;
        incref(last);
        decref(pool[j]!);
        pool[j] = last;
      }
      decrefAll(pool);
    } else {
      const selected = new Set<number>();
      for (let i = 0; i < k; i++) {
        let j = d.mt.randbelowSmall(n);
        while (selected.has(j)) j = d.mt.randbelowSmall(n);
        selected.add(j);
        result.push(itemAt(population, j));
      }
    }
  } catch (e) {
    decrefAll(result);
    throw e;
  }
  return newList(result);
}

/** sample(population, k, counts=...): samples range(total), then maps through bisect. */
function sampleCounts(d: RandomData, population: Value, n: number, kv: Value, counts: Value): PyObject {
  const cs = iterateToArray(counts);
  const cum: number[] = [];
  let total = 0;
  try {
    for (const c of cs) {
      if (!isIntLike(c)) {
        if (typeof c === 'object' && c.type === FloatType) { total += c.data as number; cum.push(total); continue; }
        typeError(`unsupported operand type(s) for +: 'int' and '${typeName(c)}'`);
      }
      total += Number(toBigInt(c));
      cum.push(total);
    }
  } finally {
    decrefAll(cs);
  }
  if (cum.length !== n) raise(ValueError, 'The number of counts does not match the population');
  cum.pop();
  if (!Number.isInteger(total) || (cs.length > 0 && cs.some((c) => !isIntLike(c)))) typeError('Counts must be integers');
  if (total <= 0) raise(ValueError, 'Total of counts must be greater than zero');
  const range = getItemRange(total);
  let sel: PyObject;
  try {
    sel = sample(d, range, kv, undefined);
  } finally {
    decref(range);
  }
  const out: Value[] = [];
  try {
    for (const s of sel.data as Value[]) out.push(itemAt(population, bisectRight(cum, s as number, 0, cum.length)));
  } catch (e) {
    decrefAll(out);
    throw e;
  } finally {
    decref(sel);
  }
  return newList(out);
}

function getItemRange(total: number): PyObject {
  return newRange(0n, BigInt(total), 1n);
}

function bisectRight(a: number[], x: number, lo: number, hi: number): number {
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (x < a[mid]!) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

function choices(d: RandomData, population: Value, weights: Value | undefined, cumWeights: Value | undefined,
  kv: Value | undefined): PyObject {
  const n = len(population);
  const k = kv === undefined ? 1 : argSmallIndex(kv);
  const out: Value[] = [];
  try {
    if (cumWeights === undefined || cumWeights === None) {
      if (weights === undefined || weights === None) {
        for (let i = 0; i < k; i++) out.push(itemAt(population, Math.floor(d.mt.random() * n)));
        return newList(out);
      }
      if (isIntLike(weights)) {
        typeError(`The number of choices must be a keyword argument: k=${toBigInt(weights)}`);
      }
      const cum = accumulate(weights);
      try {
        return pick(d, population, n, cum, k, out);
      } finally {
        decrefAll(cum);
      }
    }
    if (weights !== undefined && weights !== None) typeError('Cannot specify both weights and cumulative weights');
    const cum = iterateToArray(cumWeights);
    try {
      return pick(d, population, n, cum, k, out);
    } finally {
      decrefAll(cum);
    }
  } catch (e) {
    decrefAll(out);
    throw e;
  }
}

/** itertools.accumulate(weights): running sums with Python's +, new references. */
function accumulate(weights: Value): Value[] {
  const items = iterateToArray(weights);
  const out: Value[] = [];
  try {
    for (let i = 0; i < items.length; i++) {
      out.push(i === 0 ? newRef(items[0]!) : binaryOp(NB_ADD, out[i - 1]!, items[i]!));
    }
  } catch (e) {
    decrefAll(out);
    throw e;
  } finally {
    decrefAll(items);
  }
  return out;
}

function pick(d: RandomData, population: Value, n: number, cum: Value[], k: number, out: Value[]): PyObject {
  if (cum.length !== n) raise(ValueError, 'The number of weights does not match the population');
  if (n === 0) raise(IndexError, 'list index out of range');
  const total = toDouble(cum[n - 1]!) + 0.0;
  if (total <= 0.0) raise(ValueError, 'Total of weights must be greater than zero');
  if (!Number.isFinite(total)) raise(ValueError, 'Total of weights must be finite');
  // bisect(cum_weights, random() * total, 0, n - 1) with Python comparisons.
  const simple = cum.every((c) => typeof c === 'number' || c.type === FloatType);
  const nums = simple ? cum.map((c) => toDouble(c)) : null;
  for (let i = 0; i < k; i++) {
    const x = d.mt.random() * total;
    let idx: number;
    if (nums !== null) idx = bisectRight(nums, x, 0, n - 1);
    else {
      let lo = 0, hi = n - 1;
      const xf = newFloat(x);
      try {
        while (lo < hi) {
          const mid = (lo + hi) >> 1;
          if (compare(xf, cum[mid]!, CMP_LT)) hi = mid;
          else lo = mid + 1;
        }
      } finally {
        decref(xf);
      }
      idx = lo;
    }
    out.push(itemAt(population, idx));
  }
  return newList(out);
}

// ---------------------------------------------------------------- distributions

function gauss(d: RandomData, mu: number, sigma: number): number {
  let z = d.gaussNext;
  d.gaussNext = null;
  if (z === null) {
    const x2pi = d.mt.random() * TWOPI;
    const g2rad = Math.sqrt(-2.0 * crLog(1.0 - d.mt.random()));
    z = crCos(x2pi) * g2rad;
    d.gaussNext = crSin(x2pi) * g2rad;
  }
  return mu + z * sigma;
}

function normalvariate(d: RandomData, mu: number, sigma: number): number {
  let z: number;
  for (;;) {
    const u1 = d.mt.random();
    const u2 = 1.0 - d.mt.random();
    z = NV_MAGICCONST * (u1 - 0.5) / u2;
    const zz = z * z / 4.0;
    if (zz <= -crLog(u2)) break;
  }
  return mu + z * sigma;
}

function divide(a: number, b: number): number {
  if (b === 0) raise(ZeroDivisionError, 'float division by zero');
  return a / b;
}

/** float ** float with CPython's errors for the cases these formulas can reach. */
function fpow(x: number, y: number): number {
  if (x === 0 && y < 0) raise(ZeroDivisionError, '0.0 cannot be raised to a negative power');
  return crPow(x, y);
}

function gammavariate(d: RandomData, alpha: number, beta: number): number {
  if (alpha <= 0.0 || beta <= 0.0) raise(ValueError, 'gammavariate: alpha and beta must be > 0.0');
  const random = () => d.mt.random();
  if (alpha > 1.0) {
    const ainv = Math.sqrt(2.0 * alpha - 1.0);
    const bbb = alpha - LOG4;
    const ccc = alpha + ainv;
    for (;;) {
      const u1 = random();
      if (!(1e-7 < u1 && u1 < 0.9999999)) continue;
      const u2 = 1.0 - random();
      const v = crLog(u1 / (1.0 - u1)) / ainv;
      const x = alpha * crExp(v);
      const z = u1 * u1 * u2;
      const r = bbb + ccc * v - x;
      if (r + SG_MAGICCONST - 4.5 * z >= 0.0 || r >= crLog(z)) return x * beta;
    }
  }
  if (alpha === 1.0) return -crLog(1.0 - random()) * beta;
  let x: number;
  for (;;) {
    const u = random();
    const b = (Math.E + alpha) / Math.E;
    const p = b * u;
    x = p <= 1.0 ? fpow(p, 1.0 / alpha) : -crLog((b - p) / alpha);
    const u1 = random();
    if (p > 1.0) {
      if (u1 <= fpow(x, alpha - 1.0)) break;
    } else if (u1 <= crExp(-x)) break;
  }
  return x * beta;
}

function vonmisesvariate(d: RandomData, mu: number, kappa: number): number {
  const random = () => d.mt.random();
  if (kappa <= 1e-6) return TWOPI * random();
  const s = 0.5 / kappa;
  const r = s + Math.sqrt(1.0 + s * s);
  let z: number;
  for (;;) {
    const u1 = random();
    z = crCos(Math.PI * u1);
    const dd = z / (r + z);
    const u2 = random();
    if (u2 < 1.0 - dd * dd || u2 <= (1.0 - dd) * crExp(dd)) break;
  }
  const q = 1.0 / r;
  const f = (q + z) / (1.0 + q * z);
  const u3 = random();
  const theta = u3 > 0.5 ? mu + Math.acos(f) : mu - Math.acos(f);
  let m = theta % TWOPI; // Python's float % takes the divisor's sign
  if (m < 0) m += TWOPI;
  return m;
}

// ---------------------------------------------------------------- methods

const num = (v: Value | undefined, dflt: number): number => (v === undefined ? dflt : argDouble(v));

const methods: Record<string, NativeFn> = {
  seed: (args, kwnames, self) => {
    const [a, version] = parseArgs('seed', args, kwnames, ['a', 'version'], 0);
    seedWith(gen(self), a, version);
    return None;
  },
  random: (args, kwnames, self) => {
    checkArgs('random', args, kwnames, 0, 0);
    return newFloat(gen(self).mt.random());
  },
  getrandbits: (args, kwnames, self) => {
    checkArgs('getrandbits', args, kwnames, 1, 1);
    const k = cInt(argIndex(args[0]!));
    if (k < 0) raise(ValueError, 'number of bits must be non-negative');
    heap.checkRequest(Math.ceil(k / 8)); // the int's digits: MemoryError rather than a host stall
    return intFromBigInt(gen(self).mt.getrandbits(k));
  },
  randbytes: (args, kwnames, self) => {
    checkArgs('randbytes', args, kwnames, 1, 1);
    // 3.11's randbytes is Python code: self.getrandbits(n * 8).to_bytes(n, 'little').
    const k = cInt(argIndex(args[0]!) * 8n);
    const n = k / 8;
    if (k < 0) raise(ValueError, 'number of bits must be non-negative');
    heap.checkRequest(33 + n);
    let bits = gen(self).mt.getrandbits(n * 8);
    const out = new Uint8Array(n);
    for (let i = 0; i < n; i++, bits >>= 8n) out[i] = Number(bits & 0xffn);
    return newObjectOfType(BytesType, out, 33 + n);
  },
  randrange: (args, kwnames, self) => {
    const [start, stop, step] = parseArgs('randrange', args, kwnames, ['start', 'stop', 'step'], 1);
    return intFromBigInt(randrange(gen(self), start!, stop, step));
  },
  randint: (args, kwnames, self) => {
    const [a, b] = parseArgs('randint', args, kwnames, ['a', 'b'], 2);
    const stop = binaryOp(NB_ADD, b!, 1);
    try {
      return intFromBigInt(randrange(gen(self), a!, stop, undefined));
    } finally {
      decref(stop);
    }
  },
  choice: (args, kwnames, self) => {
    checkArgs('choice', args, kwnames, 1, 1);
    const seq = args[0]!;
    const n = len(seq);
    if (n === 0) raise(IndexError, 'Cannot choose from an empty sequence');
    return itemAt(seq, gen(self).mt.randbelowSmall(n));
  },
  choices: (args, kwnames, self) => {
    const [population, weights, cum, k] = parseArgs('choices', args, kwnames, ['population', 'weights'], 1,
      ['cum_weights', 'k']);
    return choices(gen(self), population!, weights, cum, k);
  },
  shuffle: (args, kwnames, self) => {
    checkArgs('shuffle', args, kwnames, 1, 1);
    shuffle(gen(self), args[0]!);
    return None;
  },
  sample: (args, kwnames, self) => {
    const [population, k, counts] = parseArgs('sample', args, kwnames, ['population', 'k'], 2, ['counts']);
    return sample(gen(self), population!, k!, counts);
  },
  uniform: (args, kwnames, self) => {
    const [a, b] = parseArgs('uniform', args, kwnames, ['a', 'b'], 2);
    const x = argDouble(a!), y = argDouble(b!);
    return newFloat(x + (y - x) * gen(self).mt.random());
  },
  triangular: (args, kwnames, self) => {
    const [lowv, highv, mode] = parseArgs('triangular', args, kwnames, ['low', 'high', 'mode'], 0);
    let low = num(lowv, 0.0), high = num(highv, 1.0);
    let u = gen(self).mt.random();
    let c = 0.5;
    if (mode !== undefined && mode !== None) {
      if (high - low === 0) return lowv === undefined ? newFloat(0.0) : newRef(lowv); // ZeroDivisionError -> low
      c = (argDouble(mode) - low) / (high - low);
    }
    if (u > c) {
      u = 1.0 - u;
      c = 1.0 - c;
      [low, high] = [high, low];
    }
    return newFloat(low + (high - low) * Math.sqrt(u * c));
  },
  normalvariate: (args, kwnames, self) => {
    const [mu, sigma] = parseArgs('normalvariate', args, kwnames, ['mu', 'sigma'], 0);
    return newFloat(normalvariate(gen(self), num(mu, 0.0), num(sigma, 1.0)));
  },
  lognormvariate: (args, kwnames, self) => {
    const [mu, sigma] = parseArgs('lognormvariate', args, kwnames, ['mu', 'sigma'], 2);
    return newFloat(crExp(normalvariate(gen(self), argDouble(mu!), argDouble(sigma!))));
  },
  gauss: (args, kwnames, self) => {
    const [mu, sigma] = parseArgs('gauss', args, kwnames, ['mu', 'sigma'], 0);
    return newFloat(gauss(gen(self), num(mu, 0.0), num(sigma, 1.0)));
  },
  expovariate: (args, kwnames, self) => {
    const [lambd] = parseArgs('expovariate', args, kwnames, ['lambd'], 1);
    return newFloat(divide(-crLog(1.0 - gen(self).mt.random()), argDouble(lambd!)));
  },
  vonmisesvariate: (args, kwnames, self) => {
    const [mu, kappa] = parseArgs('vonmisesvariate', args, kwnames, ['mu', 'kappa'], 2);
    return newFloat(vonmisesvariate(gen(self), argDouble(mu!), argDouble(kappa!)));
  },
  gammavariate: (args, kwnames, self) => {
    const [alpha, beta] = parseArgs('gammavariate', args, kwnames, ['alpha', 'beta'], 2);
    return newFloat(gammavariate(gen(self), argDouble(alpha!), argDouble(beta!)));
  },
  betavariate: (args, kwnames, self) => {
    const [alpha, beta] = parseArgs('betavariate', args, kwnames, ['alpha', 'beta'], 2);
    const d = gen(self);
    const y = gammavariate(d, argDouble(alpha!), 1.0);
    if (y) return newFloat(y / (y + gammavariate(d, argDouble(beta!), 1.0)));
    return newFloat(0.0);
  },
  paretovariate: (args, kwnames, self) => {
    const [alpha] = parseArgs('paretovariate', args, kwnames, ['alpha'], 1);
    const u = 1.0 - gen(self).mt.random();
    return newFloat(fpow(u, divide(-1.0, argDouble(alpha!))));
  },
  weibullvariate: (args, kwnames, self) => {
    const [alpha, beta] = parseArgs('weibullvariate', args, kwnames, ['alpha', 'beta'], 2);
    const u = 1.0 - gen(self).mt.random();
    return newFloat(argDouble(alpha!) * fpow(-crLog(u), divide(1.0, argDouble(beta!))));
  },
  getstate: (args, kwnames, self) => {
    checkArgs('getstate', args, kwnames, 0, 0);
    const d = gen(self);
    const words: Value[] = [...d.mt.mt, d.mt.mti];
    return newTuple([3, newTuple(words), d.gaussNext === null ? None : newFloat(d.gaussNext)]);
  },
  setstate: (args, kwnames, self) => {
    checkArgs('setstate', args, kwnames, 1, 1);
    setState(gen(self), args[0]!);
    return None;
  },
};

function setState(d: RandomData, state: Value): void {
  if (typeof state !== 'object' || state.type !== TupleType) typeError('state vector must be a tuple');
  const [version, internal, gaussNext] = state.data as Value[];
  if (version !== 3 && version !== 2) {
    raise(ValueError, `state with version ${typeof version === 'number' ? version : '?'} passed to Random.setstate() of version 3`);
  }
  if (typeof internal !== 'object' || internal.type !== TupleType) typeError('state vector must be a tuple');
  const words = internal.data as Value[];
  if (words.length !== 625) raise(ValueError, 'state vector is the wrong size');
  const idx = Number(toBigInt(words[624]!));
  if (idx < 0 || idx > 624) raise(ValueError, 'invalid state');
  for (let i = 0; i < 624; i++) d.mt.mt[i] = Number(toBigInt(words[i]!) & 0xffffffffn);
  d.mt.mti = idx;
  d.gaussNext = gaussNext === undefined || gaussNext === None ? null : argDouble(gaussNext);
}

for (const [name, fn] of Object.entries(methods)) defineMethod(RandomType, name, fn);

// Random(x=None): a new generator seeded like Random.seed(x).
typeConstructors.set(RandomType, (args, kwnames) => {
  const [x] = parseArgs('Random', args, kwnames, ['x'], 0);
  return newRandom(x);
});

const MODULE_FUNCTIONS = [
  'seed', 'random', 'uniform', 'triangular', 'randint', 'choice', 'randrange', 'sample', 'shuffle',
  'choices', 'normalvariate', 'lognormvariate', 'expovariate', 'vonmisesvariate', 'gammavariate',
  'gauss', 'betavariate', 'paretovariate', 'weibullvariate', 'getstate', 'setstate', 'getrandbits',
  'randbytes',
];

defineNativeModule('random', (dict) => {
  const inst = newRandom(undefined);
  for (const name of MODULE_FUNCTIONS) {
    setAttrSteal(dict, name, bindBuiltin(typeData(RandomType).attrs.get(name) as PyObject, inst));
  }
  setAttrSteal(dict, '_inst', inst);
  incref(RandomType);
  setAttrSteal(dict, 'Random', RandomType);
});

