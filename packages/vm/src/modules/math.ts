// The math module (CPython's Modules/mathmodule.c): float functions with its error rules
// (math_1 / math_2: NaN from a non-NaN argument is "math domain error", an infinite result from
// a finite argument is "math range error" when it can overflow), exact integer functions over
// BigInt, correctly rounded fsum (Shewchuk) and hypot (vector_norm).

import type { Value } from '@pyarena/memory';
import { NB_MULTIPLY, NB_TRUE_DIVIDE } from '@pyarena/compiler';
import type { NativeFn } from '../objects/types';
import { BoolType, FloatType, TupleType } from '../objects/types';
import { False, None, True, bool, intFromBigInt, intFromNumber, newFloat, newTuple } from '../objects/constructors';
import { checkArgs, makeBuiltin } from '../objects/builtin-function';
import { typeName } from '../objects/typeobject';
import { OverflowError, ValueError, raise, typeError } from '../errors';
import { decref, newRef } from '../refs';
import { binaryOp } from '../ops/binary';
import { getIter, iterNext, iterateToArray } from '../ops/iter';
import { isIntLike, toBigInt } from '../ops/numbers';
import { argDouble, argIndex, callDunder, parseArgs } from './args';
import { crCos, crExp, crLog, crLog2, crPow, crSin } from './libm';
import { defineNativeModule, setAttrSteal } from './registry';

const domainError = (): never => raise(ValueError, 'math domain error');
const rangeError = (): never => raise(OverflowError, 'math range error');

/** math_1: applies f and maps NaN/inf results to CPython's exceptions. */
function math1(f: (x: number) => number, canOverflow: boolean): NativeFn {
  return (args, kwnames) => {
    checkArgs(fname(f), args, kwnames, 1, 1);
    const x = argDouble(args[0]!);
    return newFloat(checked1(x, f(x), canOverflow));
  };
}
const names = new Map<unknown, string>();
const fname = (f: unknown): string => names.get(f) ?? 'math';

function checked1(x: number, r: number, canOverflow: boolean): number {
  if (Number.isNaN(r) && !Number.isNaN(x)) domainError();
  if (!Number.isFinite(r) && !Number.isNaN(r) && Number.isFinite(x)) {
    if (canOverflow) rangeError();
    domainError();
  }
  return r;
}

/** math_2: the same rules for two arguments. */
function math2(name: string, f: (x: number, y: number) => number): NativeFn {
  return (args, kwnames) => {
    checkArgs(name, args, kwnames, 2, 2);
    const x = argDouble(args[0]!), y = argDouble(args[1]!);
    const r = f(x, y);
    if (Number.isNaN(r) && !Number.isNaN(x) && !Number.isNaN(y)) domainError();
    if (!Number.isFinite(r) && !Number.isNaN(r) && Number.isFinite(x) && Number.isFinite(y)) domainError();
    return newFloat(r);
  };
}

// ---------------------------------------------------------------- logarithms

/** _PyLong_Frexp: n = x * 2**e with 0.5 <= x < 1, correctly rounded (sticky bit kept). */
function bigFrexp(n: bigint): [number, number] {
  const bits = n.toString(2).length;
  const shift = bits - 60;
  let top = n >> BigInt(shift);
  if ((n & ((1n << BigInt(shift)) - 1n)) !== 0n) top |= 1n;
  return [Number(top) / 2 ** 60, bits];
}

/** loghelper: ints too large for a double still have a logarithm. */
function logHelper(v: Value, f: (x: number) => number): number {
  if (isIntLike(v)) {
    const n = toBigInt(v);
    if (n <= 0n) domainError();
    const x = Number(n);
    if (Number.isFinite(x)) return f(x);
    const [m, e] = bigFrexp(n);
    return f(m) + f(2) * e;
  }
  const x = argDouble(v);
  return checked1(x, f(x), false);
}

const log: NativeFn = (args, kwnames) => {
  checkArgs('log', args, kwnames, 1, 2);
  const num = logHelper(args[0]!, crLog);
  if (args.length === 1) return newFloat(num);
  const den = logHelper(args[1]!, crLog);
  const a = newFloat(num), b = newFloat(den);
  try {
    return binaryOp(NB_TRUE_DIVIDE, a, b);
  } finally {
    decref(a);
    decref(b);
  }
};

function logN(name: string, f: (x: number) => number): NativeFn {
  return (args, kwnames) => {
    checkArgs(name, args, kwnames, 1, 1);
    return newFloat(logHelper(args[0]!, f));
  };
}

// ---------------------------------------------------------------- pow, fmod, ldexp ...

/** math_pow: IEEE specials handled directly, as CPython does. */
function mathPow(x: number, y: number): number {
  if (!Number.isFinite(x) || !Number.isFinite(y)) {
    if (Number.isNaN(x)) return y === 0 ? 1 : x;
    if (Number.isNaN(y)) return x === 1 ? 1 : y;
    if (!Number.isFinite(x)) {
      const oddY = Number.isFinite(y) && Math.abs(y) % 2 === 1;
      if (y > 0) return oddY ? x : Math.abs(x);
      if (y === 0) return 1;
      return oddY ? copysign(0, x) : 0;
    }
    if (Math.abs(x) === 1) return 1;
    if (y > 0 && Math.abs(x) > 1) return y;
    if (y < 0 && Math.abs(x) < 1) return -y;
    return 0;
  }
  const r = crPow(x, y);
  if (Number.isNaN(r)) domainError();
  if (!Number.isFinite(r)) {
    if (x === 0) domainError();
    rangeError();
  }
  return r;
}

function signbit(x: number): boolean {
  if (Number.isNaN(x)) {
    const dv = new DataView(new ArrayBuffer(8));
    dv.setFloat64(0, x);
    return (dv.getUint8(0) & 0x80) !== 0;
  }
  return x < 0 || Object.is(x, -0);
}

function copysign(x: number, y: number): number {
  const a = Math.abs(x);
  return signbit(y) ? -a : a;
}

/** C's ldexp without double rounding for subnormal results (musl's scalbn). */
export function ldexp(x: number, e: number): number {
  if (e > 1023) {
    x *= 2 ** 1023; e -= 1023;
    if (e > 1023) { x *= 2 ** 1023; e -= 1023; if (e > 1023) e = 1023; }
  } else if (e < -1022) {
    const k = 2 ** -1022 * 2 ** 53;
    x *= k; e += 1022 - 53;
    if (e < -1022) { x *= k; e += 1022 - 53; if (e < -1022) e = -1022; }
  }
  return x * 2 ** e;
}

/** C's frexp: x = m * 2**e with 0.5 <= |m| < 1. */
export function frexp(x: number): [number, number] {
  if (x === 0 || !Number.isFinite(x)) return [x, 0];
  let e = 0;
  let a = Math.abs(x);
  if (a < 2 ** -1022) { a *= 2 ** 64; e = -64; }
  const k = Math.floor(Math.log2(a));
  let m = a / 2 ** k / 2; // two steps: 2 ** 1024 would overflow
  e += k + 1;
  // log2 may be off by one near powers of two: normalise.
  if (m >= 1) { m /= 2; e += 1; }
  if (m < 0.5) { m *= 2; e -= 1; }
  return [x < 0 ? -m : m, e];
}

const fmod: NativeFn = (args, kwnames) => {
  checkArgs('fmod', args, kwnames, 2, 2);
  const x = argDouble(args[0]!), y = argDouble(args[1]!);
  if (!Number.isFinite(y) && !Number.isNaN(y) && Number.isFinite(x)) return newFloat(x);
  const r = x % y;
  if (Number.isNaN(r) && !Number.isNaN(x) && !Number.isNaN(y)) domainError();
  return newFloat(r);
};

const modf: NativeFn = (args, kwnames) => {
  checkArgs('modf', args, kwnames, 1, 1);
  const x = argDouble(args[0]!);
  if (Number.isNaN(x)) return newTuple([newFloat(x), newFloat(x)]);
  if (!Number.isFinite(x)) return newTuple([newFloat(copysign(0, x)), newFloat(x)]);
  const i = Math.trunc(x);
  return newTuple([newFloat(copysign(x - i, x)), newFloat(i)]);
};

const ldexpFn: NativeFn = (args, kwnames) => {
  checkArgs('ldexp', args, kwnames, 2, 2);
  const x = argDouble(args[0]!);
  if (!isIntLike(args[1]!)) typeError('Expected an int as second argument to ldexp.');
  const big = toBigInt(args[1]!);
  if (x === 0 || !Number.isFinite(x)) return newFloat(x);
  if (big > 2147483647n) rangeError();
  if (big < -2147483648n) return newFloat(copysign(0, x));
  const r = ldexp(x, Number(big));
  if (!Number.isFinite(r)) rangeError();
  return newFloat(r);
};

const frexpFn: NativeFn = (args, kwnames) => {
  checkArgs('frexp', args, kwnames, 1, 1);
  const [m, e] = frexp(argDouble(args[0]!));
  return newTuple([newFloat(m), e]);
};

// ---------------------------------------------------------------- float -> int

/** PyLong_FromDouble with its messages for inf and NaN. */
function intFromDouble(x: number): Value {
  if (Number.isNaN(x)) raise(ValueError, 'cannot convert float NaN to integer');
  if (!Number.isFinite(x)) raise(OverflowError, 'cannot convert float infinity to integer');
  return intFromNumber(x);
}

function rounding(name: string, dunder: string, f: (x: number) => number): NativeFn {
  return (args, kwnames) => {
    checkArgs(name, args, kwnames, 1, 1);
    const v = args[0]!;
    if (typeof v === 'number') return v;
    if (v.type === FloatType) return intFromDouble(f(v.data as number));
    if (v.type === BoolType) return v === True ? 1 : 0;
    if (isIntLike(v)) return newRef(v);
    const r = callDunder(v, dunder);
    if (r !== undefined) return r;
    if (name === 'trunc') typeError(`type ${typeName(v)} doesn't define __trunc__ method`);
    return intFromDouble(f(argDouble(v)));
  };
}

// ---------------------------------------------------------------- integer functions

function bigAbs(b: bigint): bigint {
  return b < 0n ? -b : b;
}

function bigGcd(a: bigint, b: bigint): bigint {
  a = bigAbs(a);
  b = bigAbs(b);
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}

/** Product of the integers in [lo, hi), split in halves so BigInt multiplications stay balanced. */
function rangeProduct(lo: bigint, hi: bigint): bigint {
  const n = hi - lo;
  if (n <= 0n) return 1n;
  if (n <= 16n) {
    let p = 1n;
    for (let i = lo; i < hi; i++) p *= i;
    return p;
  }
  const mid = lo + n / 2n;
  return rangeProduct(lo, mid) * rangeProduct(mid, hi);
}

const factorial: NativeFn = (args, kwnames) => {
  checkArgs('factorial', args, kwnames, 1, 1);
  const n = argIndex(args[0]!);
  if (n > 9223372036854775807n) raise(OverflowError, 'factorial() argument should not exceed 9223372036854775807');
  if (n < 0n) raise(ValueError, 'factorial() not defined for negative values');
  return intFromBigInt(rangeProduct(2n, n + 1n));
};

const gcd: NativeFn = (args, kwnames) => {
  checkArgs('gcd', args, kwnames, 0, Infinity);
  let g = 0n;
  for (const a of args) g = bigGcd(g, argIndex(a));
  return intFromBigInt(g);
};

const lcm: NativeFn = (args, kwnames) => {
  checkArgs('lcm', args, kwnames, 0, Infinity);
  let l = 1n;
  for (const a of args) {
    const x = argIndex(a);
    if (l === 0n) continue;
    l = x === 0n ? 0n : bigAbs(l * x) / bigGcd(l, x);
  }
  return intFromBigInt(l);
};

function nonNegative(v: Value, what: string): bigint {
  const n = argIndex(v);
  if (n < 0n) raise(ValueError, `${what} must be a non-negative integer`);
  return n;
}

const comb: NativeFn = (args, kwnames) => {
  checkArgs('comb', args, kwnames, 2, 2);
  const n = nonNegative(args[0]!, 'n');
  let k = nonNegative(args[1]!, 'k');
  if (k > n) return 0;
  if (k > n - k) k = n - k;
  // n! / (k! (n-k)!) = prod(n-k+1 .. n) / k!
  return intFromBigInt(rangeProduct(n - k + 1n, n + 1n) / rangeProduct(2n, k + 1n));
};

const perm: NativeFn = (args, kwnames) => {
  checkArgs('perm', args, kwnames, 1, 2);
  if (args.length < 2 || isNone(args[1]!)) return factorial([args[0]!], null, null);
  const n = nonNegative(args[0]!, 'n');
  const k = nonNegative(args[1]!, 'k');
  if (k > n) return 0;
  return intFromBigInt(rangeProduct(n - k + 1n, n + 1n));
};

function isNone(v: Value): boolean {
  return v === None;
}

/** Integer square root by Newton's method from an over-estimate. */
export function bigIsqrt(n: bigint): bigint {
  if (n < 2n) return n;
  let x = 1n << BigInt(Math.ceil(n.toString(2).length / 2));
  for (;;) {
    const y = (x + n / x) >> 1n;
    if (y >= x) return x;
    x = y;
  }
}

const isqrt: NativeFn = (args, kwnames) => {
  checkArgs('isqrt', args, kwnames, 1, 1);
  const n = argIndex(args[0]!);
  if (n < 0n) raise(ValueError, 'isqrt() argument must be nonnegative');
  return intFromBigInt(bigIsqrt(n));
};

// ---------------------------------------------------------------- fsum, hypot, prod, isclose

/** Shewchuk's exact summation exactly as math_fsum does it, including half-even fix-up. */
export function fsum(values: Iterable<number>): number {
  const p: number[] = [];
  let specialSum = 0, infSum = 0;
  for (const v of values) {
    let x = v;
    const xsave = x;
    let i = 0;
    for (let j = 0; j < p.length; j++) {
      let y = p[j]!;
      if (Math.abs(x) < Math.abs(y)) [x, y] = [y, x];
      const hi = x + y;
      const lo = y - (hi - x);
      if (lo !== 0) p[i++] = lo;
      x = hi;
    }
    p.length = i;
    if (x !== 0) {
      if (!Number.isFinite(x)) {
        // Overflow of finite terms, or an inf/nan summand.
        if (Number.isFinite(xsave)) raise(OverflowError, 'intermediate overflow in fsum');
        if (!Number.isNaN(xsave)) infSum += xsave;
        specialSum += xsave;
        p.length = 0;
      } else p.push(x);
    }
  }
  if (specialSum !== 0) {
    if (Number.isNaN(infSum)) raise(ValueError, '-inf + inf in fsum');
    return specialSum;
  }
  let hi = 0;
  let n = p.length;
  if (n > 0) {
    hi = p[--n]!;
    let lo = 0;
    while (n > 0) {
      const x = hi;
      const y = p[--n]!;
      hi = x + y;
      lo = y - (hi - x);
      if (lo !== 0) break;
    }
    if (n > 0 && ((lo < 0 && p[n - 1]! < 0) || (lo > 0 && p[n - 1]! > 0))) {
      const y = lo * 2;
      const x = hi + y;
      if (y === x - hi) hi = x;
    }
  }
  return hi;
}

const fsumFn: NativeFn = (args, kwnames) => {
  checkArgs('fsum', args, kwnames, 1, 1);
  const it = getIter(args[0]!);
  try {
    function* doubles(): Generator<number> {
      for (;;) {
        const v = iterNext(it);
        if (v === undefined) return;
        try {
          yield argDouble(v);
        } finally {
          decref(v);
        }
      }
    }
    return newFloat(fsum(doubles()));
  } finally {
    decref(it);
  }
};

/** Dekker's exact product: z + zz == x * y exactly (what dl_mul gets from fma). */
function twoProduct(x: number, y: number): [number, number] {
  const z = x * y;
  const split = (a: number): [number, number] => {
    const t = a * 134217729; // 2**27 + 1
    const hi = t - (t - a);
    return [hi, a - hi];
  };
  const [xh, xl] = split(x);
  const [yh, yl] = split(y);
  const zz = ((xh * yh - z) + xh * yl + xl * yh) + xl * yl;
  return [z, zz];
}

/** mathmodule.c vector_norm: scaled, compensated sum of squares with a sqrt correction. */
export function vectorNorm(vec: number[], max: number, foundNan: boolean): number {
  if (max === Infinity) return max;
  if (foundNan) return NaN;
  if (max === 0 || vec.length <= 1) return max;
  const maxE = frexp(max)[1];
  if (maxE < -1023) {
    const dblMin = 2 ** -1022;
    return dblMin * vectorNorm(vec.map((v) => v / dblMin), max / dblMin, foundNan);
  }
  const scale = ldexp(1, -maxE);
  let csum = 1, frac1 = 0, frac2 = 0;
  const add = (hi: number, lo: number) => {
    const s = csum + hi;
    frac2 += (csum - s) + hi;
    csum = s;
    frac1 += lo;
  };
  for (const v of vec) {
    const x = v * scale;
    const [hi, lo] = twoProduct(x, x);
    add(hi, lo);
  }
  let h = Math.sqrt(csum - 1 + (frac1 + frac2));
  const [phi, plo] = twoProduct(-h, h);
  add(phi, plo);
  const x = csum - 1 + (frac1 + frac2);
  h += x / (2 * h);
  return h / scale;
}

const hypot: NativeFn = (args, kwnames) => {
  checkArgs('hypot', args, kwnames, 0, Infinity);
  let max = 0, foundNan = false;
  const vec = args.map((a) => {
    const x = Math.abs(argDouble(a));
    foundNan ||= Number.isNaN(x);
    if (x > max) max = x;
    return x;
  });
  return newFloat(vectorNorm(vec, max, foundNan));
};

/** A point of dist(): a tuple's items, or any iterable's (PySequence_Tuple). New references. */
function pointItems(v: Value): Value[] {
  if (typeof v === 'object' && v.type === TupleType) {
    const items = (v.data as Value[]).slice();
    for (const item of items) newRef(item);
    return items;
  }
  return iterateToArray(v);
}

/** math.dist(p, q): the Euclidean distance, vector_norm of |p[i] - q[i]| as math_dist_impl. */
const dist: NativeFn = (args, kwnames) => {
  checkArgs('dist', args, kwnames, 2, 2);
  const p = pointItems(args[0]!);
  let q: Value[] = [];
  try {
    q = pointItems(args[1]!);
    if (p.length !== q.length) raise(ValueError, 'both points must have the same number of dimensions');
    let max = 0, foundNan = false;
    const diffs = p.map((pi, i) => {
      const px = argDouble(pi);
      const x = Math.abs(px - argDouble(q[i]!));
      foundNan ||= Number.isNaN(x);
      if (x > max) max = x;
      return x;
    });
    return newFloat(vectorNorm(diffs, max, foundNan));
  } finally {
    for (const item of p) decref(item);
    for (const item of q) decref(item);
  }
};

const prod: NativeFn = (args, kwnames) => {
  const [iterable, start] = parseArgs('prod', args, kwnames, ['iterable'], 1, ['start']);
  let acc: Value = start === undefined ? 1 : newRef(start);
  const it = getIter(iterable!);
  try {
    for (;;) {
      const v = iterNext(it);
      if (v === undefined) break;
      try {
        const next = binaryOp(NB_MULTIPLY, acc, v);
        decref(acc);
        acc = next;
      } finally {
        decref(v);
      }
    }
  } catch (e) {
    decref(acc);
    throw e;
  } finally {
    decref(it);
  }
  return acc;
};

const isclose: NativeFn = (args, kwnames) => {
  const [av, bv, relv, absv] = parseArgs('isclose', args, kwnames, ['a', 'b'], 2, ['rel_tol', 'abs_tol']);
  const a = argDouble(av!), b = argDouble(bv!);
  const rel = relv === undefined ? 1e-9 : argDouble(relv);
  const abs = absv === undefined ? 0 : argDouble(absv);
  if (rel < 0 || abs < 0) raise(ValueError, 'tolerances must be non-negative');
  if (a === b) return True;
  if (!Number.isFinite(a) && !Number.isNaN(a)) return False;
  if (!Number.isFinite(b) && !Number.isNaN(b)) return False;
  const diff = Math.abs(b - a);
  return bool(diff <= Math.abs(rel * b) || diff <= Math.abs(rel * a) || diff <= abs);
};

function predicate(name: string, f: (x: number) => boolean): NativeFn {
  return (args, kwnames) => {
    checkArgs(name, args, kwnames, 1, 1);
    return bool(f(argDouble(args[0]!)));
  };
}

function floatFn(name: string, f: (x: number) => number): NativeFn {
  return (args, kwnames) => {
    checkArgs(name, args, kwnames, 1, 1);
    return newFloat(f(argDouble(args[0]!)));
  };
}

const powFn: NativeFn = (args, kwnames) => {
  checkArgs('pow', args, kwnames, 2, 2);
  return newFloat(mathPow(argDouble(args[0]!), argDouble(args[1]!)));
};

// ---------------------------------------------------------------- the module

const unary: [string, (x: number) => number, boolean][] = [
  ['sqrt', Math.sqrt, false], ['exp', crExp, true], ['exp2', (x) => 2 ** x, true],
  ['expm1', Math.expm1, true], ['log1p', Math.log1p, false], ['cbrt', Math.cbrt, false],
  ['sin', crSin, false], ['cos', crCos, false], ['tan', Math.tan, false],
  ['asin', Math.asin, false], ['acos', Math.acos, false], ['atan', Math.atan, false],
  ['sinh', Math.sinh, true], ['cosh', Math.cosh, true], ['tanh', Math.tanh, false],
  ['asinh', Math.asinh, false], ['acosh', Math.acosh, false], ['atanh', Math.atanh, false],
  ['fabs', Math.abs, false],
];

const functions: Record<string, NativeFn> = {
  log, log2: logN('log2', crLog2), log10: logN('log10', Math.log10), pow: powFn,
  atan2: math2('atan2', Math.atan2), copysign: math2('copysign', copysign), fmod, modf,
  ldexp: ldexpFn, frexp: frexpFn, hypot, dist, fsum: fsumFn, prod, isclose,
  floor: rounding('floor', '__floor__', Math.floor), ceil: rounding('ceil', '__ceil__', Math.ceil),
  trunc: rounding('trunc', '__trunc__', Math.trunc),
  factorial, gcd, lcm, comb, perm, isqrt,
  isfinite: predicate('isfinite', Number.isFinite), isnan: predicate('isnan', Number.isNaN),
  isinf: predicate('isinf', (x) => x === Infinity || x === -Infinity),
  degrees: floatFn('degrees', (x) => x * (180 / Math.PI)),
  radians: floatFn('radians', (x) => x * (Math.PI / 180)),
};
for (const [name, f, canOverflow] of unary) {
  names.set(f, name);
  functions[name] = math1(f, canOverflow);
}

let builtins: [string, Value][] | null = null;

defineNativeModule('math', (dict) => {
  builtins ??= Object.entries(functions).map(([name, fn]) => [name, makeBuiltin(name, fn, name, 'math')]);
  for (const [name, f] of builtins) setAttrSteal(dict, name, f);
  setAttrSteal(dict, 'pi', newFloat(Math.PI));
  setAttrSteal(dict, 'e', newFloat(Math.E));
  setAttrSteal(dict, 'tau', newFloat(2 * Math.PI));
  setAttrSteal(dict, 'inf', newFloat(Infinity));
  setAttrSteal(dict, 'nan', newFloat(NaN));
});
