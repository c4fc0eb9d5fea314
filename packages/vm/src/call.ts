// Calling any callable from native code (PyObject_Vectorcall): Python functions run in a nested
// execute(); natives are called directly; types call their constructor. Args are borrowed; the
// result is a new reference.

import { CO_GENERATOR } from '@pyarena/compiler';
import type { PyObject, Value } from '@pyarena/memory';
import type { BuiltinData, FunctionData, MethodData, NativeFn } from './objects/types';
import { BuiltinFunctionType, FunctionType, MethodType, TypeType } from './objects/types';
import { lookupInType, typeData, typeName } from './objects/typeobject';
import { typeError } from './errors';
import { execute, frameForCall, recycleFrame } from './interpreter';
import { makeGenerator } from './objects/generator';
import { checkDescriptorSelf, nativeCall } from './objects/builtin-function';
import { SLOT_WRAPPER } from './objects/slot-wrappers';

export const callHooks = {
  /** Calling an instance of a user class (__call__), or a user class itself. */
  callOther: (callable: Value, _args: Value[], _kwnames: readonly string[] | null): Value =>
    typeError(`'${typeName(callable)}' object is not callable`),
  /** Calls a user-defined class (instance creation). Null when `t` is a builtin type. */
  callType: null as ((t: PyObject, args: Value[], kwnames: readonly string[] | null) => Value) | null,
};

/** Constructors of builtin types (int(), list() ...), registered by the builtins module. */
export const typeConstructors = new Map<PyObject, NativeFn>();

export function callPython(func: PyObject, args: readonly Value[], kwnames: readonly string[] | null): Value {
  const fn = func.data as FunctionData;
  if ((fn.code.flags & CO_GENERATOR) !== 0) return makeGenerator(func, args, kwnames);
  const frame = frameForCall(func, args, kwnames);
  try {
    return execute(frame);
  } finally {
    frame.clear();
    recycleFrame(frame);
  }
}

/** type.__call__ (type_call): a builtin type's constructor, or __new__ then __init__. */
export function typeCall(cls: PyObject, args: Value[], kwnames: readonly string[] | null): Value {
  const ctor = typeConstructors.get(cls);
  if (ctor !== undefined) return ctor(args, kwnames, cls);
  if (callHooks.callType !== null) return callHooks.callType(cls, args, kwnames);
  typeError(`cannot create '${typeData(cls).name}' instances`);
}

export function callObject(callable: Value, args: Value[], kwnames: readonly string[] | null): Value {
  if (typeof callable === 'object') {
    const t = callable.type;
    if (t === FunctionType) return callPython(callable, args, kwnames);
    if (t === BuiltinFunctionType) {
      const b = callable.data as BuiltinData;
      nativeCall.callee = b;
      if (b.isDescriptor) {
        // An unbound method descriptor: list.append(l, x).
        if (args.length === 0) {
          if (b.slot === SLOT_WRAPPER) typeError(`descriptor '${b.name}' of '${typeData(b.owner!).name}' object needs an argument`);
          typeError(`unbound method ${b.qualname}() needs an argument`);
        }
        checkDescriptorSelf(b, args[0]!);
        return b.fn(args.slice(1), kwnames, args[0]!);
      }
      return b.fn(args, kwnames, b.self);
    }
    if (t === MethodType) {
      const m = callable.data as MethodData;
      return callObject(m.func, [m.self, ...args], kwnames);
    }
    if (t === TypeType || typeData(t).mro.includes(TypeType)) {
      if (t !== TypeType) {
        // A class whose metaclass defines __call__ (type_call is type's own).
        const meta = lookupInType(t, '__call__');
        if (meta !== undefined && meta !== typeData(TypeType).attrs.get('__call__')) return callObject(meta, [callable, ...args], kwnames);
      }
      return typeCall(callable, args, kwnames);
    }
  }
  return callHooks.callOther(callable, args, kwnames);
}
