// The special methods of int, bool and float (Objects/longobject.c long_as_number,
// boolobject.c, floatobject.c float_as_number), as slot wrappers over the operators' native code.

import type { Value } from '@pyarena/memory';
import {
  NB_ADD, NB_AND, NB_FLOOR_DIVIDE, NB_LSHIFT, NB_MULTIPLY, NB_OR, NB_POWER, NB_REMAINDER, NB_RSHIFT,
  NB_SUBTRACT, NB_TRUE_DIVIDE, NB_XOR, UNARY_INVERT, UNARY_NEGATIVE, UNARY_POSITIVE,
} from '@pyarena/compiler';
import { None, NotImplemented, intFromBigInt, newFloat, newTuple } from '../objects/constructors';
import { decref } from '../refs';
import { BoolType, FloatType, IntType } from '../objects/types';
import { asBuiltin, defineSlot, defineSlotMethod } from '../objects/slot-wrappers';
import { typeConstructors } from '../call';
import { binaryOp } from '../ops/binary';
import { toBigInt } from '../ops/numbers';
import {
  type Accepts, binarySlots, builtin, compareSlots, intLike, negSlot, objectProtocolSlots, realLike, unaryMethod, unarySlot,
} from './dunders-families';
import type { PyObject } from '@pyarena/memory';

const ARITHMETIC: [string, number][] = [
  ['add', NB_ADD], ['sub', NB_SUBTRACT], ['mul', NB_MULTIPLY], ['mod', NB_REMAINDER],
  ['floordiv', NB_FLOOR_DIVIDE], ['truediv', NB_TRUE_DIVIDE],
];
const BITWISE: [string, number][] = [['and', NB_AND], ['or', NB_OR], ['xor', NB_XOR]];

const toInt = (v: Value): Value => typeConstructors.get(IntType)!([v], null, IntType);
const toFloat = (v: Value): Value => typeConstructors.get(FloatType)!([v], null, FloatType);

/** __pow__(other, mod=None) and __rpow__(other, mod=None) (wrap_ternaryfunc, 3-argument pow). */
function powerSlots(owner: PyObject, accepts: Accepts): void {
  const power = (base: Value, exp: Value, mod: Value | undefined): Value =>
    mod === undefined || mod === None ? binaryOp(NB_POWER, base, exp) : builtin('pow', [base, exp, mod]);
  defineSlot(owner, '__pow__', 1, 2, (self, [other, mod]) =>
    accepts(other!) ? asBuiltin(self, other, () => power(self, other!, mod)) : NotImplemented);
  defineSlot(owner, '__rpow__', 1, 2, (self, [other, mod]) =>
    accepts(other!) ? asBuiltin(self, other, () => power(other!, self, mod)) : NotImplemented);
}

function divmodSlots(owner: PyObject, accepts: Accepts): void {
  defineSlot(owner, '__divmod__', 1, 1, (self, [other]) =>
    accepts(other!) ? asBuiltin(self, other, () => builtin('divmod', [self, other!])) : NotImplemented);
  defineSlot(owner, '__rdivmod__', 1, 1, (self, [other]) =>
    accepts(other!) ? asBuiltin(self, other, () => builtin('divmod', [other!, self])) : NotImplemented);
}

/** Slots every real number type has: arithmetic, comparisons, unary operators, conversions. */
function realSlots(owner: PyObject, accepts: Accepts): void {
  objectProtocolSlots(owner, { hash: true, bool: true, format: true });
  compareSlots(owner, accepts);
  for (const [name, op] of ARITHMETIC) binarySlots(owner, name, op, accepts);
  divmodSlots(owner, accepts);
  powerSlots(owner, accepts);
  negSlot(owner, UNARY_NEGATIVE, '__neg__');
  negSlot(owner, UNARY_POSITIVE, '__pos__');
  unarySlot(owner, '__abs__', (v) => builtin('abs', [v]));
  unarySlot(owner, '__int__', toInt);
  unarySlot(owner, '__float__', toFloat);
  defineSlotMethod(owner, '__round__', 0, 1, (self, args) => asBuiltin(self, undefined, () => builtin('round', [self, ...args])));
  unaryMethod(owner, '__getnewargs__', (v) => newTuple([owner === IntType ? toInt(v) : toFloat(v)]));
}

export function defineNumberDunders(): void {
  realSlots(IntType, intLike);
  for (const [name, op] of BITWISE) binarySlots(IntType, name, op, intLike);
  binarySlots(IntType, 'lshift', NB_LSHIFT, intLike);
  binarySlots(IntType, 'rshift', NB_RSHIFT, intLike);
  negSlot(IntType, UNARY_INVERT, '__invert__');
  unarySlot(IntType, '__index__', (v) => intFromBigInt(toBigInt(v)));
  // int's __trunc__, __floor__ and __ceil__ are the int itself (as an exact int).
  for (const name of ['__trunc__', '__floor__', '__ceil__']) unaryMethod(IntType, name, toInt);

  // bool keeps int's slots but its own &, |, ^ (bool & bool is a bool) and repr.
  objectProtocolSlots(BoolType, {});
  for (const [name, op] of BITWISE) binarySlots(BoolType, name, op, intLike);

  realSlots(FloatType, realLike);
  unaryMethod(FloatType, '__trunc__', toInt);
  unaryMethod(FloatType, '__floor__', (v) => integral(Math.floor(floatOf(v))));
  unaryMethod(FloatType, '__ceil__', (v) => integral(Math.ceil(floatOf(v))));
}

const floatOf = (v: Value): number => (v as PyObject).data as number;

/** int(x) for an integral double: int() raises CPython's errors for inf and nan. */
function integral(x: number): Value {
  const f = newFloat(x);
  try {
    return toInt(f);
  } finally {
    decref(f);
  }
}
