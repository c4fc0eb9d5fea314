// printf-style string formatting: 'fmt' % args (Objects/unicodeobject.c, PyUnicode_Format).

import type { Value } from '@pyarena/memory';
import { BytesType, DictType, FloatType, IntType, StrType, TupleType, BoolType } from '../objects/types';
import { typeName } from '../objects/typeobject';
import { raise, TypeError, typeError, valueError, KeyError, newException, PyErr, OverflowError } from '../errors';
import { dictGet } from '../objects/dict';
import { newObjectOfType, newStr } from '../objects/constructors';
import { decref } from '../refs';
import { formatFloat, parseSpec } from './format';
import { repr, str } from './repr';
import { toBigInt, toDouble } from './numbers';
import { bytesLike } from '../objects/bytearray';
import { asciiRepr } from './eval-helpers';
import { bigintToDecimal } from './int-digits';

const CONVERSION = /%(?:\(([^)]*)\))?([-+ #0]*)(\*|\d+)?(?:\.(\*|\d+))?([diouxXeEfFgGcrsa%])/g;

function isNumber(v: Value): boolean {
  return typeof v === 'number' || v.type === IntType || v.type === FloatType || v.type === BoolType;
}

/**
 * fmt % args. With `bytesMode` (bytes and bytearray formatting, PEP 461) fmt and the result are
 * latin-1 strings of bytes: %s and %b take bytes-like objects, %r and %a give ascii(), %c a byte.
 */
export function percentFormat(fmt: string, args: Value, bytesMode = false): string {
  const isTuple = typeof args !== 'number' && args.type === TupleType;
  const items: Value[] = isTuple ? (args.data as Value[]) : [args];
  const mapping = typeof args !== 'number' && args.type === DictType ? args : null;
  let next = 0;
  const take = (): Value => {
    if (next >= items.length) typeError('not enough arguments for format string');
    return items[next++]!;
  };
  let used = false;
  let out = '';
  let last = 0;
  // A fresh regex per call: __repr__ methods may themselves use % while we format.
  const conversion = new RegExp(bytesMode ? CONVERSION.source.replace('crsa%', 'crsab%') : CONVERSION.source, 'g');
  for (let m = conversion.exec(fmt); m !== null; m = conversion.exec(fmt)) {
    out += fmt.slice(last, m.index);
    last = conversion.lastIndex;
    const [, key, flags = '', widthText, precText, conv] = m as unknown as [string, string | undefined, string, string | undefined, string | undefined, string];
    if (conv === '%') {
      out += '%';
      continue;
    }
    let v: Value;
    const starWidth = widthText === '*' ? (take() as number) : null;
    const starPrecision = precText === '*' ? (take() as number) : null;
    if (key !== undefined) {
      if (mapping === null) typeError('format requires a mapping');
      const k = bytesMode ? newObjectOfType(BytesType, Uint8Array.from(key, (c) => c.charCodeAt(0)), 33 + key.length) : newStr(key);
      const found = dictGet(mapping, k);
      if (found === undefined) throw new PyErr(newException(KeyError, [k]));
      decref(k);
      v = found;
      used = true;
    } else {
      v = take();
    }
    let leftAlign = flags.includes('-');
    let width = starWidth ?? (widthText === undefined ? 0 : Number(widthText));
    if (width < 0) {
      leftAlign = true;
      width = -width;
    }
    const precision = starPrecision ?? (precText === undefined ? -1 : Number(precText));
    let body: string;
    switch (bytesMode && (conv === 's' || conv === 'r' || conv === 'a' || conv === 'b' || conv === 'c') ? 'bytes' : conv) {
      case 'bytes': body = bytesConversion(conv, v, precision); break;
      case 's': body = str(v); if (precision >= 0) body = body.slice(0, precision); break;
      case 'r': case 'a': body = repr(v); if (precision >= 0) body = body.slice(0, precision); break;
      case 'c':
        body = typeof v !== 'number' && v.type === StrType ? (v.data as string) : String.fromCodePoint(Number(toBigInt(v)));
        break;
      case 'd': case 'i': case 'u': {
        if (!isNumber(v)) typeError(`%${conv} format: a real number is required, not ${typeName(v)}`);
        const n = typeof v !== 'number' && v.type === FloatType ? BigInt(Math.trunc(v.data as number)) : toBigInt(v);
        body = sign(n < 0n, flags) + bigintToDecimal(n < 0n ? -n : n);
        if (precision >= 0) body = body.replace(/\d+/, (d) => d.padStart(precision, '0'));
        break;
      }
      case 'o': case 'x': case 'X': {
        if (typeof v !== 'number' && v.type !== IntType && v.type !== BoolType) {
          typeError(`%${conv} format: an integer is required, not ${typeName(v)}`);
        }
        const n = toBigInt(v);
        const mag = n < 0n ? -n : n;
        let digits = conv === 'o' ? mag.toString(8) : mag.toString(16);
        if (conv === 'X') digits = digits.toUpperCase();
        const alt = flags.includes('#') ? (conv === 'o' ? '0o' : conv === 'x' ? '0x' : '0X') : '';
        body = sign(n < 0n, flags) + alt + digits;
        break;
      }
      default: {
        if (!isNumber(v)) typeError(`must be real number, not ${typeName(v)}`);
        const spec = parseSpec(`${flags.includes('+') ? '+' : flags.includes(' ') ? ' ' : ''}${flags.includes('#') ? '#' : ''}.${precision < 0 ? 6 : precision}${conv}`, v);
        body = formatFloat(toDouble(v), spec);
      }
    }
    if (body.length < width) {
      if (leftAlign) body = body.padEnd(width);
      else if (flags.includes('0') && conv !== 's' && conv !== 'r' && conv !== 'c') {
        const signChar = /^[-+ ]/.test(body) ? body[0]! : '';
        body = signChar + body.slice(signChar.length).padStart(width - signChar.length, '0');
      } else body = body.padStart(width);
    }
    out += body;
  }
  out += fmt.slice(last);
  if (mapping === null && next < items.length && !(items.length === 1 && !isTuple && next === 0 && !used)) {
    typeError('not all arguments converted during string formatting');
  }
  if (mapping === null && !isTuple && next === 0 && items.length === 1) {
    typeError('not all arguments converted during string formatting');
  }
  return out;
}

/** %s/%b, %r/%a and %c of bytes formatting, as a latin-1 string of the bytes produced. */
function bytesConversion(conv: string, v: Value, precision: number): string {
  let body: string;
  if (conv === 'c') {
    const one = bytesLike(v);
    if (one !== null && one.length === 1) return String.fromCharCode(one[0]!);
    if (typeof v === 'number' || (typeof v === 'object' && (v.type === IntType || v.type === BoolType))) {
      const n = Number(toBigInt(v));
      if (n < 0 || n > 255) raise(OverflowError, '%c arg not in range(256)');
      return String.fromCharCode(n);
    }
    typeError('%c requires an integer in range(256) or a single byte');
  }
  if (conv === 'r' || conv === 'a') body = asciiRepr(v);
  else {
    const raw = bytesLike(v);
    if (raw === null) {
      typeError(`%b requires a bytes-like object, or an object that implements __bytes__, not '${typeName(v)}'`);
    }
    body = latin1(raw);
  }
  return precision >= 0 ? body.slice(0, precision) : body;
}

/** Bytes as a string of the chars 0-255 (in chunks: no argument-count limit). */
export function latin1(b: Uint8Array): string {
  let out = '';
  for (let i = 0; i < b.length; i += 8192) out += String.fromCharCode(...b.subarray(i, i + 8192));
  return out;
}

function sign(negative: boolean, flags: string): string {
  if (negative) return '-';
  return flags.includes('+') ? '+' : flags.includes(' ') ? ' ' : '';
}

export { raise, TypeError, valueError };
