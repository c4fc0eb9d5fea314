// complex numbers (Objects/complexobject.c): the value, its repr, arithmetic with ints and floats,
// equality and the complex() constructor. The algorithms are CPython's (_Py_c_quot's scaled
// division, c_powi for small integral exponents, _Py_c_pow otherwise), so results agree to the
// last bit wherever V8's libm does with glibc's.

import type { PyObject, Value } from '@pyarena/memory';
import { FREELIST_NONE } from '@pyarena/memory';
import {
  NB_ADD, NB_MULTIPLY, NB_POWER, NB_SUBTRACT, NB_TRUE_DIVIDE,
} from '@pyarena/compiler';
import { heap } from '../state';
import { BoolType, ComplexType, FloatType, IntType, StrType } from '../objects/types';
import { NotImplemented } from '../objects/constructors';
import { OverflowError, ValueError, ZeroDivisionError, raise, typeError } from '../errors';
import { isSubtype, typeName } from '../objects/typeobject';
import { toBigInt, toDouble } from './numbers';
import { floatRepr } from './repr';

export interface Complex { re: number; im: number }

export function newComplex(re: number, im: number): PyObject {
  return heap.alloc(ComplexType, 32, { re, im } satisfies Complex, FREELIST_NONE);
}

/** complex or a subclass (not a type guard: callers' other branches must keep their types). */
export function isComplex(v: Value): boolean {
  return typeof v === 'object' && (v.type === ComplexType || isSubtype(v.type, ComplexType));
}

function isRealNumber(v: Value): boolean {
  return typeof v === 'number' || v.type === IntType || v.type === BoolType || v.type === FloatType ||
    isSubtype(v.type, IntType) || isSubtype(v.type, FloatType);
}

/** An int, float or complex operand as a complex value; null for anything else. */
function asComplex(v: Value): Complex | null {
  if (isComplex(v)) return (v as PyObject).data as Complex;
  if (isRealNumber(v)) return { re: toDouble(v), im: 0 };
  return null;
}

// ---------------------------------------------------------------- repr

/** PyOS_double_to_string(x, 'r', 0, flags): float's repr without the ".0" float adds. */
function partRepr(x: number, sign: boolean): string {
  let s = floatRepr(x);
  if (s.endsWith('.0') && !s.includes('e')) s = s.slice(0, -2);
  return sign && !s.startsWith('-') ? '+' + s : s;
}

/** complex_repr: "1j" when the real part is +0.0, else "(re+imj)". */
export function complexRepr(c: Complex): string {
  if (c.re === 0 && !Object.is(c.re, -0)) return partRepr(c.im, false) + 'j';
  return `(${partRepr(c.re, false)}${partRepr(c.im, true)}j)`;
}

// ---------------------------------------------------------------- arithmetic

function quotient(a: Complex, b: Complex): Complex {
  const q = quotientOrNull(a, b);
  if (q === null) raise(ZeroDivisionError, 'complex division by zero');
  return q;
}

/** _Py_c_quot: null where it sets EDOM (division by zero). */
function quotientOrNull(a: Complex, b: Complex): Complex | null {
  const absRe = Math.abs(b.re), absIm = Math.abs(b.im);
  if (absRe >= absIm) {
    if (absRe === 0) return null;
    const ratio = b.im / b.re;
    const denom = b.re + b.im * ratio;
    return { re: (a.re + a.im * ratio) / denom, im: (a.im - a.re * ratio) / denom };
  }
  if (absIm >= absRe) {
    const ratio = b.re / b.im;
    const denom = b.re * ratio + b.im;
    return { re: (a.re * ratio + a.im) / denom, im: (a.im * ratio - a.re) / denom };
  }
  return { re: NaN, im: NaN }; // a NaN in b
}

function product(a: Complex, b: Complex): Complex {
  return { re: a.re * b.re - a.im * b.im, im: a.re * b.im + a.im * b.re };
}

/** c_powu: x ** n for n >= 1 by repeated squaring. */
function powUnsigned(x: Complex, n: number): Complex {
  let r: Complex = { re: 1, im: 0 };
  let p = x;
  for (let mask = 1; mask > 0 && n >= mask; mask *= 2) {
    if (Math.floor(n / mask) % 2 === 1) r = product(r, p);
    p = product(p, p);
  }
  return r;
}

/** complex_pow: c_powi for integral exponents within ±100, else _Py_c_pow. */
function power(a: Complex, b: Complex): Complex {
  let r: Complex;
  let domainError = false;
  if (b.im === 0 && Number.isInteger(b.re) && Math.abs(b.re) <= 100) {
    const n = b.re;
    const q = n > 0 ? powUnsigned(a, n) : quotientOrNull({ re: 1, im: 0 }, powUnsigned(a, -n));
    domainError = q === null;
    r = q ?? { re: 0, im: 0 };
  } else if (b.re === 0 && b.im === 0) {
    r = { re: 1, im: 0 };
  } else if (a.re === 0 && a.im === 0) {
    domainError = b.im !== 0 || b.re < 0;
    r = { re: 0, im: 0 };
  } else {
    const vabs = Math.hypot(a.re, a.im);
    let len = Math.pow(vabs, b.re);
    const at = Math.atan2(a.im, a.re);
    let phase = at * b.re;
    if (b.im !== 0) {
      len /= Math.exp(at * b.im);
      phase += b.im * Math.log(vabs);
    }
    r = { re: len * Math.cos(phase), im: len * Math.sin(phase) };
  }
  if (domainError) raise(ZeroDivisionError, '0.0 to a negative or complex power');
  if (!Number.isFinite(r.re) && !Number.isNaN(r.re) || !Number.isFinite(r.im) && !Number.isNaN(r.im)) {
    raise(OverflowError, 'complex exponentiation');
  }
  return r;
}

/**
 * BINARY_OP when either operand is complex (or a float ** that leaves the reals): a new complex,
 * or NotImplemented for other operands and for //, %, divmod and the bitwise operators.
 */
export function complexBinary(op: number, a: Value, b: Value): Value {
  const x = asComplex(a), y = asComplex(b);
  if (x === null || y === null) return NotImplemented;
  let r: Complex;
  switch (op) {
    case NB_ADD: r = { re: x.re + y.re, im: x.im + y.im }; break;
    case NB_SUBTRACT: r = { re: x.re - y.re, im: x.im - y.im }; break;
    case NB_MULTIPLY: r = product(x, y); break;
    case NB_TRUE_DIVIDE: r = quotient(x, y); break;
    case NB_POWER: r = power(x, y); break;
    default: return NotImplemented;
  }
  return newComplex(r.re, r.im);
}

/** float_pow's way out of the reals: a negative base to a non-integral power is complex. */
export function realPowerToComplex(x: number, y: number): PyObject {
  const r = power({ re: x, im: 0 }, { re: y, im: 0 });
  return newComplex(r.re, r.im);
}

export function complexNegate(c: Complex): PyObject {
  return newComplex(-c.re, -c.im);
}

/** abs(z): hypot, with CPython's OverflowError when only the result is infinite. */
export function complexAbs(c: Complex): number {
  const r = Math.hypot(c.re, c.im);
  if (!Number.isFinite(r) && Number.isFinite(c.re) && Number.isFinite(c.im)) raise(OverflowError, 'absolute value too large');
  return r;
}

/** complex_richcompare's == (null: not a number, NotImplemented). Exact against ints, past 2**53 too. */
export function complexEquals(a: Value, b: Value): boolean | null {
  const c = ((isComplex(a) ? a : b) as PyObject).data as Complex;
  const other = isComplex(a) ? b : a;
  const d = isComplex(other) ? (other as PyObject).data as Complex : null;
  if (d !== null) return c.re === d.re && c.im === d.im;
  if (!isRealNumber(other)) return null;
  if (c.im !== 0) return false;
  if (typeof other === 'object' && (other.type === FloatType || isSubtype(other.type, FloatType))) return c.re === toDouble(other);
  return Number.isInteger(c.re) && BigInt(c.re) === toBigInt(other);
}

// ---------------------------------------------------------------- complex()

const REAL_TEXT = /^[+-]?(?:(?:\d(?:_?\d)*(?:\.(?:\d(?:_?\d)*)?)?|\.\d(?:_?\d)*)(?:[eE][+-]?\d(?:_?\d)*)?|inf|infinity|nan)$/i;

/** One part of complex()'s text; `unit` allows a bare sign or nothing (the "j" of "-j"). */
function parsePart(t: string, unit: boolean): number | null {
  if (unit && (t === '' || t === '+' || t === '-')) return t === '-' ? -1 : 1;
  if (!REAL_TEXT.test(t)) return null;
  const body = t.replace(/_/g, '').toLowerCase();
  const sign = body.startsWith('-') ? -1 : 1;
  const mag = body.replace(/^[+-]/, '');
  if (mag.startsWith('inf')) return sign * Infinity;
  return mag === 'nan' ? NaN : sign * Number(mag);
}

/** complex_subtype_from_string: "1+2j", "(3j)", " -1.5e3 ", "inf-nanj"... */
function complexFromString(text: string): Complex {
  let s = text.trim();
  if (s.startsWith('(') && s.endsWith(')')) s = s.slice(1, -1).trim();
  let c: Complex | null = null;
  if (/[jJ]$/.test(s)) {
    const body = s.slice(0, -1);
    // The imaginary part starts at the last sign that is not an exponent's.
    let k = -1;
    for (let i = body.length - 1; i > 0; i--) {
      if ((body[i] === '+' || body[i] === '-') && !/[eE]/.test(body[i - 1]!)) { k = i; break; }
    }
    const re = k < 0 ? 0 : parsePart(body.slice(0, k), false);
    const im = parsePart(k < 0 ? body : body.slice(k), true);
    if (re !== null && im !== null) c = { re, im };
  } else {
    const re = parsePart(s, false);
    if (re !== null) c = { re, im: 0 };
  }
  if (c === null) raise(ValueError, 'complex() arg is a malformed string');
  return c;
}

/** complex(real=0, imag=0). */
export function complexNew(real: Value | undefined, imag: Value | undefined): PyObject {
  if (real !== undefined && typeof real === 'object' && real.type === StrType) {
    if (imag !== undefined) typeError("complex() can't take second arg if first is a string");
    const c = complexFromString(real.data as string);
    return newComplex(c.re, c.im);
  }
  if (imag !== undefined && typeof imag === 'object' && imag.type === StrType) typeError("complex() second arg can't be a string");
  const a = real === undefined ? { re: 0, im: 0 } : asComplex(real);
  if (a === null) typeError(`complex() first argument must be a string or a number, not '${typeName(real!)}'`);
  const b = imag === undefined ? { re: 0, im: 0 } : asComplex(imag);
  if (b === null) typeError(`complex() second argument must be a number, not '${typeName(imag!)}'`);
  // real + imag * 1j, adding the parts a complex argument has (so complex(0.0, -0.0) keeps -0.0).
  const re = imag !== undefined && isComplex(imag) ? a.re - b.im : a.re;
  const im = real !== undefined && isComplex(real) ? a.im + b.re : b.re;
  return newComplex(re, im);
}

