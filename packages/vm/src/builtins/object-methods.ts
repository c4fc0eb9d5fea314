// Methods every class inherits from object and BaseException (Objects/typeobject.c
// object_init/object_repr..., Objects/exceptions.c BaseException_*).

import type { PyObject, Value } from '@pyarena/memory';
import type { BuiltinData, NativeFn } from '../objects/types';
import { ObjectType, StrType, TypeType } from '../objects/types';
import { None, NotImplemented, True, False, newStr, newTuple, intFromNumber } from '../objects/constructors';
import { defineMethod, checkArgs, makeBuiltin } from '../objects/builtin-function';
import { lookupInType, typeData, typeName, isSubtype } from '../objects/typeobject';
import { BaseException, SyntaxError, typeError, type ExceptionData } from '../errors';
import { iterateToArray } from '../ops/iter';
import { decref, decrefAll, incref } from '../refs';
import { defaultObjectRepr, exceptionStr, repr } from '../ops/repr';
import { objectSetAttr, instanceGetAttr } from '../ops/instance';
import { allocInstance } from '../objects/classes';
import { intFromHash, pyHash } from '../ops/hash';
import { hashOutValue, hashPointer, objectId } from '../ops/pyhash';
import { lookupAttr } from '../ops/attr';

function attrName(v: Value): string {
  if (typeof v !== 'object' || v.type !== StrType) typeError(`attribute name must be string, not '${typeName(v)}'`);
  return v.data as string;
}

const OBJECT_METHODS: Record<string, NativeFn> = {
  __init__: (args, kwnames, self) => {
    const t = (self as PyObject).type;
    const overridesNew = lookupInType(t, '__new__') !== undefined && typeData(t).isHeapType;
    if (args.length > 0 && !overridesNew && typeData(t).solidBase === ObjectType) {
      typeError(`${typeData(t).name}.__init__() takes exactly one argument (the instance to initialize)`);
    }
    void kwnames;
    return None;
  },
  __repr__: (args, kwnames, self) => (checkArgs('__repr__', args, kwnames, 0, 0), newStr(defaultObjectRepr(self as PyObject))),
  __str__: (args, kwnames, self) => (checkArgs('__str__', args, kwnames, 0, 0), newStr(repr(self!))),
  __eq__: (args, kwnames, self) => (checkArgs('__eq__', args, kwnames, 1, 1), self === args[0] ? True : NotImplemented),
  __ne__: (args, kwnames, self) => (checkArgs('__ne__', args, kwnames, 1, 1), self === args[0] ? False : NotImplemented),
  // object.__hash__ of an instance of a Python class is _Py_HashPointer of its id; reached on a
  // builtin value (1 .__hash__(), (1, 2).__hash__()), it stands for that type's own tp_hash.
  __hash__: (args, kwnames, self) => {
    checkArgs('__hash__', args, kwnames, 0, 0);
    if (typeof self === 'object' && self !== null && typeData(self.type).isHeapType) {
      hashPointer(objectId(self));
      return intFromHash(hashOutValue());
    }
    return intFromHash(pyHash(self!));
  },
  __setattr__: (args, kwnames, self) => {
    checkArgs('__setattr__', args, kwnames, 2, 2);
    objectSetAttr(self!, attrName(args[0]!), args[1]!);
    return None;
  },
  __delattr__: (args, kwnames, self) => {
    checkArgs('__delattr__', args, kwnames, 1, 1);
    objectSetAttr(self!, attrName(args[0]!), null);
    return None;
  },
  __getattribute__: (args, kwnames, self) => {
    checkArgs('__getattribute__', args, kwnames, 1, 1);
    const name = attrName(args[0]!);
    // self may be an immediate int (object.__getattribute__(1, 'real')), which has no type field.
    const heapInstance = typeof self !== 'number' && typeData((self as PyObject).type).isHeapType;
    const v = heapInstance ? instanceGetAttr(self as PyObject, name) : lookupAttr(self!, name);
    if (v === undefined) return getAttr(self!, name);
    return v;
  },
  __format__: (args, kwnames, self) => {
    checkArgs('__format__', args, kwnames, 1, 1);
    const spec = attrName(args[0]!);
    if (spec !== '') typeError(`unsupported format string passed to ${typeName(self!)}.__format__`);
    return newStr(str(self!));
  },
  // Bound to the class (a classmethod in CPython): reached through super() in __init_subclass__.
  __init_subclass__: (args, kwnames, self) => {
    if (kwnames !== null && kwnames.length > 0) {
      const name = typeof self === 'object' && self !== null && isSubtype(self.type, TypeType) ? typeData(self).name : 'object';
      typeError(`${name}.__init_subclass__() takes no keyword arguments`);
    }
    if (args.length > 0) typeError(`__init_subclass__() takes no arguments (${args.length} given)`);
    return None;
  },
};

import { getAttr, setAttr } from '../ops/attr';
import { str } from '../ops/repr';

/** object.__new__(cls): a bare instance (used by classes that define __new__ and call super). */
const objectNew: NativeFn = (args) => {
  const cls = args[0];
  if (cls === undefined || typeof cls !== 'object' || !isSubtype(cls.type, TypeType)) {
    typeError('object.__new__(X): X is not a type object');
  }
  // tp_new_wrapper: a type whose layout is not object's needs its own __new__ (int's, list's).
  const solid = typeData(cls).isHeapType ? typeData(cls).solidBase ?? ObjectType : cls;
  if (solid !== ObjectType && lookupInType(solid, '__new__') !== typeData(ObjectType).attrs.get('__new__')) {
    const name = isSubtype(solid, BaseException) ? 'BaseException' : typeData(solid).name;
    typeError(`object.__new__(${typeData(cls).name}) is not safe, use ${name}.__new__()`);
  }
  return allocInstance(cls, args.slice(1));
};

const EXCEPTION_METHODS: Record<string, NativeFn> = {
  __init__: (args, kwnames, self) => {
    const d = (self as PyObject).data as ExceptionData;
    const items = args.slice(0, args.length - (kwnames?.length ?? 0));
    for (const v of items) incref(v);
    const old = d.args;
    d.args = newTuple(items);
    decref(old);
    return None;
  },
  __str__: (args, kwnames, self) => (checkArgs('__str__', args, kwnames, 0, 0), newStr(exceptionStr(self as PyObject))),
  __repr__: (args, kwnames, self) => {
    checkArgs('__repr__', args, kwnames, 0, 0);
    const a = ((self as PyObject).data as ExceptionData).args.data as Value[];
    const name = typeData((self as PyObject).type).name;
    return newStr(a.length === 1 ? `${name}(${repr(a[0]!)})` : `${name}(${a.map(repr).join(', ')})`);
  },
  with_traceback: (args, kwnames, self) => {
    checkArgs('with_traceback', args, kwnames, 1, 1);
    // BaseException.with_traceback(tb): sets __traceback__ (None clears it), returns self.
    setAttr(self!, '__traceback__', args[0]!);
    incref(self!);
    return self!;
  },
};

/** SyntaxError_init's check of the details tuple: 4 to 6 items (the fields are read from args). */
const syntaxErrorInit: NativeFn = (args, kwnames, self) => {
  if (args.length === 2) {
    const items = iterateToArray(args[1]!);
    decrefAll(items);
    if (items.length < 4) typeError(`function takes at least 4 arguments (${items.length} given)`);
    if (items.length > 6) typeError(`function takes at most 6 arguments (${items.length} given)`);
  }
  return EXCEPTION_METHODS.__init__!(args, kwnames, self);
};

export function defineObjectMethods(): void {
  defineMethod(SyntaxError, '__init__', syntaxErrorInit);
  for (const [n, fn] of Object.entries(OBJECT_METHODS)) defineMethod(ObjectType, n, fn);
  // object.__new__ is a static method: a plain function in the namespace, called as object.__new__(cls).
  const objectNewFn = makeBuiltin('__new__', objectNew, 'object.__new__');
  // Bound to the type as CPython's tp_new_wrapper is: <built-in method __new__ of type object>.
  (objectNewFn.data as BuiltinData).self = ObjectType;
  typeData(ObjectType).attrs.set('__new__', objectNewFn);
  for (const [n, fn] of Object.entries(EXCEPTION_METHODS)) defineMethod(BaseException, n, fn);
}
