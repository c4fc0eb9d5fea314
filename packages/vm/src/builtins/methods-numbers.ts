// Methods of int and float (Objects/longobject.c, floatobject.c) that programs use.

import type { PyObject, Value } from '@pyarena/memory';
import type { NativeFn } from '../objects/types';
import { BytesType, FloatType, IntType, BoolType, StrType } from '../objects/types';
import { False, True, intFromBigInt, newFloat, newObjectOfType, newTuple, newStr } from '../objects/constructors';
import { checkArgs, defineMethod, makeBuiltin } from '../objects/builtin-function';
import { OverflowError, raise, typeError, valueError } from '../errors';
import { argSmallIndex, parseArgs } from '../modules/args';
import { typeData, typeName } from '../objects/typeobject';
import { bytesLike } from '../objects/bytearray';
import { iterateToArray } from '../ops/iter';
import { isTrue } from '../ops/compare';
import { decrefAll } from '../refs';
import { heap } from '../state';
import { toBigInt } from '../ops/numbers';
import { floatRepr } from '../ops/repr';

const intValue = (self: Value | null): bigint => toBigInt(self as Value);
const floatValue = (self: Value | null): number => (self as PyObject).data as number;

const INT_METHODS: Record<string, NativeFn> = {
  bit_length: (a, k, self) => {
    checkArgs('bit_length', a, k, 0, 0);
    const v = intValue(self);
    return v === 0n ? 0 : (v < 0n ? -v : v).toString(2).length;
  },
  bit_count: (a, k, self) => {
    checkArgs('bit_count', a, k, 0, 0);
    const v = intValue(self);
    return [...(v < 0n ? -v : v).toString(2)].filter((c) => c === '1').length;
  },
  conjugate: (a, k, self) => (checkArgs('conjugate', a, k, 0, 0), intFromBigInt(intValue(self))),
  as_integer_ratio: (a, k, self) => (checkArgs('as_integer_ratio', a, k, 0, 0), newTuple([intFromBigInt(intValue(self)), 1])),
  is_integer: (a, k) => (checkArgs('is_integer', a, k, 0, 0), True),
  to_bytes: (a, k, self) => {
    const [lengthArg, orderArg, signedArg] = parseArgs('to_bytes', a, k, ['length', 'byteorder'], 0, ['signed']);
    const length = lengthArg === undefined ? 1 : argSmallIndex(lengthArg);
    if (length < 0) valueError('length argument must be non-negative');
    const little = byteOrder('to_bytes', orderArg);
    const signed = signedArg !== undefined && isTrue(signedArg);
    let v = intValue(self);
    if (v < 0n && !signed) raise(OverflowError, "can't convert negative int to unsigned");
    const bits = BigInt(length * 8);
    const fits = signed ? v >= -(1n << (bits - 1n)) && v < 1n << (bits - 1n) : v < 1n << bits;
    if (!fits || (length === 0 && v !== 0n)) raise(OverflowError, 'int too big to convert');
    if (v < 0n) v += 1n << bits; // two's complement
    heap.checkRequest(33 + length);
    const out = new Uint8Array(length);
    for (let i = 0; i < length; i++, v >>= 8n) out[little ? i : length - 1 - i] = Number(v & 0xffn);
    return newObjectOfType(BytesType, out, 33 + length);
  },
};

/** The byteorder argument of to_bytes/from_bytes: 'big' (the default) or 'little'. */
function byteOrder(fname: string, v: Value | undefined): boolean {
  if (v === undefined) return false;
  if (typeof v === 'number' || v.type !== StrType) typeError(`${fname}() argument 'byteorder' must be str, not ${typeName(v)}`);
  if (v.data === 'little') return true;
  if (v.data !== 'big') valueError("byteorder must be either 'little' or 'big'");
  return false;
}

/** int.from_bytes(bytes, byteorder='big', *, signed=False): bytes-like objects or iterables of ints. */
const fromBytes: NativeFn = (a, k) => {
  const [source, orderArg, signedArg] = parseArgs('from_bytes', a, k, ['bytes', 'byteorder'], 1, ['signed']);
  const little = byteOrder('from_bytes', orderArg);
  const signed = signedArg !== undefined && isTrue(signedArg);
  let raw = bytesLike(source!);
  if (raw === null) {
    if (typeof source === 'object' && source.type === StrType) typeError("cannot convert 'str' object to bytes");
    const items = iterateToArray(source!);
    try {
      raw = Uint8Array.from(items, (x) => {
        if (typeof x !== 'number') typeError(`'${typeName(x)}' object cannot be interpreted as an integer`);
        if (x < 0 || x > 255) valueError('bytes must be in range(0, 256)');
        return x;
      });
    } finally {
      decrefAll(items);
    }
  }
  let v = 0n;
  for (let i = 0; i < raw.length; i++) v = (v << 8n) | BigInt(raw[little ? raw.length - 1 - i : i]!);
  if (signed && raw.length > 0 && v >= 1n << BigInt(raw.length * 8 - 1)) v -= 1n << BigInt(raw.length * 8);
  return intFromBigInt(v);
};

const FLOAT_METHODS: Record<string, NativeFn> = {
  is_integer: (a, k, self) => (checkArgs('is_integer', a, k, 0, 0), Number.isInteger(floatValue(self)) ? True : False),
  conjugate: (a, k, self) => (checkArgs('conjugate', a, k, 0, 0), newFloat(floatValue(self))),
  as_integer_ratio: (a, k, self) => {
    checkArgs('as_integer_ratio', a, k, 0, 0);
    const x = floatValue(self);
    if (!Number.isFinite(x)) {
      if (Number.isNaN(x)) valueError('cannot convert NaN to integer ratio');
      raise(OverflowError, 'cannot convert Infinity to integer ratio');
    }
    // x = m * 2**e exactly; reduce by the common power of two.
    let e = 0;
    let m = x;
    while (!Number.isInteger(m)) {
      m *= 2;
      e++;
    }
    let num = BigInt(m);
    let den = 1n << BigInt(e);
    while (den > 1n && num % 2n === 0n) {
      num /= 2n;
      den /= 2n;
    }
    return newTuple([intFromBigInt(num), intFromBigInt(den)]);
  },
};

export function defineNumberMethods(): void {
  for (const [n, fn] of Object.entries(INT_METHODS)) {
    defineMethod(IntType, n, fn);
  }
  typeData(IntType).attrs.set('from_bytes', makeBuiltin('from_bytes', fromBytes, 'int.from_bytes'));
  for (const [n, fn] of Object.entries(FLOAT_METHODS)) defineMethod(FloatType, n, fn);
  void BoolType;
}
