// Arithmetic on int, bool and float (CPython's Objects/longobject.c and floatobject.c).
// Ints in the JS safe range are immediates; results that leave it are promoted to BigInt-backed
// heap ints, and BigInt results that fit go back to immediates (intFromBigInt), so the
// representation of an int value is always canonical.

import type { PyObject, Value } from '@pyarena/memory';
import {
  NB_ADD, NB_AND, NB_FLOOR_DIVIDE, NB_LSHIFT, NB_MULTIPLY, NB_OR, NB_POWER, NB_REMAINDER, NB_RSHIFT,
  NB_SUBTRACT, NB_TRUE_DIVIDE, NB_XOR,
} from '@pyarena/compiler';
import { False, intFromBigInt, newFloat, NotImplemented, True } from '../objects/constructors';
import { BoolType, ComplexType, FloatType, IntType } from '../objects/types';
import { OverflowError, raise, ValueError, ZeroDivisionError } from '../errors';
import { complexNegate, newComplex, realPowerToComplex, type Complex } from './complex';

/** Is v an int (immediate, heap int or bool)? */
export function isIntLike(v: Value): boolean {
  return typeof v === 'number' || v.type === IntType || v.type === BoolType;
}

/** The value of an int-like as a bigint. */
export function toBigInt(v: Value): bigint {
  if (typeof v === 'number') return BigInt(v);
  if (v.type === BoolType) return v === True ? 1n : 0n;
  return v.data as bigint;
}

/** The value of an int-like as a JS number when it is small enough, else null. */
export function smallIntValue(v: Value): number | null {
  if (typeof v === 'number') return v;
  if (v.type === BoolType) return v === True ? 1 : 0;
  return null;
}

/** Converts an int-like or float to a JS double; OverflowError for huge ints (PyFloat_AsDouble). */
export function toDouble(v: Value): number {
  if (typeof v === 'number') return v;
  if (v.type === FloatType) return v.data as number;
  if (v.type === BoolType) return v === True ? 1 : 0;
  const x = Number(v.data as bigint);
  if (!Number.isFinite(x)) raise(OverflowError, 'int too large to convert to float');
  return x;
}

function isNumeric(v: Value): boolean {
  return typeof v === 'number' || v.type === FloatType || v.type === IntType || v.type === BoolType;
}

// ---------------------------------------------------------------- ints

function intBinary(op: number, a: Value, b: Value): Value {
  const x = smallIntValue(a);
  const y = smallIntValue(b);
  if (x !== null && y !== null) {
    const r = smallIntBinary(op, x, y);
    if (r !== null) return r;
  }
  return bigIntBinary(op, toBigInt(a), toBigInt(b));
}

/** Fast path on two immediates; null when the result needs BigInt precision. */
function smallIntBinary(op: number, x: number, y: number): Value | null {
  let r: number;
  switch (op) {
    case NB_ADD: r = x + y; break;
    case NB_SUBTRACT: r = x - y; break;
    case NB_MULTIPLY: r = x * y; break;
    case NB_FLOOR_DIVIDE:
      if (y === 0) raise(ZeroDivisionError, 'integer division or modulo by zero');
      if (Math.abs(x) > 2 ** 52 || Math.abs(y) > 2 ** 52) return null;
      {
        // Exact: the remainder is exact in doubles, and x - m is an exact multiple of y.
        let m = x % y;
        if (m !== 0 && m < 0 !== y < 0) m += y;
        r = (x - m) / y;
      }
      break;
    case NB_REMAINDER: {
      if (y === 0) raise(ZeroDivisionError, 'integer modulo by zero');
      r = x % y;
      if (r !== 0 && r < 0 !== y < 0) r += y;
      return r + 0; // + 0 turns -0 into 0
    }
    case NB_TRUE_DIVIDE:
      if (y === 0) raise(ZeroDivisionError, 'division by zero');
      if (Math.abs(x) <= 2 ** 53 && Math.abs(y) <= 2 ** 53) return newFloat(x / y);
      return null;
    case NB_POWER: {
      if (y < 0) {
        if (x === 0) raise(ZeroDivisionError, '0.0 cannot be raised to a negative power');
        return newFloat(Math.pow(x, y));
      }
      return null;
    }
    case NB_AND: case NB_OR: case NB_XOR:
      if (x >= -0x80000000 && x <= 0x7fffffff && y >= -0x80000000 && y <= 0x7fffffff) {
        return op === NB_AND ? x & y : op === NB_OR ? x | y : x ^ y;
      }
      return null;
    case NB_LSHIFT:
      if (y < 0) raise(ValueError, 'negative shift count');
      if (y < 32) {
        r = x * 2 ** y;
        break;
      }
      return null;
    case NB_RSHIFT:
      if (y < 0) raise(ValueError, 'negative shift count');
      return y >= 64 ? (x < 0 ? -1 : 0) : Math.floor(x / 2 ** y);
    default:
      return null;
  }
  return Number.isSafeInteger(r) ? r + 0 : null;
}

function bigIntBinary(op: number, x: bigint, y: bigint): Value {
  switch (op) {
    case NB_ADD: return intFromBigInt(x + y);
    case NB_SUBTRACT: return intFromBigInt(x - y);
    case NB_MULTIPLY: return intFromBigInt(x * y);
    case NB_FLOOR_DIVIDE: {
      if (y === 0n) raise(ZeroDivisionError, 'integer division or modulo by zero');
      let q = x / y;
      if ((x % y !== 0n) && ((x < 0n) !== (y < 0n))) q -= 1n;
      return intFromBigInt(q);
    }
    case NB_REMAINDER: {
      if (y === 0n) raise(ZeroDivisionError, 'integer modulo by zero');
      let r = x % y;
      if (r !== 0n && (r < 0n) !== (y < 0n)) r += y;
      return intFromBigInt(r);
    }
    case NB_TRUE_DIVIDE: {
      if (y === 0n) raise(ZeroDivisionError, 'division by zero');
      return newFloat(bigTrueDivide(x, y));
    }
    case NB_POWER: {
      if (y < 0n) {
        if (x === 0n) raise(ZeroDivisionError, '0.0 cannot be raised to a negative power');
        return newFloat(Math.pow(Number(x), Number(y)));
      }
      return intFromBigInt(x ** y);
    }
    case NB_AND: return intFromBigInt(x & y);
    case NB_OR: return intFromBigInt(x | y);
    case NB_XOR: return intFromBigInt(x ^ y);
    case NB_LSHIFT:
      if (y < 0n) raise(ValueError, 'negative shift count');
      if (x === 0n) return 0;
      // More 30-bit digits than an int can have (_PyLong_New's MAX_LONG_DIGITS): OverflowError. A
      // smaller shift too big for V8's BigInt is a RangeError that toPyErr makes a MemoryError,
      // as CPython's failed allocation is.
      if (y / 30n + 1n > (2n ** 63n - 1n - 24n) / 4n) raise(OverflowError, 'too many digits in integer');
      return intFromBigInt(x << y);
    case NB_RSHIFT:
      if (y < 0n) raise(ValueError, 'negative shift count');
      return intFromBigInt(x >> y);
  }
  return NotImplemented;
}

/** int / int, correctly rounded for operands beyond 2**53 in the common cases. */
function bigTrueDivide(x: bigint, y: bigint): number {
  const q = Number(x) / Number(y);
  if (Number.isFinite(q) && Math.abs(Number(x)) < 2 ** 1000) return q;
  // Scale down both operands to keep the quotient's magnitude without overflowing doubles.
  const shift = BigInt(Math.max(0, x.toString(2).length - 1000));
  const r = Number(x >> shift) / Number(y >> shift || 1n);
  if (!Number.isFinite(r)) raise(OverflowError, 'integer division result too large for a float');
  return r;
}

// ---------------------------------------------------------------- floats

function floatBinary(op: number, x: number, y: number): Value {
  switch (op) {
    case NB_ADD: return newFloat(x + y);
    case NB_SUBTRACT: return newFloat(x - y);
    case NB_MULTIPLY: return newFloat(x * y);
    case NB_TRUE_DIVIDE:
      if (y === 0) raise(ZeroDivisionError, 'float division by zero');
      return newFloat(x / y);
    case NB_FLOOR_DIVIDE: {
      if (y === 0) raise(ZeroDivisionError, 'float floor division by zero');
      return newFloat(floatDivmod(x, y)[0]);
    }
    case NB_REMAINDER: {
      if (y === 0) raise(ZeroDivisionError, 'float modulo');
      return newFloat(floatDivmod(x, y)[1]);
    }
    case NB_POWER:
      // A negative base to a fractional power leaves the reals (float_pow hands it to complex).
      if (x < 0 && !Number.isInteger(y) && Number.isFinite(y)) return realPowerToComplex(x, y);
      return newFloat(floatPow(x, y));
  }
  return NotImplemented;
}

/** CPython's float_divmod: floor quotient and a remainder with the divisor's sign. */
export function floatDivmod(x: number, y: number): [number, number] {
  let mod = x % y;
  let div = (x - mod) / y;
  // C's `if (mod)` and `if (div)` are true for a NaN, which JS' truthiness is not.
  if (mod !== 0) {
    if (y < 0 !== mod < 0) {
      mod += y;
      div -= 1;
    }
  } else {
    mod = y < 0 ? -0 : 0;
  }
  let floordiv: number;
  if (div !== 0) {
    floordiv = Math.floor(div);
    if (div - floordiv > 0.5) floordiv += 1;
  } else {
    // copysign(0.0, x / y): the quotient may be -0.0 (0.0 // -1.0), which `< 0` misses.
    const q = x / y;
    floordiv = q < 0 || Object.is(q, -0) ? -0 : 0;
  }
  return [floordiv, mod];
}

function floatPow(x: number, y: number): number {
  if (x === 0 && y < 0) raise(ZeroDivisionError, '0.0 cannot be raised to a negative power');
  const r = Math.pow(x, y);
  if (!Number.isFinite(r) && Number.isFinite(x) && Number.isFinite(y)) {
    raise(OverflowError, "(34, 'Numerical result out of range')");
  }
  return r;
}

/**
 * Numeric BINARY_OP for int/bool/float operands (inplace forms already mapped to the plain op).
 * Returns a new reference, or NotImplemented when an operand is not a number.
 */
export function numberBinary(op: number, a: Value, b: Value): Value {
  if (!isNumeric(a) || !isNumeric(b)) return NotImplemented;
  const aFloat = typeof a !== 'number' && a.type === FloatType;
  const bFloat = typeof b !== 'number' && b.type === FloatType;
  if (aFloat || bFloat) {
    if (op === NB_AND || op === NB_OR || op === NB_XOR || op === NB_LSHIFT || op === NB_RSHIFT) {
      return NotImplemented;
    }
    return floatBinary(op, toDouble(a), toDouble(b));
  }
  if (typeof a !== 'number' && typeof b !== 'number' && a.type === BoolType && b.type === BoolType &&
    (op === NB_AND || op === NB_OR || op === NB_XOR)) {
    // bool's own __and__/__or__/__xor__ keep the result a bool.
    const x = a === True, y = b === True;
    return (op === NB_AND ? x && y : op === NB_OR ? x || y : x !== y) ? True : False;
  }
  return intBinary(op, a, b);
}

export function negate(v: Value): Value | null {
  if (typeof v === 'number') return v === 0 ? 0 : -v;
  if (v.type === FloatType) return newFloat(-(v.data as number));
  if (v.type === IntType || v.type === BoolType) return intFromBigInt(-toBigInt(v));
  if (v.type === ComplexType) return complexNegate(v.data as Complex);
  return null;
}

export function invert(v: Value): Value | null {
  if (typeof v === 'number' && v >= -0x80000000 && v <= 0x7fffffff) return ~v;
  if (typeof v === 'number' || v.type === IntType || v.type === BoolType) return intFromBigInt(-toBigInt(v) - 1n);
  return null;
}

export function positive(v: Value): Value | null {
  if (typeof v === 'number') return v;
  if (v.type === FloatType) return newFloat(v.data as number);
  if (v.type === IntType || v.type === BoolType) return intFromBigInt(toBigInt(v));
  if (v.type === ComplexType) return newComplex((v.data as Complex).re, (v.data as Complex).im);
  return null;
}

/** Compares two numbers: negative, zero or positive; NaN gives NaN. */
export function compareNumbers(a: Value, b: Value): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  const aFloat = typeof a !== 'number' && a.type === FloatType;
  const bFloat = typeof b !== 'number' && b.type === FloatType;
  if (!aFloat && !bFloat) {
    const x = toBigInt(a), y = toBigInt(b);
    return x < y ? -1 : x > y ? 1 : 0;
  }
  // float vs int: compare exactly, even for ints beyond 2**53 (CPython's float_richcompare).
  const x = aFloat ? (a as PyObject).data as number : null;
  const y = bFloat ? (b as PyObject).data as number : null;
  if (x !== null && y !== null) return x < y ? -1 : x > y ? 1 : x === y ? 0 : NaN;
  const f = (x ?? y)!;
  const i = x === null ? a : b;
  const sign = x === null ? -1 : 1; // result is (float - int) * sign-adjust
  if (Number.isNaN(f)) return NaN;
  if (!Number.isFinite(f)) return f > 0 ? sign : -sign;
  const iv = toBigInt(i);
  const fi = Math.floor(f);
  const fb = BigInt(fi);
  let c: number;
  if (fb < iv) c = -1;
  else if (fb > iv) c = 1;
  else c = f > fi ? 1 : 0;
  return c * sign;
}

export function isFloat(v: Value): v is PyObject {
  return typeof v !== 'number' && v.type === FloatType;
}

export { False };
