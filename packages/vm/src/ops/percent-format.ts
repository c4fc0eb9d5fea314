// printf-style string formatting: 'fmt' % args (Objects/unicodeobject.c, PyUnicode_Format).

import type { Value } from '@pyarena/memory';
import { DictType, FloatType, IntType, StrType, TupleType, BoolType } from '../objects/types';
import { typeName } from '../objects/typeobject';
import { raise, TypeError, typeError, valueError, KeyError, newException, PyErr } from '../errors';
import { dictGet } from '../objects/dict';
import { newStr } from '../objects/constructors';
import { decref } from '../refs';
import { formatFloat, parseSpec } from './format';
import { repr, str } from './repr';
import { toBigInt, toDouble } from './numbers';

const CONVERSION = /%(?:\(([^)]*)\))?([-+ #0]*)(\*|\d+)?(?:\.(\*|\d+))?([diouxXeEfFgGcrsa%])/g;

function isNumber(v: Value): boolean {
  return typeof v === 'number' || v.type === IntType || v.type === FloatType || v.type === BoolType;
}

export function percentFormat(fmt: string, args: Value): string {
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
  const conversion = new RegExp(CONVERSION.source, 'g');
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
      const k = newStr(key);
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
    switch (conv) {
      case 's': body = str(v); if (precision >= 0) body = body.slice(0, precision); break;
      case 'r': case 'a': body = repr(v); if (precision >= 0) body = body.slice(0, precision); break;
      case 'c':
        body = typeof v !== 'number' && v.type === StrType ? (v.data as string) : String.fromCodePoint(Number(toBigInt(v)));
        break;
      case 'd': case 'i': case 'u': {
        if (!isNumber(v)) typeError(`%${conv} format: a real number is required, not ${typeName(v)}`);
        const n = typeof v !== 'number' && v.type === FloatType ? BigInt(Math.trunc(v.data as number)) : toBigInt(v);
        body = sign(n < 0n, flags) + (n < 0n ? -n : n).toString();
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

function sign(negative: boolean, flags: string): string {
  if (negative) return '-';
  return flags.includes('+') ? '+' : flags.includes(' ') ? ' ' : '';
}

export { raise, TypeError, valueError };
