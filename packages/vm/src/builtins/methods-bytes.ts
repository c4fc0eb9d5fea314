// Methods of bytes and bytearray (Objects/bytesobject.c, Objects/bytearrayobject.c and the
// shared Objects/bytes_methods.c): one implementation over the bytes of either type, each result
// of self's type (bytearray.upper() is a bytearray); arguments may be any bytes-like object.
// Then bytearray's own: the mutators (append, extend, pop ...) and its constructor.

import type { PyObject, Value } from '@pyarena/memory';
import type { NativeFn } from '../objects/types';
import { BoolType, BytesType, ByteArrayType, IntType, ListType, StrType, TupleType } from '../objects/types';
import { allocatedAfterAppends } from '../objects/list';
import { None, bool, newList, newStr, newObjectOfType, intFromNumber } from '../objects/constructors';
import { checkArgs, defineMethod, makeBuiltin, splitArgs } from '../objects/builtin-function';
import { IndexError, OverflowError, raise, typeError, valueError } from '../errors';
import { typeData, typeName } from '../objects/typeobject';
import { getIter, iterateToArray } from '../ops/iter';
import { decref, decrefAll } from '../refs';
import {
  byteArrayContent, byteArrayResize, byteArraySetSlice, bytesLike, newByteArray, type ByteArrayData,
} from '../objects/bytearray';
import { byteValue, bytesFromIterable, indexOfBytes } from '../ops/bytes-ops';
import { PyErr as PyErrClass } from '../errors';
import { typeConstructors } from '../call';
import { heap } from '../state';
import { toBigInt } from '../ops/numbers';
import { codecArgs, decodeBytes, encodeText, lookupCodec, textArg } from './codecs';

const bytesOf = (self: Value | null): Uint8Array => bytesLike(self as Value)!;

function arg(v: Value): Uint8Array {
  const b = bytesLike(v);
  if (b === null) typeError(`a bytes-like object is required, not '${typeName(v)}'`);
  return b;
}

function newBytes(b: Uint8Array): PyObject {
  return newObjectOfType(BytesType, b, 33 + b.length);
}

/** A result of self's type: bytes from bytes methods, bytearray from bytearray's. */
function like(self: Value | null, b: Uint8Array): PyObject {
  return (self as PyObject).type === ByteArrayType ? newByteArray(b) : newBytes(b);
}

const WHITESPACE = new Set([0x20, 0x09, 0x0a, 0x0d, 0x0b, 0x0c]);

const decode: NativeFn = (a, k, self) => {
  const [codec, errors] = codecArgs('decode', a, k);
  return newStr(decodeBytes(bytesOf(self), codec, errors));
};

/** The bytes to strip: the argument's, or whitespace (none given, or None). */
function stripSet(a: Value[]): Set<number> {
  if (a.length === 0 || a[0] === None) return WHITESPACE;
  return new Set(arg(a[0]!));
}

function strip(b: Uint8Array, chars: Set<number>, left: boolean, right: boolean): Uint8Array {
  let i = 0;
  let j = b.length;
  if (left) while (i < j && chars.has(b[i]!)) i++;
  if (right) while (j > i && chars.has(b[j - 1]!)) j--;
  return b.slice(i, j);
}

/** Index of the last occurrence of `needle`, or -1. */
function lastIndexOfBytes(h: Uint8Array, needle: Uint8Array): number {
  for (let i = h.length - needle.length; i >= 0; i--) {
    let k = 0;
    while (k < needle.length && h[i + k] === needle[k]) k++;
    if (k === needle.length) return i;
  }
  return -1;
}

/** find/index's needle: bytes-like, or an int byte. */
function needleOf(v: Value): Uint8Array {
  const b = bytesLike(v);
  if (b !== null) return b;
  if (typeof v === 'number' || v.type === IntType || v.type === BoolType) return Uint8Array.of(byteValue(v));
  typeError(`argument should be integer or bytes-like object, not '${typeName(v)}'`);
}

function countOf(h: Uint8Array, needle: Uint8Array): number {
  if (needle.length === 0) return h.length + 1;
  let n = 0;
  for (let i = indexOfBytes(h, needle, 0); i >= 0; i = indexOfBytes(h, needle, i + needle.length)) n++;
  return n;
}

function replaceAll(h: Uint8Array, old: Uint8Array, rep: Uint8Array, max: number): Uint8Array {
  const out: number[] = [];
  let i = 0;
  let done = 0;
  if (old.length === 0) {
    // b'ab'.replace(b'', b'-') == b'-a-b-'
    for (; i <= h.length; i++) {
      if (max < 0 || done < max) {
        out.push(...rep);
        done++;
      }
      if (i < h.length) out.push(h[i]!);
    }
    return Uint8Array.from(out);
  }
  for (;;) {
    const j = max >= 0 && done >= max ? -1 : indexOfBytes(h, old, i);
    if (j < 0) break;
    for (let k = i; k < j; k++) out.push(h[k]!);
    out.push(...rep);
    i = j + old.length;
    done++;
  }
  for (let k = i; k < h.length; k++) out.push(h[k]!);
  return Uint8Array.from(out);
}

function splitBytes(b: Uint8Array, sep: Uint8Array | null, maxsplit: number): Uint8Array[] {
  const parts: Uint8Array[] = [];
  if (sep === null) {
    let i = 0;
    while (i < b.length) {
      while (i < b.length && WHITESPACE.has(b[i]!)) i++;
      if (i >= b.length) break;
      if (maxsplit >= 0 && parts.length === maxsplit) {
        let j = b.length;
        while (j > i && WHITESPACE.has(b[j - 1]!)) j--;
        parts.push(b.slice(i, j));
        break;
      }
      let j = i;
      while (j < b.length && !WHITESPACE.has(b[j]!)) j++;
      parts.push(b.slice(i, j));
      i = j;
    }
    return parts;
  }
  if (sep.length === 0) valueError('empty separator');
  let i = 0;
  for (;;) {
    const j = maxsplit >= 0 && parts.length === maxsplit ? -1 : indexOfBytes(b, sep, i);
    if (j < 0) break;
    parts.push(b.slice(i, j));
    i = j + sep.length;
  }
  parts.push(b.slice(i));
  return parts;
}

const SHARED_METHODS: Record<string, NativeFn> = {
  decode,
  hex: (a, k, self) => {
    checkArgs('hex', a, k, 0, 1);
    const parts = Array.from(bytesOf(self), (c) => c.toString(16).padStart(2, '0'));
    const sep = a.length > 0 ? ((a[0] as PyObject).data as string) : '';
    return newStr(parts.join(sep));
  },
  upper: (a, k, self) => (checkArgs('upper', a, k, 0, 0), like(self, bytesOf(self).map((c) => (c >= 0x61 && c <= 0x7a ? c - 32 : c)))),
  lower: (a, k, self) => (checkArgs('lower', a, k, 0, 0), like(self, bytesOf(self).map((c) => (c >= 0x41 && c <= 0x5a ? c + 32 : c)))),
  startswith: (a, k, self) => {
    checkArgs('startswith', a, k, 1, 1);
    const b = bytesOf(self);
    return bool(prefixes(a[0]!, 'startswith').some((p) => p.length <= b.length && p.every((c, i) => b[i] === c)));
  },
  endswith: (a, k, self) => {
    checkArgs('endswith', a, k, 1, 1);
    const b = bytesOf(self);
    return bool(prefixes(a[0]!, 'endswith').some((p) => p.length <= b.length && p.every((c, i) => b[b.length - p.length + i] === c)));
  },
  find: (a, k, self) => (checkArgs('find', a, k, 1, 1), intFromNumber(indexOfBytes(bytesOf(self), needleOf(a[0]!), 0))),
  rfind: (a, k, self) => (checkArgs('rfind', a, k, 1, 1), intFromNumber(lastIndexOfBytes(bytesOf(self), needleOf(a[0]!)))),
  index: (a, k, self) => {
    checkArgs('index', a, k, 1, 1);
    const i = indexOfBytes(bytesOf(self), needleOf(a[0]!), 0);
    if (i < 0) valueError('subsection not found');
    return intFromNumber(i);
  },
  count: (a, k, self) => (checkArgs('count', a, k, 1, 1), intFromNumber(countOf(bytesOf(self), needleOf(a[0]!)))),
  replace: (a, k, self) => {
    checkArgs('replace', a, k, 2, 3);
    const max = a.length > 2 ? (a[2] as number) : -1;
    return like(self, replaceAll(bytesOf(self), arg(a[0]!), arg(a[1]!), max));
  },
  split: (a, k, self) => {
    const [pos, kw] = splitArgs('split', a, k, ['sep', 'maxsplit']);
    if (pos.length > 2) typeError(`split() takes at most 2 arguments (${pos.length} given)`);
    const sepArg = pos[0] ?? kw.get('sep') ?? None;
    const maxArg = pos[1] ?? kw.get('maxsplit');
    const maxsplit = maxArg === undefined ? -1 : (maxArg as number);
    const parts = splitBytes(bytesOf(self), sepArg === None ? null : arg(sepArg), maxsplit);
    // stringlib/split.h: PyList_New(12) (no maxsplit here), PyList_Append beyond.
    return newList(parts.map((p) => like(self, p)), allocatedAfterAppends(12, parts.length));
  },
  strip: (a, k, self) => (checkArgs('strip', a, k, 0, 1), like(self, strip(bytesOf(self), stripSet(a), true, true))),
  lstrip: (a, k, self) => (checkArgs('lstrip', a, k, 0, 1), like(self, strip(bytesOf(self), stripSet(a), true, false))),
  rstrip: (a, k, self) => (checkArgs('rstrip', a, k, 0, 1), like(self, strip(bytesOf(self), stripSet(a), false, true))),
  isdigit: (a, k, self) => (checkArgs('isdigit', a, k, 0, 0), bool(bytesOf(self).length > 0 && bytesOf(self).every((c) => c >= 0x30 && c <= 0x39))),
  isalpha: (a, k, self) => (checkArgs('isalpha', a, k, 0, 0), bool(bytesOf(self).length > 0 && bytesOf(self).every((c) => (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a))),
  isspace: (a, k, self) => (checkArgs('isspace', a, k, 0, 0), bool(bytesOf(self).length > 0 && bytesOf(self).every((c) => WHITESPACE.has(c)))),
  join: (a, k, self) => {
    checkArgs('join', a, k, 1, 1);
    const items = iterateToArray(a[0]!);
    try {
      const sep = bytesOf(self).slice();
      const parts = items.map((v, i) => {
        const b = bytesLike(v);
        if (b === null) typeError(`sequence item ${i}: expected a bytes-like object, ${typeName(v)} found`);
        return b;
      });
      const total = parts.reduce((n, p) => n + p.length, 0) + sep.length * Math.max(0, parts.length - 1);
      const out = new Uint8Array(total);
      let at = 0;
      parts.forEach((p, i) => {
        if (i > 0) {
          out.set(sep, at);
          at += sep.length;
        }
        out.set(p, at);
        at += p.length;
      });
      return like(self, out);
    } finally {
      decrefAll(items);
    }
  },
};

/** startswith/endswith accept one bytes-like prefix or a tuple of them. */
function prefixes(v: Value, name: string): Uint8Array[] {
  if (typeof v === 'object' && v.type === TupleType) return (v.data as Value[]).map((x) => prefixArg(x, name));
  return [prefixArg(v, name)];
}

function prefixArg(v: Value, name: string): Uint8Array {
  const b = bytesLike(v);
  if (b === null) typeError(`${name} first arg must be bytes or a tuple of bytes, not ${typeName(v)}`);
  return b;
}

const HEX_SPACE = /[ \t\n\r\x0b\x0c]/;

/** bytes.fromhex / bytearray.fromhex (_PyBytes_FromHex): pairs of hex digits, whitespace between. */
function parseHex(v: Value): Uint8Array {
  if (typeof v !== 'object' || v.type !== StrType) typeError(`fromhex() argument must be str, not ${typeName(v)}`);
  const text = v.data as string;
  const out: number[] = [];
  let i = 0;
  const digit = (c: string | undefined) => (c !== undefined && /^[0-9a-fA-F]$/.test(c) ? parseInt(c, 16) : -1);
  while (i < text.length) {
    if (HEX_SPACE.test(text[i]!)) {
      i++;
      continue;
    }
    const top = digit(text[i]);
    if (top < 0) valueError(`non-hexadecimal number found in fromhex() arg at position ${i}`);
    const bot = digit(text[i + 1]);
    if (bot < 0) valueError(`non-hexadecimal number found in fromhex() arg at position ${i + 1}`);
    out.push(top * 16 + bot);
    i += 2;
  }
  return Uint8Array.from(out);
}

// ---------------------------------------------------------------- bytearray's own methods

const data = (self: Value | null): ByteArrayData => (self as PyObject).data as ByteArrayData;

const BYTEARRAY_METHODS: Record<string, NativeFn> = {
  append: (a, k, self) => {
    checkArgs('append', a, k, 1, 1);
    const v = byteValue(a[0]!);
    const o = self as PyObject;
    const n = data(o).size;
    byteArrayResize(o, n + 1);
    data(o).buf[data(o).start + n] = v;
    return None;
  },
  insert: (a, k, self) => {
    checkArgs('insert', a, k, 2, 2);
    const o = self as PyObject;
    const d = data(o);
    const n = d.size;
    let i = indexArg(a[0]!);
    const v = byteValue(a[1]!);
    if (i < 0) i = Math.max(0, i + n);
    if (i > n) i = n;
    byteArrayResize(o, n + 1);
    d.buf.copyWithin(d.start + i + 1, d.start + i, d.start + n);
    d.buf[d.start + i] = v;
    return None;
  },
  extend: (a, k, self) => {
    checkArgs('extend', a, k, 1, 1);
    const o = self as PyObject;
    const src = a[0]!;
    let add = bytesLike(src);
    if (add === null) {
      // Not bytes-like: an iterable of ints (iterated before anything changes).
      let it: PyObject;
      try {
        it = getIter(src);
      } catch (e) {
        if (!(e instanceof PyErrClass)) throw e;
        decref(e.exc);
        typeError(`can't extend bytearray with ${typeName(src)}`);
      }
      decref(it);
      add = bytesFromIterable(src);
    }
    const n = data(o).size;
    byteArraySetSlice(o, n, n, add);
    return None;
  },
  pop: (a, k, self) => {
    checkArgs('pop', a, k, 0, 1);
    const o = self as PyObject;
    const d = data(o);
    const n = d.size;
    if (n === 0) raise(IndexError, 'pop from empty bytearray');
    let i = a.length > 0 ? indexArg(a[0]!) : -1;
    if (i < 0) i += n;
    if (i < 0 || i >= n) raise(IndexError, 'pop index out of range');
    const v = d.buf[d.start + i]!;
    d.buf.copyWithin(d.start + i, d.start + i + 1, d.start + n);
    byteArrayResize(o, n - 1);
    return v;
  },
  remove: (a, k, self) => {
    checkArgs('remove', a, k, 1, 1);
    const o = self as PyObject;
    const v = byteValue(a[0]!);
    const d = data(o);
    const i = byteArrayContent(o).indexOf(v);
    if (i < 0) valueError('value not found in bytearray');
    d.buf.copyWithin(d.start + i, d.start + i + 1, d.start + d.size);
    byteArrayResize(o, d.size - 1);
    return None;
  },
  clear: (a, k, self) => {
    checkArgs('clear', a, k, 0, 0);
    byteArrayResize(self as PyObject, 0);
    return None;
  },
  reverse: (a, k, self) => {
    checkArgs('reverse', a, k, 0, 0);
    byteArrayContent(self as PyObject).reverse();
    return None;
  },
  copy: (a, k, self) => {
    checkArgs('copy', a, k, 0, 0);
    return newByteArray(byteArrayContent(self as PyObject));
  },
};

/** An index argument (PyNumber_AsSsize_t): huge ints clamp to +-infinity. */
function indexArg(v: Value): number {
  if (typeof v === 'number') return v;
  if (v.type === BoolType) return v.data ? 1 : 0;
  if (v.type === IntType) return toBigInt(v) < 0n ? -Infinity : Infinity;
  typeError(`'${typeName(v)}' object cannot be interpreted as an integer`);
}

/** bytearray(source=b'', encoding=None, errors=None): bytearray___init__. */
const byteArrayCtor: NativeFn = (args, kwnames) => {
  const [pos, kw] = splitArgs('bytearray', args, kwnames, ['source', 'encoding', 'errors']);
  if (pos.length > 3) typeError(`bytearray() takes at most 3 arguments (${pos.length} given)`);
  const source = pos[0] ?? kw.get('source');
  const encoding = pos[1] ?? kw.get('encoding');
  const errors = pos[2] ?? kw.get('errors');
  const codec = encoding === undefined ? null : lookupCodec(textArg('bytearray', 'encoding', encoding));
  const errorsName = errors === undefined ? 'strict' : textArg('bytearray', 'errors', errors);
  const o = newByteArray(new Uint8Array(0));
  try {
    if (source === undefined) {
      if (encoding !== undefined || errors !== undefined) typeError('encoding or errors without sequence argument');
      return o;
    }
    if (typeof source === 'object' && source.type === StrType) {
      if (codec === null) typeError('string argument without an encoding');
      fill(o, encodeText(source.data as string, codec, errorsName));
      return o;
    }
    if (encoding !== undefined) typeError('encoding without a string argument');
    if (errors !== undefined) typeError('errors without a string argument');
    if (typeof source === 'number' || source.type === IntType || source.type === BoolType) {
      const big = toBigInt(source);
      if (big < 0n) valueError('negative count');
      if (big > 2n ** 63n - 1n) raise(OverflowError, "cannot fit 'int' into an index-sized integer");
      heap.checkRequest(Number(big) + 1); // the model's block before a JS buffer of that size
      byteArrayResize(o, Number(big));
      return o;
    }
    const direct = bytesLike(source);
    if (direct !== null) {
      fill(o, direct);
      return o;
    }
    if (source.type === ListType || source.type === TupleType) {
      fill(o, bytesFromIterable(source)); // the list/tuple fast path: one exact resize
      return o;
    }
    let it: PyObject;
    try {
      it = getIter(source);
    } catch (e) {
      if (!(e instanceof PyErrClass)) throw e;
      decref(e.exc);
      typeError(`cannot convert '${typeName(source)}' object to bytearray`);
    }
    decref(it);
    // Any other iterable: appended one byte at a time, growing as append does.
    for (const b of bytesFromIterable(source)) {
      const d = data(o);
      const n = d.size;
      byteArrayResize(o, n + 1);
      d.buf[d.start + n] = b;
    }
    return o;
  } catch (e) {
    decref(o);
    throw e;
  }
};

/** Resize to the source's length, then copy (bytearray___init__ for a buffer or a list). */
function fill(o: PyObject, src: Uint8Array): void {
  const copy = src.slice();
  byteArrayResize(o, copy.length);
  data(o).buf.set(copy, data(o).start);
}

export function defineBytesMethods(): void {
  for (const [n, fn] of Object.entries(SHARED_METHODS)) {
    defineMethod(BytesType, n, fn);
    defineMethod(ByteArrayType, n, fn);
  }
  for (const [n, fn] of Object.entries(BYTEARRAY_METHODS)) defineMethod(ByteArrayType, n, fn);
  typeData(BytesType).attrs.set('fromhex', makeBuiltin('fromhex', (a, k) => {
    checkArgs('fromhex', a, k, 1, 1);
    return newBytes(parseHex(a[0]!));
  }, 'bytes.fromhex'));
  typeData(ByteArrayType).attrs.set('fromhex', makeBuiltin('fromhex', (a, k) => {
    checkArgs('fromhex', a, k, 1, 1);
    return newByteArray(parseHex(a[0]!));
  }, 'bytearray.fromhex'));
  typeConstructors.set(ByteArrayType, byteArrayCtor);
}
