// The builtins module: functions, types, exceptions and constants (Python/bltinmodule.c).
// Type methods and hooks are installed once per process; the module itself once per run.

import { GC_IMMORTAL, IMMORTAL_REFCNT, type PyObject, type Value } from '@pyarena/memory';
import { Ellipsis, False, None, NotImplemented, True, newDict, newStr, newObjectOfType } from '../objects/constructors';
import { dictSet } from '../objects/dict';
import {
  BoolType, BytesType, ByteArrayType, ComplexType, DictType, FloatType, FrozenSetType, IntType, ListType, ModuleType, ObjectType,
  RangeType, SetType, SliceType, StrType, TupleType, TypeType, type ModuleData,
} from '../objects/types';
import { BUILTIN_EXCEPTIONS, OSError } from '../errors';
import { typeData } from '../objects/typeobject';
import { decref } from '../refs';
import { makeBuiltinFunctions } from './functions';
import { registerTypeConstructors } from './constructors';
import { defineStrMethods } from './methods-str';
import { defineContainerMethods } from './methods-containers';
import { iterHooks } from '../ops/iter';
import { callObject } from '../call';
import { isTrue } from '../ops/compare';
import { setIntTypeForAttr } from '../ops/attr';
import { defineObjectMethods } from './object-methods';
import { defineNumberMethods } from './methods-numbers';
import { defineComplexMethods } from './methods-complex';
import { defineBytesMethods } from './methods-bytes';
import { defineBuiltinDunders } from './dunders-object';
import { ClassMethodType, installDescriptorTypes, PropertyType, StaticMethodType, SuperType } from '../objects/descriptors';
import '../ops/instance';
import '../objects/classes';
import '../objects/native-iterator';

let processSetupDone = false;
let builtinFunctions: Map<string, PyObject>;

function setupProcess(): void {
  if (processSetupDone) return;
  processSetupDone = true;
  defineStrMethods();
  defineContainerMethods();
  defineObjectMethods();
  defineNumberMethods();
  defineComplexMethods();
  defineBytesMethods();
  installDescriptorTypes(IntType);
  typeData(ModuleType).customGetAttr = true;
  registerTypeConstructors();
  // After the constructors (each type's __new__ wraps its constructor) and the methods above.
  defineBuiltinDunders();
  iterHooks.call = (f, args) => callObject(f, args, null);
  iterHooks.isTrue = isTrue;
  setIntTypeForAttr(IntType);
  builtinFunctions = makeBuiltinFunctions();
  for (const t of [TypeType, ObjectType, ...BUILTIN_EXCEPTIONS]) {
    typeData(t).attrs.set('__module__', newStrStatic('builtins'));
  }
}

function newStrStatic(s: string): PyObject {
  const o = newStr(s);
  o.refcnt = IMMORTAL_REFCNT;
  o.gcFlags |= GC_IMMORTAL;
  return o;
}

export interface BuiltinsModule {
  module: PyObject;
  dict: PyObject;
  roots(): Value[];
}

export function installBuiltins(argv: string[]): BuiltinsModule {
  setupProcess();
  void argv;
  const dict = newDict();
  const set = (name: string, v: Value) => {
    const key = newStr(name);
    dictSet(dict, key, v);
    decref(key);
  };
  for (const [name, fn] of builtinFunctions) set(name, fn);
  const types: [string, PyObject][] = [
    ['int', IntType], ['float', FloatType], ['str', StrType], ['bool', BoolType], ['list', ListType],
    ['tuple', TupleType], ['dict', DictType], ['set', SetType], ['frozenset', FrozenSetType],
    ['range', RangeType], ['type', TypeType], ['object', ObjectType], ['bytes', BytesType], ['bytearray', ByteArrayType], ['complex', ComplexType],
    ['property', PropertyType], ['classmethod', ClassMethodType], ['staticmethod', StaticMethodType],
    ['super', SuperType], ['slice', SliceType],
  ];
  for (const [name, t] of types) set(name, t);
  for (const e of BUILTIN_EXCEPTIONS) set(typeData(e).name, e);
  set('EnvironmentError', OSError);
  set('IOError', OSError);
  set('None', None);
  set('True', True);
  set('False', False);
  set('Ellipsis', Ellipsis);
  set('NotImplemented', NotImplemented);
  const nameKey = newStr('__name__');
  const nameValue = newStr('builtins');
  dictSet(dict, nameKey, nameValue);
  decref(nameKey);
  decref(nameValue);
  const data: ModuleData = { name: 'builtins', dict };
  const module = newObjectOfType(ModuleType, data);
  return { module, dict, roots: () => [] };
}
