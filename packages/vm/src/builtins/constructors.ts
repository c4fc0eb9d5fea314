// Calling builtin types: int(), float(), str(), bool(), list(), tuple(), dict(), set(),
// frozenset(), range(), type() (each type's tp_new, Objects/*object.c).

import type { PyObject, Value } from '@pyarena/memory';
import type { NativeFn } from '../objects/types';
import {
  BoolType, DictType, FloatType, FrozenSetType, IntType, ListType, RangeType, SetType, StrType,
  TupleType, TypeType, BytesType, SliceType,
} from '../objects/types';
import { typeData } from '../objects/typeobject';
import { None } from '../objects/constructors';
import { defineMethod } from '../objects/builtin-function';
import {
  EmptyTuple, False, True, intFromBigInt, intFromNumber, newDict, newFloat, newList, newStr, newTuple,
  newObjectOfType,
} from '../objects/constructors';
import { checkArgs, splitArgs } from '../objects/builtin-function';
import { typeName } from '../objects/typeobject';
import { OverflowError, raise, typeError, valueError } from '../errors';
import { decref, decrefAll, incref } from '../refs';
import { isTrue } from '../ops/compare';
import { repr, str, strRepr } from '../ops/repr';
import { iterateToArray } from '../ops/iter';
import { getItem, newRange } from '../ops/subscript';
import { isSubtype } from '../objects/typeobject';
import { dictMerge, dictSet } from '../objects/dict';
import { newSet, setUpdateFrom } from '../objects/set';
import { listFill } from '../objects/list';
import { heap } from '../state';
import type { DictTable } from '../objects/dict-table';
import { toBigInt } from '../ops/numbers';
import { lookupAttr } from '../ops/attr';
import { callObject, typeConstructors } from '../call';
import { bytesLike } from '../objects/bytearray';
import { numberText } from './number-text';
import { checkParsedDigits, getMaxStrDigits } from '../ops/int-digits';
import { decodeBytes, encodeText, lookupCodec, textArg } from './codecs';

/** Parses an int literal as int(s, base) does: whitespace, sign, underscores between digits. */
const FAST_DIGITS: Record<number, { re: RegExp; prefix: string }> = {
  2: { re: /^[01]+$/, prefix: '0b' },
  8: { re: /^[0-7]+$/, prefix: '0o' },
  10: { re: /^[0-9]+$/, prefix: '' },
  16: { re: /^[0-9a-fA-F]+$/, prefix: '0x' },
};

/**
 * int(s) for the common text: an optional sign and 1-15 ASCII decimal digits, nothing else (no
 * whitespace, underscores or other digits), whose value is a safe JS number. undefined: take
 * parseIntLiteral. Parsing numeric fields of text (int(field)) is hot in real programs; this
 * makes no string copies and no BigInt.
 */
export function parseSmallDecimal(text: string): number | undefined {
  const n = text.length;
  let i = 0;
  const first = text.charCodeAt(0);
  const negative = first === 0x2d; // '-'
  if (negative || first === 0x2b) i = 1; // '+'
  if (n - i < 1 || n - i > 15) return undefined;
  let value = 0;
  for (; i < n; i++) {
    const d = text.charCodeAt(i) - 0x30;
    if (d < 0 || d > 9) return undefined;
    value = value * 10 + d;
  }
  return negative ? 0 - value : value; // 0 - 0 is +0: ints are never -0
}

export function parseIntLiteral(text: string, base: number): bigint | null {
  let s = numberText(text);
  let sign = 1n;
  if (s.startsWith('-') || s.startsWith('+')) {
    if (s[0] === '-') sign = -1n;
    s = s.slice(1);
  }
  let b = base;
  const prefix = s.slice(0, 2).toLowerCase();
  if ((b === 16 || b === 0) && prefix === '0x') { b = 16; s = s.slice(2).replace(/^_/, ''); }
  else if ((b === 8 || b === 0) && prefix === '0o') { b = 8; s = s.slice(2).replace(/^_/, ''); }
  else if ((b === 2 || b === 0) && prefix === '0b') { b = 2; s = s.slice(2).replace(/^_/, ''); }
  else if (b === 0) {
    b = 10;
    if (/^0+[1-9_]/.test(s) && !/^0+(_0+)*$/.test(s)) return null;
  }
  if (s.length > getMaxStrDigits()) checkParsedDigits(digitRun(s, b), b);
  if (s.length === 0 || s.startsWith('_') || s.endsWith('_') || s.includes('__')) return null;
  s = s.replace(/_/g, '');
  // V8 parses ASCII digit strings of bases 2, 8, 10 and 16 itself, far faster than a digit loop.
  const fast = FAST_DIGITS[b];
  if (fast !== undefined && fast.re.test(s)) return sign * BigInt(fast.prefix + s);
  let result = 0n;
  const bb = BigInt(b);
  for (const ch of s) {
    const d = parseInt(ch, 36);
    if (Number.isNaN(d) || d >= b) return null;
    result = result * bb + BigInt(d);
  }
  return sign * result;
}

/**
 * The digits CPython's scan counts before it checks the limit: base-`base` digits, with single
 * underscores between them, up to the first other character. 0 when the scan itself fails first
 * (a leading, doubled or trailing underscore): that text is an invalid literal whatever its length.
 */
function digitRun(s: string, base: number): number {
  if (s[0] === '_') return 0;
  let digits = 0;
  let prev = '';
  for (const ch of s) {
    const d = parseInt(ch, 36);
    if (!Number.isNaN(d) && d < base) digits++;
    else if (ch !== '_') break;
    else if (prev === '_') return 0;
    prev = ch;
  }
  return prev === '_' ? 0 : digits;
}

const intCtor: NativeFn = (args, kwnames) => {
  const [pos, kw] = splitArgs('int', args, kwnames, ['base']);
  if (pos.length > 2) typeError(`int() takes at most 2 arguments (${pos.length} given)`);
  const x = pos[0];
  const baseArg = pos[1] ?? kw.get('base');
  if (x === undefined) {
    if (baseArg !== undefined) typeError("int() missing string argument");
    return 0;
  }
  if (baseArg !== undefined) {
    if (typeof x === 'number' || x.type !== StrType) typeError("int() can't convert non-string with explicit base");
    // The base is any int (a bool, a big int): PyNumber_AsSsize_t, then the range check.
    if (typeof baseArg !== 'number' && baseArg.type !== BoolType && baseArg.type !== IntType) {
      typeError(`'${typeName(baseArg)}' object cannot be interpreted as an integer`);
    }
    const base = typeof baseArg === 'number' ? baseArg : Number(toBigInt(baseArg));
    if (base !== 0 && (base < 2 || base > 36)) valueError('int() base must be >= 2 and <= 36, or 0');
    const small = base === 10 ? parseSmallDecimal(x.data as string) : undefined;
    if (small !== undefined) return small;
    const r = parseIntLiteral(x.data as string, base);
    if (r === null) valueError(`invalid literal for int() with base ${base}: ${[...strRepr(x.data as string)].slice(0, 200).join('')}`) // %.200R;
    return intFromBigInt(r);
  }
  if (typeof x === 'number') return x;
  if (x.type === IntType) return intFromBigInt(x.data as bigint);
  if (x.type === BoolType) return x === True ? 1 : 0;
  if (x.type === FloatType) {
    const f = x.data as number;
    if (Number.isNaN(f)) valueError('cannot convert float NaN to integer');
    if (!Number.isFinite(f)) raise(OverflowError, 'cannot convert float infinity to integer');
    return intFromNumber(Math.trunc(f));
  }
  if (x.type === StrType) {
    const small = parseSmallDecimal(x.data as string);
    if (small !== undefined) return small;
    const r = parseIntLiteral(x.data as string, 10);
    if (r === null) valueError(`invalid literal for int() with base 10: ${[...strRepr(x.data as string)].slice(0, 200).join('')}`) // %.200R;
    return intFromBigInt(r);
  }
  for (const dunder of ['__int__', '__index__', '__trunc__']) {
    const m = lookupAttr(x, dunder);
    if (m !== undefined) {
      try {
        return callObject(m, [], null);
      } finally {
        decref(m);
      }
    }
  }
  typeError(`int() argument must be a string, a bytes-like object or a real number, not '${typeName(x)}'`);
};

const FLOAT_RE = /^[+-]?(?:(?:\d(?:_?\d)*)?\.?\d(?:_?\d)*(?:[eE][+-]?\d(?:_?\d)*)?|(?:\d(?:_?\d)*)\.(?:[eE][+-]?\d(?:_?\d)*)?)$/;

export function parseFloatLiteral(text: string): number | null {
  const s = numberText(text);
  const lower = s.toLowerCase();
  const special = lower.replace(/^[+-]/, '');
  if (special === 'inf' || special === 'infinity') return lower.startsWith('-') ? -Infinity : Infinity;
  if (special === 'nan') return NaN;
  if (!FLOAT_RE.test(s)) return null;
  return Number(s.replace(/_/g, ''));
}

const floatCtor: NativeFn = (args, kwnames) => {
  checkArgs('float', args, kwnames, 0, 1);
  const x = args[0];
  if (x === undefined) return newFloat(0);
  if (typeof x === 'number') return newFloat(x);
  if (x.type === FloatType) {
    incref(x);
    return x;
  }
  if (x.type === IntType || x.type === BoolType) {
    const f = Number(toBigInt(x));
    if (!Number.isFinite(f)) raise(OverflowError, 'int too large to convert to float');
    return newFloat(f);
  }
  if (x.type === StrType) {
    const f = parseFloatLiteral(x.data as string);
    if (f === null) valueError(`could not convert string to float: ${strRepr(x.data as string)}`);
    return newFloat(f);
  }
  const m = lookupAttr(x, '__float__');
  if (m !== undefined) {
    try {
      return callObject(m, [], null);
    } finally {
      decref(m);
    }
  }
  typeError(`float() argument must be a string or a real number, not '${typeName(x)}'`);
};

const strCtor: NativeFn = (args, kwnames) => {
  const [pos] = splitArgs('str', args, kwnames, ['object', 'encoding', 'errors']);
  if (pos.length === 0) return newStr('');
  if (pos.length > 1) {
    const enc = pos[1]!;
    if (typeof enc === 'number' || enc.type !== StrType) {
      typeError(`str() argument 'encoding' must be str, not ${typeName(enc)}`);
    }
    const b = pos[0]!;
    const raw = bytesLike(b);
    const errors = pos[2];
    if (raw !== null) return newStr(decodeBytes(raw, lookupCodec(enc.data as string), errors === undefined ? 'strict' : textArg('str', 'errors', errors)));
    typeError('decoding str is not supported');
  }
  const x = pos[0]!;
  if (typeof x === 'object' && x.type === StrType) {
    incref(x);
    return x;
  }
  return newStr(str(x));
};

const boolCtor: NativeFn = (args, kwnames) => {
  checkArgs('bool', args, kwnames, 0, 1);
  return args.length === 0 ? False : isTrue(args[0]!) ? True : False;
};

/** list(iterable): list___init__, a block of exactly len(iterable) slots (even) when it has one. */
const listCtor: NativeFn = (args, kwnames) => {
  checkArgs('list', args, kwnames, 0, 1);
  const l = newList([]);
  if (args.length === 1) {
    try {
      listFill(l, args[0]!);
    } catch (e) {
      decref(l);
      throw e;
    }
  }
  return l;
};

const tupleCtor: NativeFn = (args, kwnames) => {
  checkArgs('tuple', args, kwnames, 0, 1);
  if (args.length === 0) return EmptyTuple;
  const x = args[0]!;
  if (typeof x === 'object' && x.type === TupleType) {
    incref(x);
    return x;
  }
  return newTuple(iterateToArray(x));
};

/** Fills a dict from a mapping or an iterable of pairs (dict_update_arg). */
export function dictFill(d: PyObject, source: Value): void {
  // A dict, or a dict subclass that keeps dict's keys(): dict_merge's fast path.
  if (typeof source === 'object' && isSubtype(source.type, DictType) &&
      (source.type === DictType || !typeData(source.type).attrs.has('keys'))) {
    dictMerge(d, source); // dict_merge: clone or presize, then insert
    return;
  }
  const keysMethod = lookupAttr(source, 'keys');
  if (keysMethod !== undefined) {
    const keys = callObject(keysMethod, [], null);
    decref(keysMethod);
    const ks = iterateToArray(keys);
    decref(keys);
    try {
      for (const k of ks) {
        const v = getItem(source, k);
        dictSet(d, k, v);
        decref(v);
      }
    } finally {
      decrefAll(ks);
    }
    return;
  }
  const items = iterateToArray(source);
  try {
    items.forEach((pair, i) => {
      const kv = iterateToArray(pair);
      try {
        if (kv.length !== 2) {
          valueError(`dictionary update sequence element #${i} has length ${kv.length}; 2 is required`);
        }
        dictSet(d, kv[0]!, kv[1]!);
      } finally {
        decrefAll(kv);
      }
    });
  } finally {
    decrefAll(items);
  }
}

/** dict(m, **kw), dict.__init__ and dict.update: one optional mapping or pairs, then keywords. */
export function dictUpdateFromArgs(name: string, d: PyObject, args: readonly Value[], kwnames: readonly string[] | null): void {
  const npos = args.length - (kwnames?.length ?? 0);
  if (npos > 1) typeError(`${name} expected at most 1 argument, got ${npos}`);
  if (npos === 1) dictFill(d, args[0]!);
  for (let i = 0; i < (kwnames?.length ?? 0); i++) {
    const k = newStr(kwnames![i]!);
    dictSet(d, k, args[npos + i]!);
    decref(k);
  }
}

const dictCtor: NativeFn = (args, kwnames) => {
  const d = newDict();
  try {
    dictUpdateFromArgs('dict', d, args, kwnames);
  } catch (e) {
    decref(d);
    throw e;
  }
  return d;
};

function setCtor(frozen: boolean): NativeFn {
  return (args, kwnames) => {
    checkArgs(frozen ? 'frozenset' : 'set', args, kwnames, 0, 1);
    const s = newSet(frozen);
    if (args.length === 1) {
      try {
        setUpdateFrom(s, args[0]!); // set_update_internal: sets and dicts merge in bulk
      } catch (e) {
        decref(s);
        throw e;
      }
    }
    return s;
  };
}

function rangeArg(v: Value): bigint {
  if (typeof v === 'number' || v.type === BoolType || v.type === IntType) return toBigInt(v);
  const m = lookupAttr(v, '__index__');
  if (m !== undefined) {
    const r = callObject(m, [], null);
    decref(m);
    return rangeArg(r);
  }
  typeError(`'${typeName(v)}' object cannot be interpreted as an integer`);
}

const rangeCtor: NativeFn = (args, kwnames) => {
  if (kwnames !== null && kwnames.length > 0) typeError('range() takes no keyword arguments');
  if (args.length === 0) typeError('range expected at least 1 argument, got 0');
  if (args.length > 3) typeError(`range expected at most 3 arguments, got ${args.length}`);
  const n = args.map(rangeArg);
  if (n.length === 1) return newRange(0n, n[0]!, 1n);
  const step = n[2] ?? 1n;
  if (step === 0n) valueError('range() arg 3 must not be zero');
  return newRange(n[0]!, n[1]!, step);
};

const typeCtor: NativeFn = (args, kwnames) => {
  if (args.length === 1 && (kwnames === null || kwnames.length === 0)) {
    const v = args[0]!;
    const t = typeof v === 'number' ? IntType : v.type;
    incref(t);
    return t;
  }
  if (args.length === 3) return typeHooks.newClass(args, kwnames);
  typeError('type() takes 1 or 3 arguments');
};

export const typeHooks = {
  newClass: (_args: Value[], _kwnames: readonly string[] | null): Value => typeError('type() takes 1 or 3 arguments'),
};

const bytesCtor: NativeFn = (args, kwnames) => {
  checkArgs('bytes', args, kwnames, 0, 3);
  if (args.length === 0) return newObjectOfType(BytesType, new Uint8Array(0), 33);
  const x = args[0]!;
  if (typeof x === 'object' && x.type === IntType) { // a count beyond the JS safe range
    const n = toBigInt(x);
    if (n < 0n) valueError('negative count');
    if (n > 2n ** 63n - 1n) raise(OverflowError, 'cannot fit \'int\' into an index-sized integer');
    heap.checkRequest(33 + Number(n)); // never satisfiable: a MemoryError
  }
  if (typeof x === 'number') {
    if (x < 0) valueError('negative count');
    heap.checkRequest(33 + x); // the model's block first: bytes(10**12) is a MemoryError
    return newObjectOfType(BytesType, new Uint8Array(x), 33 + x);
  }
  const raw = bytesLike(x);
  if (raw !== null) {
    if (args.length >= 2) typeError('encoding without a string argument');
    if (x.type === BytesType) {
      incref(x);
      return x;
    }
    return newObjectOfType(BytesType, raw.slice(), 33 + raw.length);
  }
  if (x.type === StrType) {
    if (args.length < 2) typeError('string argument without an encoding');
    const codec = lookupCodec(textArg('bytes', 'encoding', args[1]!));
    const b = encodeText(x.data as string, codec, args.length > 2 ? textArg('bytes', 'errors', args[2]!) : 'strict');
    return newObjectOfType(BytesType, b, 33 + b.length);
  }
  const items = iterateToArray(x);
  const b = new Uint8Array(items.length);
  items.forEach((v, i) => {
    if (typeof v !== 'number') typeError(`'${typeName(v)}' object cannot be interpreted as an integer`);
    if (v < 0 || v > 255) valueError('bytes must be in range(0, 256)');
    b[i] = v;
  });
  decrefAll(items);
  return newObjectOfType(BytesType, b, 33 + b.length);
};

const sliceCtor: NativeFn = (args, kwnames) => {
  checkArgs('slice', args, kwnames, 1, 3);
  const [start, stop, step] = args.length === 1 ? [None, args[0]!, None] : [args[0]!, args[1]!, args[2] ?? None];
  for (const v of [start, stop, step]) incref(v);
  return newObjectOfType(SliceType, { start, stop, step });
};

const typeMro: NativeFn = (args, kwnames, self) => {
  checkArgs('mro', args, kwnames, 0, 0);
  const mro = typeData(self as PyObject).mro.slice();
  for (const t of mro) incref(t);
  return newList(mro);
};

export function registerTypeConstructors(): void {
  typeConstructors.set(SliceType, sliceCtor);
  defineMethod(TypeType, 'mro', typeMro);
  typeConstructors.set(IntType, intCtor);
  typeConstructors.set(FloatType, floatCtor);
  typeConstructors.set(StrType, strCtor);
  typeConstructors.set(BoolType, boolCtor);
  typeConstructors.set(ListType, listCtor);
  typeConstructors.set(TupleType, tupleCtor);
  typeConstructors.set(DictType, dictCtor);
  typeConstructors.set(SetType, setCtor(false));
  typeConstructors.set(FrozenSetType, setCtor(true));
  typeConstructors.set(RangeType, rangeCtor);
  typeConstructors.set(TypeType, typeCtor);
  typeConstructors.set(BytesType, bytesCtor);
}

export { repr };
