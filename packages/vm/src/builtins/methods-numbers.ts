// Methods of int and float (Objects/longobject.c, floatobject.c) that programs use.

import type { PyObject, Value } from '@pyarena/memory';
import type { NativeFn } from '../objects/types';
import { FloatType, IntType, BoolType } from '../objects/types';
import { False, True, intFromBigInt, newFloat, newTuple, newStr } from '../objects/constructors';
import { checkArgs, defineMethod } from '../objects/builtin-function';
import { OverflowError, raise, valueError } from '../errors';
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
  for (const [n, fn] of Object.entries(FLOAT_METHODS)) defineMethod(FloatType, n, fn);
  void BoolType;
}
