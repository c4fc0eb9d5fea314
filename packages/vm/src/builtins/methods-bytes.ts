// Methods of bytes (Objects/bytesobject.c) that programs reach for: decoding, hex, searching,
// splitting and joining. bytearray is not in the subset yet.

import type { PyObject, Value } from '@pyarena/memory';
import type { NativeFn } from '../objects/types';
import { BytesType, StrType, TupleType } from '../objects/types';
import { allocatedAfterAppends } from '../objects/list';
import { None, bool, newList, newStr, newObjectOfType, intFromNumber } from '../objects/constructors';
import { checkArgs, defineMethod, makeBuiltin } from '../objects/builtin-function';
import { newException, PyErr, typeError, UnicodeDecodeError, valueError } from '../errors';
import { typeData, typeName } from '../objects/typeobject';
import { iterateToArray } from '../ops/iter';
import { decrefAll } from '../refs';

const bytesOf = (self: Value | null): Uint8Array => (self as PyObject).data as Uint8Array;

function arg(v: Value, method: string): Uint8Array {
  if (typeof v === 'object' && v.type === BytesType) return v.data as Uint8Array;
  typeError(`a bytes-like object is required, not '${typeName(v)}'`);
  void method;
}

function newBytes(b: Uint8Array): PyObject {
  return newObjectOfType(BytesType, b, 33 + b.length);
}

const latin1 = (b: Uint8Array): string => String.fromCharCode(...b);
const fromLatin1 = (s: string): Uint8Array => Uint8Array.from(s, (c) => c.charCodeAt(0));

const decode: NativeFn = (a, k, self) => {
  checkArgs('decode', a, k, 0, 2);
  const b = bytesOf(self);
  const encoding = a.length > 0 ? ((a[0] as PyObject).data as string).toLowerCase().replace('_', '-') : 'utf-8';
  if (encoding === 'ascii' || encoding === 'latin-1' || encoding === 'latin1') {
    const bad = encoding === 'ascii' ? b.findIndex((c) => c > 127) : -1;
    if (bad >= 0) {
      throw new PyErr(newException(UnicodeDecodeError, [newStr(`'ascii' codec can't decode byte 0x${b[bad]!.toString(16)} in position ${bad}: ordinal not in range(128)`)]));
    }
    return newStr(latin1(b));
  }
  try {
    return newStr(new TextDecoder('utf-8', { fatal: true }).decode(b));
  } catch {
    const pos = firstInvalid(b);
    throw new PyErr(newException(UnicodeDecodeError, [newStr(`'utf-8' codec can't decode byte 0x${b[pos]!.toString(16).padStart(2, '0')} in position ${pos}: invalid start byte`)]));
  }
};

function firstInvalid(b: Uint8Array): number {
  for (let i = 0; i < b.length; i++) {
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(b.subarray(0, i + 1));
    } catch {
      if (i + 4 >= b.length || b[i]! < 0xc0) return i;
    }
  }
  return 0;
}

const BYTES_METHODS: Record<string, NativeFn> = {
  decode,
  hex: (a, k, self) => {
    checkArgs('hex', a, k, 0, 1);
    const parts = Array.from(bytesOf(self), (c) => c.toString(16).padStart(2, '0'));
    const sep = a.length > 0 ? ((a[0] as PyObject).data as string) : '';
    return newStr(parts.join(sep));
  },
  upper: (a, k, self) => (checkArgs('upper', a, k, 0, 0), newBytes(fromLatin1(latin1(bytesOf(self)).toUpperCase()))),
  lower: (a, k, self) => (checkArgs('lower', a, k, 0, 0), newBytes(fromLatin1(latin1(bytesOf(self)).toLowerCase()))),
  startswith: (a, k, self) => (checkArgs('startswith', a, k, 1, 1), bool(latin1(bytesOf(self)).startsWith(latin1(arg(a[0]!, 'startswith'))))),
  endswith: (a, k, self) => (checkArgs('endswith', a, k, 1, 1), bool(latin1(bytesOf(self)).endsWith(latin1(arg(a[0]!, 'endswith'))))),
  find: (a, k, self) => (checkArgs('find', a, k, 1, 1), intFromNumber(latin1(bytesOf(self)).indexOf(latin1(arg(a[0]!, 'find'))))),
  count: (a, k, self) => (checkArgs('count', a, k, 1, 1), latin1(bytesOf(self)).split(latin1(arg(a[0]!, 'count'))).length - 1),
  replace: (a, k, self) => {
    checkArgs('replace', a, k, 2, 2);
    return newBytes(fromLatin1(latin1(bytesOf(self)).split(latin1(arg(a[0]!, 'replace'))).join(latin1(arg(a[1]!, 'replace')))));
  },
  split: (a, k, self) => {
    checkArgs('split', a, k, 0, 1);
    const text = latin1(bytesOf(self));
    const parts = a.length === 0 || a[0] === None ? text.split(/[ \t\n\r\x0b\x0c]+/).filter((p) => p !== '') : text.split(latin1(arg(a[0]!, 'split')));
    // stringlib/split.h: PyList_New(12) (no maxsplit here), PyList_Append beyond.
    return newList(parts.map((p) => newBytes(fromLatin1(p))), allocatedAfterAppends(12, parts.length));
  },
  strip: (a, k, self) => (checkArgs('strip', a, k, 0, 0), newBytes(fromLatin1(latin1(bytesOf(self)).replace(/^[ \t\n\r\x0b\x0c]+|[ \t\n\r\x0b\x0c]+$/g, '')))),
  join: (a, k, self) => {
    checkArgs('join', a, k, 1, 1);
    const items = iterateToArray(a[0]!);
    try {
      const parts = items.map((v, i) => {
        if (typeof v === 'object' && v.type === BytesType) return latin1(v.data as Uint8Array);
        typeError(`sequence item ${i}: expected a bytes-like object, ${typeName(v)} found`);
      });
      return newBytes(fromLatin1(parts.join(latin1(bytesOf(self)))));
    } finally {
      decrefAll(items);
    }
  },
};

/** bytes.fromhex(s): a class-level function (a classmethod in CPython). */
const fromhex: NativeFn = (a, k) => {
  checkArgs('fromhex', a, k, 1, 1);
  const v = a[0]!;
  if (typeof v !== 'object' || v.type !== StrType) typeError(`fromhex() argument must be str, not ${typeName(v)}`);
  const text = (v.data as string).replace(/\s+/g, '');
  if (!/^([0-9a-fA-F]{2})*$/.test(text)) valueError('non-hexadecimal number found in fromhex() arg');
  const out = new Uint8Array(text.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = parseInt(text.slice(2 * i, 2 * i + 2), 16);
  return newBytes(out);
};

export function defineBytesMethods(): void {
  for (const [n, fn] of Object.entries(BYTES_METHODS)) defineMethod(BytesType, n, fn);
  typeData(BytesType).attrs.set('fromhex', makeBuiltin('fromhex', fromhex, 'bytes.fromhex'));
  void TupleType;
}
