// object's and type's special methods, the ones every builtin type repeats (__new__,
// __getattribute__, __sizeof__), and __iter__ / __next__ of the builtin iterators; then the one
// entry point, defineBuiltinDunders, that builtins/install.ts calls once per process.

import type { PyObject, Value } from '@pyarena/memory';
import { GC_IMMORTAL, IMMORTAL_REFCNT, PyObject as PyObjectClass } from '@pyarena/memory';
import { None, NotImplemented, newStr } from '../objects/constructors';
import {
  BoolType, BuiltinFunctionType, ByteArrayType, BytesType, DictItemIteratorType, DictItemsType, DictKeyIteratorType,
  DictKeysType, DictType, DictValueIteratorType, DictValuesType, EnumerateType, FilterType, FloatType, FrozenSetType,
  IntType, ListIteratorType, ListReverseIteratorType, ListType, MapType, ObjectType, RangeIteratorType, RangeType,
  ReversedType, SetIteratorType, SetType, StrIteratorType, StrType, TupleIteratorType, TupleType, TypeType, ZipType,
  type BuiltinData, type NativeFn,
} from '../objects/types';
import { isSubtype, typeData, typeName } from '../objects/typeobject';
import { allocInstance } from '../objects/classes';
import { NativeIteratorType } from '../objects/native-iterator';
import { defineSlot, defineSlotMethod, markSlot, SLOT_METHOD, SLOT_NONE } from '../objects/slot-wrappers';
import { PyErr, StopIteration, newException, typeError } from '../errors';
import { typeCall, typeConstructors } from '../call';
import { iterNext } from '../ops/iter';
import { repr } from '../ops/repr';
import { sizeOf } from '../modules/sys';
import { incref } from '../refs';
import { CMP_NAMES } from './dunders-families';
import { defineNumberDunders } from './dunders-numbers';
import { defineContainerDunders } from './dunders-containers';

/** The builtin types whose instances Python code makes; each gets __new__ and __getattribute__. */
const CONSTRUCTED = [
  IntType, BoolType, FloatType, StrType, BytesType, ByteArrayType, ListType, TupleType, DictType, SetType,
  FrozenSetType, RangeType,
];

/** Their iterators (and the iterator objects of builtins such as enumerate and map). */
const ITERATORS = [
  ListIteratorType, ListReverseIteratorType, TupleIteratorType, StrIteratorType, DictKeyIteratorType,
  DictValueIteratorType, DictItemIteratorType, SetIteratorType, RangeIteratorType, EnumerateType, ZipType, MapType,
  FilterType, ReversedType, NativeIteratorType,
];

/**
 * T.__new__(cls, ...) (tp_new wrapped by tp_new_wrapper): a builtin method bound to the type,
 * checking that cls is a subtype of T; the constructor makes T itself, allocInstance a subclass.
 */
function defineNew(owner: PyObject): void {
  const name = typeData(owner).name;
  const ctor = typeConstructors.get(owner);
  if (ctor === undefined) return;
  const fn: NativeFn = (args, kwnames) => {
    if (args.length - (kwnames?.length ?? 0) === 0) typeError(`${name}.__new__(): not enough arguments`);
    const cls = args[0]!;
    if (typeof cls !== 'object' || !isSubtype(cls.type, TypeType)) {
      typeError(`${name}.__new__(X): X is not a type object (${typeName(cls)})`);
    }
    if (!isSubtype(cls, owner)) {
      const clsName = typeData(cls).name;
      typeError(`${name}.__new__(${clsName}): ${clsName} is not a subtype of ${name}`);
    }
    const rest = args.slice(1);
    if (cls === owner) return ctor(rest, kwnames, owner);
    return allocInstance(cls, rest.slice(0, rest.length - (kwnames?.length ?? 0)));
  };
  const data: BuiltinData = {
    name: '__new__', fn, self: owner, qualname: `${name}.__new__`, isDescriptor: false, owner, slot: SLOT_NONE,
  };
  const o = new PyObjectClass(BuiltinFunctionType, data);
  o.refcnt = IMMORTAL_REFCNT;
  o.gcFlags |= GC_IMMORTAL;
  typeData(owner).attrs.set('__new__', o);
}

/**
 * __sizeof__: sys.getsizeof less what getsizeof adds to it (the GC header of tracked types, and
 * the managed-dict pre-header of plain class instances).
 */
function sizeofBody(self: Value): Value {
  if (typeof self === 'number') return sizeOf(self);
  const d = typeData(self.type);
  let n = sizeOf(self);
  if (d.isGC) n -= 16;
  if (d.isHeapType && d.solidBase === ObjectType && d.instanceDict) n -= 16;
  return n;
}

/** The generic attribute slots every builtin type repeats (PyObject_GenericGetAttr & co). */
function attributeSlots(owner: PyObject): void {
  const getattribute = (typeData(ObjectType).attrs.get('__getattribute__') as PyObject).data as BuiltinData;
  defineSlot(owner, '__getattribute__', 1, 1, (self, args) => getattribute.fn(args, null, self));
  defineSlotMethod(owner, '__sizeof__', 0, 0, sizeofBody);
}

function objectAndType(): void {
  for (const name of ['__init__', '__repr__', '__str__', '__eq__', '__ne__', '__hash__', '__setattr__', '__delattr__', '__getattribute__']) {
    markSlot(ObjectType, name);
  }
  markSlot(ObjectType, '__format__', SLOT_METHOD);
  // object's orderings know no operand (object_richcompare): NotImplemented, then the operator's TypeError.
  for (const name of CMP_NAMES) {
    if (name !== '__eq__' && name !== '__ne__') defineSlot(ObjectType, name, 1, 1, () => NotImplemented);
  }
  defineSlotMethod(ObjectType, '__sizeof__', 0, 0, sizeofBody);

  defineSlot(TypeType, '__repr__', 0, 0, (self) => newStr(repr(self)));
  // type_call itself: a metaclass's super().__call__() must not dispatch to the metaclass again.
  const call: NativeFn = (args, kwnames, self) => typeCall(self as PyObject, args, kwnames);
  typeData(TypeType).attrs.set('__call__', wrapRaw(TypeType, '__call__', call));
  defineSlotMethod(TypeType, '__instancecheck__', 1, 1, (self, [x]) => builtinFn('isinstance', [x!, self]));
  defineSlotMethod(TypeType, '__subclasscheck__', 1, 1, (self, [x]) => builtinFn('issubclass', [x!, self]));
}

import { BUILTIN_FUNCTIONS } from './functions';
import { setAttr } from '../ops/attr';

function attrName(v: Value): string {
  if (typeof v !== 'object' || v.type !== StrType) typeError(`attribute name must be string, not '${typeName(v)}'`);
  return v.data as string;
}
const builtinFn = (name: string, args: Value[]): Value => BUILTIN_FUNCTIONS[name]!(args, null, null);

/** A slot wrapper with its own argument handling (type.__call__ takes anything). */
function wrapRaw(owner: PyObject, name: string, fn: NativeFn): PyObject {
  const ownerName = typeData(owner).name;
  const checked: NativeFn = (args, kwnames, self) => {
    if (self === null || typeof self === 'number' || !isSubtype(self.type, owner)) {
      typeError(`descriptor '${name}' requires a '${ownerName}' object but received a '${typeName(self ?? 0)}'`);
    }
    return fn(args, kwnames, self);
  };
  const data: BuiltinData = { name, fn: checked, self: null, qualname: `${ownerName}.${name}`, isDescriptor: true, owner, slot: 1 };
  const o = new PyObjectClass(BuiltinFunctionType, data);
  o.refcnt = IMMORTAL_REFCNT;
  o.gcFlags |= GC_IMMORTAL;
  return o;
}

function iterators(): void {
  for (const t of ITERATORS) {
    defineSlot(t, '__iter__', 0, 0, (self) => (incref(self), self));
    defineSlot(t, '__next__', 0, 0, (self) => {
      const v = iterNext(self as PyObject);
      if (v === undefined) throw new PyErr(newException(StopIteration, []));
      return v;
    });
  }
}

export function defineBuiltinDunders(): void {
  objectAndType();
  defineNumberDunders();
  defineContainerDunders();
  iterators();
  for (const t of CONSTRUCTED) {
    defineNew(t);
    attributeSlots(t);
  }
  for (const t of [DictKeysType, DictValuesType, DictItemsType, TypeType, ...ITERATORS]) attributeSlots(t);
  // type.__setattr__ / __delattr__ (type_setattro): class attributes, immutable for builtin types.
  defineSlot(TypeType, '__setattr__', 2, 2, (self, [name, v]) => (setAttr(self, attrName(name!), v!), None));
  defineSlot(TypeType, '__delattr__', 1, 1, (self, [name]) => (setAttr(self, attrName(name!), null), None));
}
