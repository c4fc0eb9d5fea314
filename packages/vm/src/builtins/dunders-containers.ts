// The special methods of str, bytes, bytearray, list, tuple, dict, set, frozenset, range and the
// dict views (their tp_as_sequence / tp_as_mapping / tp_as_number slots and the __getitem__,
// __contains__, __reversed__ and __sizeof__ methods CPython gives them), over the operators' code.

import type { PyObject, Value } from '@pyarena/memory';
import { NB_ADD, NB_AND, NB_OR, NB_REMAINDER, NB_SUBTRACT, NB_XOR } from '@pyarena/compiler';
import { None, NotImplemented, newStr, newTuple } from '../objects/constructors';
import { str } from '../ops/repr';
import {
  ByteArrayType, BytesType, DictItemsType, DictKeysType, DictType, DictValuesType, FrozenSetType, ListType,
  RangeType, SetType, StrType, TupleType, type BuiltinData,
} from '../objects/types';
import { lookupInType, typeData } from '../objects/typeobject';
import { asBuiltin, defineSlot, defineSlotMethod, defineUnhashable, markSlot } from '../objects/slot-wrappers';
import { dictGet } from '../objects/dict';
import { callObject } from '../call';
import { binaryOp } from '../ops/binary';
import { getItem } from '../ops/subscript';
import { incref } from '../refs';
import {
  type Accepts, binarySlots, builtin, compareSlots, concatSlot, containerSlots, inplaceSlot, nothing, objectProtocolSlots,
  ofTypes, repeatSlots, unaryMethod,
} from './dunders-families';

const SET_OPS: [string, number][] = [['sub', NB_SUBTRACT], ['and', NB_AND], ['xor', NB_XOR], ['or', NB_OR]];

/** str % args and bytes % args: any right operand; __rmod__ only for a format of the same kind. */
function percentSlots(owner: PyObject, accepts: Accepts): void {
  defineSlot(owner, '__mod__', 1, 1, (self, [args]) => asBuiltin(self, undefined, () => binaryOp(NB_REMAINDER, self, args!)));
  defineSlot(owner, '__rmod__', 1, 1, (self, [fmt]) =>
    accepts(fmt!) ? asBuiltin(self, fmt, () => binaryOp(NB_REMAINDER, fmt!, self)) : NotImplemented);
}

const reversedMethod = (owner: PyObject): void => unaryMethod(owner, '__reversed__', (v) => builtin('reversed', [v]));

function strAndBytes(): void {
  objectProtocolSlots(StrType, { str: true, hash: true, format: true });
  compareSlots(StrType, ofTypes(StrType));
  containerSlots(StrType, { getitem: 'slot', contains: 'slot' });
  concatSlot(StrType);
  repeatSlots(StrType, false);
  percentSlots(StrType, ofTypes(StrType));
  unaryMethod(StrType, '__getnewargs__', (v) => newTuple([newStr(str(v))]));

  const bytesLike = ofTypes(BytesType, ByteArrayType);
  for (const t of [BytesType, ByteArrayType]) {
    objectProtocolSlots(t, { str: true, hash: t === BytesType });
    compareSlots(t, bytesLike);
    containerSlots(t, { getitem: 'slot', contains: 'slot', setitem: t === ByteArrayType });
    // bytes + x takes any bytes-like x and raises the operator's TypeError for the rest.
    defineSlot(t, '__add__', 1, 1, (self, [other]) => asBuiltin(self, other, () => binaryOp(NB_ADD, self, other!)));
    repeatSlots(t, t === ByteArrayType);
    percentSlots(t, bytesLike);
  }
  inplaceSlot(ByteArrayType, 'add', NB_ADD, () => true);
  defineUnhashable(ByteArrayType, None);
}

function sequences(): void {
  for (const t of [ListType, TupleType]) {
    objectProtocolSlots(t, { hash: t === TupleType });
    compareSlots(t, ofTypes(t));
    containerSlots(t, { getitem: t === ListType ? 'method' : 'slot', contains: 'slot', setitem: t === ListType });
    concatSlot(t);
    repeatSlots(t, t === ListType);
  }
  inplaceSlot(ListType, 'add', NB_ADD, () => true);
  reversedMethod(ListType);
  defineUnhashable(ListType, None);
  markSlot(ListType, '__init__');

  objectProtocolSlots(RangeType, { hash: true, bool: true });
  compareSlots(RangeType, ofTypes(RangeType), nothing);
  containerSlots(RangeType, { getitem: 'slot', contains: 'slot' });
  reversedMethod(RangeType);
}

/**
 * dict.__getitem__ (dict_subscript): a subclass's __missing__ answers for a missing key, when
 * the method is called directly as well as through d[k].
 */
function dictGetItem(self: Value, key: Value): Value {
  const d = self as PyObject;
  if (d.type !== DictType && dictGet(d, key) === undefined) {
    const missing = lookupInType(d.type, '__missing__');
    if (missing !== undefined) return callObject(missing, [d, key], null);
  }
  return asBuiltin(self, undefined, () => getItem(self, key));
}

function mappings(): void {
  objectProtocolSlots(DictType, {});
  compareSlots(DictType, ofTypes(DictType), nothing);
  containerSlots(DictType, { contains: 'method', setitem: true });
  defineSlotMethod(DictType, '__getitem__', 1, 1, (self, [k]) => dictGetItem(self, k!));
  binarySlots(DictType, 'or', NB_OR, ofTypes(DictType));
  // d |= x takes whatever dict.update takes (dict_ior: dict_update_arg).
  const update = (typeData(DictType).attrs.get('update') as PyObject).data as BuiltinData;
  defineSlot(DictType, '__ior__', 1, 1, (self, [other]) => {
    asBuiltin(self, undefined, () => update.fn([other!], null, self));
    incref(self);
    return self;
  });
  reversedMethod(DictType);
  defineUnhashable(DictType, None);
  markSlot(DictType, '__init__');

  const setLike = ofTypes(SetType, FrozenSetType);
  for (const t of [SetType, FrozenSetType]) {
    objectProtocolSlots(t, { hash: t === FrozenSetType });
    compareSlots(t, setLike);
    containerSlots(t, { contains: 'method' });
    for (const [name, op] of SET_OPS) binarySlots(t, name, op, setLike);
  }
  for (const [name, op] of SET_OPS) inplaceSlot(SetType, name, op, setLike);
  defineUnhashable(SetType, None);
  markSlot(SetType, '__init__');

  for (const t of [DictKeysType, DictValuesType, DictItemsType]) {
    objectProtocolSlots(t, {});
    containerSlots(t, { contains: t === DictValuesType ? undefined : 'slot' });
    reversedMethod(t);
  }
}

export function defineContainerDunders(): void {
  strAndBytes();
  sequences();
  mappings();
}
