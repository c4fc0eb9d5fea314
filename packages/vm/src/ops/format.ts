// format(value, spec): the format specification mini-language for int, float and str
// (Python/formatter_unicode.c). [[fill]align][sign][z][#][0][width][grouping][.precision][type]

import type { Value } from '@pyarena/memory';
import { ComplexType, FloatType, IntType, StrType, BoolType } from '../objects/types';
import type { Complex } from './complex';
import { typeName } from '../objects/typeobject';
import { valueError } from '../errors';
import { floatRepr, str } from './repr';
import { toBigInt } from './numbers';
import { toFixedExact, toSignificantExact } from './float-digits';
import { bigintToDecimal } from './int-digits';

interface Spec {
  fill: string;
  align: string;
  sign: string;
  alt: boolean;
  zero: boolean;
  width: number;
  grouping: string;
  precision: number;
  type: string;
}

const SPEC_RE = /^(?:(.)?([<>=^]))?([-+ ])?(z)?(#)?(0)?(\d+)?([_,])?(?:\.(\d+))?([a-zA-Z%])?$/su;

export function parseSpec(spec: string, value: Value): Spec {
  const m = SPEC_RE.exec(spec);
  if (m === null) valueError('Invalid format specifier');
  return {
    fill: m[1] ?? (m[6] && !m[2] ? '0' : ' '),
    align: m[2] ?? (m[6] ? '=' : ''),
    sign: m[3] ?? '-',
    alt: m[5] !== undefined,
    zero: m[6] !== undefined,
    width: m[7] ? Number(m[7]) : 0,
    grouping: m[8] ?? '',
    precision: m[9] !== undefined ? Number(m[9]) : -1,
    type: m[10] ?? '',
  };
  void value;
}

function pad(body: string, prefix: string, s: Spec, defaultAlign: string): string {
  const len = [...body].length + prefix.length;
  if (s.width <= len) return prefix + body;
  const fillCount = s.width - len;
  const align = s.align || defaultAlign;
  const fill = s.fill;
  switch (align) {
    case '<': return prefix + body + fill.repeat(fillCount);
    case '>': return fill.repeat(fillCount) + prefix + body;
    case '^': {
      const left = Math.floor(fillCount / 2);
      return fill.repeat(left) + prefix + body + fill.repeat(fillCount - left);
    }
    default: return prefix + fill.repeat(fillCount) + body; // '=' pads after the sign
  }
}

function group(digits: string, sep: string, every = 3): string {
  if (!sep) return digits;
  const dot = digits.indexOf('.');
  const intPart = dot < 0 ? digits : digits.slice(0, dot);
  const rest = dot < 0 ? '' : digits.slice(dot);
  let out = '';
  for (let i = 0; i < intPart.length; i++) {
    if (i > 0 && (intPart.length - i) % every === 0) out += sep;
    out += intPart[i];
  }
  return out + rest;
}

function signPrefix(negative: boolean, s: Spec): string {
  if (negative) return '-';
  return s.sign === '+' ? '+' : s.sign === ' ' ? ' ' : '';
}

function formatInt(v: bigint, s: Spec): string {
  const neg = v < 0n;
  const mag = neg ? -v : v;
  let body: string;
  let prefix = signPrefix(neg, s);
  switch (s.type) {
    case 'b': body = mag.toString(2); if (s.alt) prefix += '0b'; break;
    case 'o': body = mag.toString(8); if (s.alt) prefix += '0o'; break;
    case 'x': body = mag.toString(16); if (s.alt) prefix += '0x'; break;
    case 'X': body = mag.toString(16).toUpperCase(); if (s.alt) prefix += '0X'; break;
    case 'c': return pad(String.fromCodePoint(Number(v)), '', s, '<');
    case '': case 'd': case 'n': body = group(bigintToDecimal(mag), s.grouping); break;
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%':
      return formatFloat(Number(v), s);
    default:
      valueError(`Unknown format code '${s.type}' for object of type 'int'`);
  }
  if (s.grouping && s.type !== '' && s.type !== 'd') body = group(body, s.grouping, 4);
  if (s.zero && s.align === '=' && s.grouping && s.fill === '0') {
    // Zero padding with grouping inserts separators into the padding too.
    const width = s.width - prefix.length;
    while (body.length < width) body = group(('0' + body.replace(/[,_]/g, '')), s.grouping);
  }
  return pad(body, prefix, s, '>');
}

/** Python's %-style float formatting of one number (no sign handling). */
function fixed(x: number, precision: number): string {
  return toFixedExact(x, precision);
}

function exponent(x: number, precision: number, upper: boolean): string {
  let mantissa: string;
  let exp: number;
  if (x === 0) {
    mantissa = '0'.repeat(precision + 1);
    exp = 0;
  } else [mantissa, exp] = toSignificantExact(x, precision + 1);
  const m = precision > 0 ? mantissa[0] + '.' + mantissa.slice(1) : mantissa;
  const out = m + 'e' + (exp < 0 ? '-' : '+') + String(Math.abs(exp)).padStart(2, '0');
  return upper ? out.toUpperCase() : out;
}

function general(x: number, precision: number, alt: boolean, upper: boolean): string {
  const p = precision === 0 ? 1 : precision;
  if (x === 0) return alt ? '0.' + '0'.repeat(p - 1) : '0';
  const exp = toSignificantExact(x, p)[1];
  let out: string;
  if (exp >= -4 && exp < p) out = toFixedExact(x, Math.max(0, p - 1 - exp));
  else out = exponent(x, p - 1, upper);
  if (!alt) {
    // Strip trailing zeros and a trailing point from the mantissa.
    out = out.replace(/(\.\d*?)0+(?=$|e|E)/, '$1').replace(/\.(?=$|e|E)/, '');
  }
  return out;
}

export function formatFloat(x: number, s: Spec): string {
  const neg = x < 0 || Object.is(x, -0);
  const mag = Math.abs(x);
  let body: string;
  const upper = s.type === 'E' || s.type === 'F' || s.type === 'G';
  if (!Number.isFinite(mag)) {
    body = Number.isNaN(mag) ? 'nan' : 'inf';
    if (upper) body = body.toUpperCase();
    return pad(body, signPrefix(neg && !Number.isNaN(x), s), { ...s, fill: s.zero && s.fill === '0' ? ' ' : s.fill }, '>');
  }
  switch (s.type) {
    case 'f': case 'F': body = fixed(mag, s.precision < 0 ? 6 : s.precision); break;
    case 'e': case 'E': body = exponent(mag, s.precision < 0 ? 6 : s.precision, upper); break;
    case 'g': case 'G': body = general(mag, s.precision < 0 ? 6 : s.precision, s.alt, upper); break;
    case '%': body = fixed(mag * 100, s.precision < 0 ? 6 : s.precision) + '%'; break;
    case 'n': body = general(mag, s.precision < 0 ? 6 : s.precision, s.alt, false); break;
    case '':
      if (s.precision < 0) body = floatRepr(mag);
      else {
        body = general(mag, s.precision, s.alt, false);
        if (!/[.e]/.test(body) && !/inf|nan/.test(body)) body += s.alt ? '.' : '';
        // Python's 'none' presentation keeps at least one digit past the point like repr.
        if (/^\d+$/.test(body)) body += '.0';
      }
      break;
    default:
      valueError(`Unknown format code '${s.type}' for object of type 'float'`);
  }
  if (s.alt && (s.type === 'f' || s.type === 'F') && !body.includes('.')) body += '.';
  body = group(body, s.grouping);
  return pad(body, signPrefix(neg, s), s, '>');
}

/** format_complex_internal: both parts in the float presentation, the imaginary one always signed. */
function formatComplex(c: Complex, s: Spec): string {
  if (s.zero) valueError('Zero padding is not allowed in complex format specifier');
  if (s.align === '=') valueError("'=' alignment flag is not allowed in complex format specifier");
  if (!['', 'e', 'E', 'f', 'F', 'g', 'G', 'n'].includes(s.type)) {
    valueError(`Unknown format code '${s.type}' for object of type 'complex'`);
  }
  // No type: like str(z), parenthesised unless the real part is +0.0 (then left out).
  const bare = s.type === '';
  const skipReal = bare && c.re === 0 && !Object.is(c.re, -0);
  const type = bare ? (s.precision < 0 ? 'r' : 'g') : s.type === 'n' ? 'g' : s.type;
  const part = (x: number, sign: string): string => {
    if (type !== 'r') return formatFloat(x, { ...s, type, sign, width: 0, align: '', fill: ' ' });
    let t = floatRepr(x);
    if (t.endsWith('.0') && !t.includes('e')) t = t.slice(0, -2);
    return (sign === '+' || sign === ' ') && !t.startsWith('-') ? sign + t : t;
  };
  const body = (skipReal ? '' : part(c.re, s.sign)) + part(c.im, skipReal ? s.sign : '+') + 'j';
  return pad(bare && !skipReal ? `(${body})` : body, '', s, '>');
}

/** format(value, spec) for builtin types; str() of others when spec is empty. */
export function formatBuiltin(v: Value, spec: string): string | null {
  if (typeof v === 'number' || (typeof v === 'object' && (v.type === IntType || v.type === BoolType))) {
    if (spec === '') return str(v);
    return formatInt(toBigInt(v), parseSpec(spec, v));
  }
  if (v.type === FloatType) {
    if (spec === '') return str(v);
    return formatFloat(v.data as number, parseSpec(spec, v));
  }
  if (v.type === ComplexType) {
    if (spec === '') return str(v);
    return formatComplex(v.data as Complex, parseSpec(spec, v));
  }
  if (v.type === StrType) {
    if (spec === '') return v.data as string;
    const s = parseSpec(spec, v);
    if (s.type !== '' && s.type !== 's') valueError(`Unknown format code '${s.type}' for object of type 'str'`);
    if (s.sign !== '-' && spec.match(/[+ ]/)) valueError('Sign not allowed in string format specifier');
    if (s.align === '=') valueError("'=' alignment not allowed in string format specifier");
    let body = v.data as string;
    if (s.precision >= 0) body = [...body].slice(0, s.precision).join('');
    return pad(body, '', s, '<');
  }
  if (spec === '') return null;
  return null;
}

export function unsupportedFormat(v: Value, spec: string): never {
  valueError(`Invalid format specifier '${spec}' for object of type '${typeName(v)}'`);
}
