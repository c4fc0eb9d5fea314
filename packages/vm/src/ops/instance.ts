// Instances of user classes: attribute lookup (PyObject_GenericGetAttr) and every protocol that
// dispatches to a dunder method (Objects/typeobject.c's slot_* functions). Installed into the
// hooks that the builtin-only operations in ops/ leave open.

import type { PyObject, Value } from '@pyarena/memory';
import {
  CMP_EQ, CMP_GE, CMP_GT, CMP_LE, CMP_LT, CMP_NE, NB_INPLACE_OFFSET, UNARY_INVERT, UNARY_NEGATIVE,
} from '@pyarena/compiler';
import { lookupInType, typeData, typeName, isSubtype } from '../objects/typeobject';
import type { TypeData } from '../objects/typeobject';
import {
  BoolType, BuiltinFunctionType, FunctionType, IntType, TypeType, StrType, ObjectType, DictType, SetType, FrozenSetType, FloatType, type BuiltinData,
} from '../objects/types';
import { False, None, NotImplemented, True, materializeDict, newDict, newInstanceDict, newStr, intFromNumber } from '../objects/constructors';
import { dictDel, dictGetStr, dictSet } from '../objects/dict';
import type { DictTable } from '../objects/dict-table';
import { bindBuiltin } from '../objects/builtin-function';
import { isInheritedSlot, isNativeSlot } from '../objects/slot-wrappers';
import { bindDescriptor, isDataDescriptor, PropertyType, setViaDescriptor, SuperType, type PropertyData, type SuperData } from '../objects/descriptors';
import {
  AttributeError, BaseException, clearTraceback, newException, PyErr, raise, StopIteration, tracebackAt,
  TracebackType, typeError, type ExceptionData, type TracebackView,
} from '../errors';
import { decref, incref } from '../refs';
import { callObject, callHooks } from '../call';
import { attrHooks, isCustomSetattr } from './attr';
import { binaryHooks } from './binary';
import { compareHooks, isTrue } from './compare';
import { CUSTOM_HASH_PREFIX, hashHooks, hashKey } from './hash';
import { bigIntHash } from './pyhash';
import { toBigInt } from './numbers';
import { iterHooks } from './iter';
import { hooks as reprHooks, defaultObjectRepr, exceptionStr } from './repr';
import { contains, delItem, getItem, len, setItem, subscriptHooks } from './subscript';
import { IndexError, SyntaxError, SystemExit, UnicodeError, ValueError } from '../errors';
import { dictGet } from '../objects/dict';
import { binaryOp, unaryOp } from './binary';
import { compare } from './compare';
import { getIter } from './iter';
import { repr, setRepr, str } from './repr';
import { evalHooks } from './eval-helpers';
import { formatBuiltin } from './format';
import { allocInstance, typeNewBuiltin } from '../objects/classes';
import { nameKey } from '../objects/code';
import { suggest } from '../suggestions';

function isHeapInstance(o: Value): boolean {
  return typeof o === 'object' && (o.type.data as TypeData).isHeapType;
}

/** The builtin layout of a user class derived from list, dict, int...; null for plain classes. */
function builtinBaseOf(o: Value): PyObject | null {
  if (typeof o === 'number' || !(o.type.data as TypeData).isHeapType) return null;
  const s = (o.type.data as TypeData).solidBase;
  return s !== null && s !== ObjectType && !isSubtype(s, BaseException) ? s : null;
}

/**
 * Runs a builtin operation on an instance of a subclass of a builtin type as if it were the base
 * type (what inheriting list.__getitem__ & co means). The swap is transient: `o` is kept alive
 * by the caller throughout.
 */
function asBase<T>(o: PyObject, base: PyObject, f: () => T): T {
  const t = o.type;
  o.type = base;
  try {
    return f();
  } finally {
    o.type = t;
  }
}

/**
 * Does a class in type's MRO other than object define `name`? A builtin base's slot wrapper
 * (list.__repr__) does not count: it stands for the native operation the caller falls back to.
 */
function definedBelowObject(type: PyObject, name: string): boolean {
  for (const t of typeData(type).mro) {
    if (t === ObjectType) return false;
    const attr = typeData(t).attrs.get(name);
    if (attr !== undefined && !isNativeSlot(attr)) return true;
  }
  return false;
}

/** Calls type(o).name(o, *args) when the class defines it; undefined when it does not. */
export function callDunder(o: Value, name: string, args: Value[]): Value | undefined {
  if (typeof o === 'number') return undefined;
  const f = lookupInType(o.type, name);
  // A special method inherited from a builtin base (list.__len__ for a list subclass): the
  // callers then run the base's native operation directly, as CPython's inherited slots do.
  if (f === undefined || f === None || isInheritedSlot(f, o)) return undefined;
  if (typeof f === 'object' && f.type === FunctionType) return callObject(f, [o, ...args], null);
  if (typeof f === 'object' && f.type === BuiltinFunctionType && (f.data as BuiltinData).isDescriptor) {
    return (f.data as BuiltinData).fn(args, null, o);
  }
  const bound = bindDescriptor(f, o, o.type);
  try {
    return callObject(bound, args, null);
  } finally {
    decref(bound);
  }
}

// ---------------------------------------------------------------- attributes

function exceptionReprOf(o: PyObject): string {
  const a = (o.data as ExceptionData).args.data as Value[];
  const name = typeData(o.type).name;
  return a.length === 1 ? `${name}(${repr(a[0]!)})` : `${name}(${a.map(repr).join(', ')})`;
}

const UNICODE_ERROR_FIELDS = ['encoding', 'object', 'start', 'end', 'reason'];

function exceptionAttr(o: PyObject, name: string): Value | undefined {
  const d = o.data as ExceptionData;
  let v: Value | undefined;
  if (o.dict !== null) {
    v = dictGetStr(o.dict, name);
    if (v !== undefined) {
      incref(v);
      return v;
    }
  }
  const args = d.args.data as Value[];
  if (name === 'value' && isSubtype(o.type, StopIteration)) {
    v = args[0] ?? None;
    incref(v);
    return v;
  }
  if (name === 'code' && isSubtype(o.type, SystemExit)) {
    v = args.length === 0 ? None : args.length === 1 ? args[0]! : d.args;
    incref(v);
    return v;
  }
  if (isSubtype(o.type, SyntaxError)) {
    v = syntaxErrorField(args, name);
    if (v !== undefined) {
      incref(v);
      return v;
    }
  }
  if (args.length === 5 && isSubtype(o.type, UnicodeError)) {
    const at = UNICODE_ERROR_FIELDS.indexOf(name); // UnicodeEncodeError(encoding, object, start, end, reason)
    if (at >= 0) {
      v = args[at]!;
      incref(v);
      return v;
    }
  }
  switch (name) {
    case 'args': v = d.args; break;
    case '__cause__': v = d.cause ?? None; break;
    case '__context__': v = d.context ?? None; break;
    case '__suppress_context__': v = d.suppressContext ? True : False; break;
    case '__traceback__': return tracebackAt(o, 0);
    default: return undefined;
  }
  incref(v);
  return v;
}

/** PyObject_GenericGetAttr for instances of user classes. New reference or undefined. */
export function instanceGetAttr(o: PyObject, name: string): Value | undefined {
  return instanceGetAttrWith(o, name, lookupInType(o.type, name));
}

/** instanceGetAttr given what lookupInType(o.type, name) finds (an inline cache may know it). */
function instanceGetAttrWith(o: PyObject, name: string, attr: Value | undefined): Value | undefined {
  const type = o.type;
  if (attr !== undefined && isDataDescriptor(attr)) return bindDescriptor(attr, o, type);
  if (o.dict !== null) {
    const v = dictGetStr(o.dict, name);
    if (v !== undefined) {
      incref(v);
      return v;
    }
  }
  if (attr !== undefined) {
    if (typeof attr === 'object' && attr.type === BuiltinFunctionType && (attr.data as BuiltinData).isDescriptor) {
      return bindBuiltin(attr, o);
    }
    return bindDescriptor(attr, o, type);
  }
  if (name === '__dict__' && typeData(type).instanceDict) {
    if (o.dict === null) o.dict = newDict();
    else materializeDict(o.dict);
    incref(o.dict);
    return o.dict;
  }
  if (name === '__class__') {
    incref(type);
    return type;
  }
  if (isSubtype(type, BaseException)) {
    const v = exceptionAttr(o, name);
    if (v !== undefined) return v;
  }
  const getattr = lookupInType(type, '__getattr__');
  if (getattr !== undefined) {
    // An AttributeError raised by __getattr__ propagates as is (its message is the user's).
    const key = newStr(name);
    try {
      return callObject(getattr, [o, key], null);
    } finally {
      decref(key);
    }
  }
  return undefined;
}

/** Attribute lookup on a class: descriptors bound for the class itself. */
function classGetAttr(cls: PyObject, name: string): Value | undefined {
  // type_getattro: the metaclass's data descriptors, then the class's MRO, then the metaclass.
  const meta = cls.type;
  const metaAttr = meta !== TypeType ? lookupInType(meta, name) : undefined;
  if (metaAttr !== undefined && isDataDescriptor(metaAttr)) return bindDescriptor(metaAttr, cls, meta);
  const v = lookupInType(cls, name);
  if (v !== undefined) return bindDescriptor(v, null, cls);
  if (metaAttr !== undefined) return bindDescriptor(metaAttr, cls, meta);
  const d = typeData(cls);
  switch (name) {
    // type_name: a builtin type's tp_name may carry its module ('weakref.ReferenceType').
    case '__name__': return newStr(d.isHeapType ? d.name : d.name.slice(d.name.lastIndexOf('.') + 1));
    case '__qualname__': return newStr(d.qualname || d.name);
    case '__bases__': {
      const bases = d.isHeapType ? d.bases : d.base ? [d.base] : [];
      for (const b of bases) b.refcnt++;
      return newTuple(bases);
    }
    case '__dict__': {
      const dict = newDict();
      for (const [k, val] of d.attrs) {
        const key = newStr(k);
        dictSet(dict, key, val);
        decref(key);
      }
      return dict;
    }
    case '__doc__': return None;
  }
  return undefined;
}

import { newTuple } from '../objects/constructors';

/** super().name: search the MRO of type(obj) after `type`. */
function superGetAttr(s: PyObject, name: string): Value | undefined {
  const d = s.data as SuperData;
  if (name === '__class__') {
    incref(SuperType);
    return SuperType;
  }
  const mro = typeData(d.objType).mro;
  let i = mro.indexOf(d.type) + 1;
  for (; i < mro.length; i++) {
    const attr = typeData(mro[i]!).attrs.get(name);
    if (attr === undefined) continue;
    const instance = d.obj === d.objType ? null : d.obj;
    if (typeof attr === 'object' && attr.type === BuiltinFunctionType && (attr.data as BuiltinData).isDescriptor) {
      // object.__init_subclass__ is a classmethod in CPython: bind it to the class.
      if (name === '__init_subclass__') return bindBuiltin(attr, d.obj);
      if (instance === null) {
        incref(attr);
        return attr;
      }
      return bindBuiltin(attr, instance);
    }
    return bindDescriptor(attr, instance, d.objType);
  }
  return undefined;
}

function setInstanceAttr(o: PyObject, name: string, v: Value | null): void {
  setInstanceAttrWith(o, name, v, lookupInType(o.type, name));
}

/**
 * setInstanceAttr given what lookupInType(o.type, name) finds, and the name as a str for the
 * instance dict (the code's interned name; null: look it up).
 */
function setInstanceAttrWith(o: PyObject, name: string, v: Value | null, attr: Value | undefined,
  nameObject: PyObject | null = null): void {
  const type = o.type;
  if (attr !== undefined && typeof attr === 'object' && attr.type === PropertyType) {
    const p = attr.data as PropertyData;
    const f = v === null ? p.fdel : p.fset;
    if (f === None) {
      raise(AttributeError, `property '${name}' of '${typeName(o)}' object has no ${v === null ? 'deleter' : 'setter'}`);
    }
    decref(callObject(f, v === null ? [o] : [o, v], null));
    return;
  }
  if (attr !== undefined && setViaDescriptor(attr, o, v)) return;
  if (isSubtype(type, BaseException) && setExceptionAttr(o, name, v)) return;
  if (name === '__class__') typeError('__class__ assignment is not supported');
  if (o.dict === null) {
    // No __dict__ (every class declares __slots__): only the slots can be set.
    if (v === null || !typeData(type).instanceDict) raise(AttributeError, `'${typeName(o)}' object has no attribute '${name}'`);
    // Only instances made by object.__new__ store inline (3.11's _PyObject_InitializeDict);
    // exceptions (BaseException's own slot) and subclasses of list, dict... get a real dict.
    const solid = typeData(type).solidBase;
    o.dict = solid === null || solid === ObjectType ? newInstanceDict(type) : newDict();
  }
  const key = nameObject ?? nameKey(name);
  if (nameObject !== null) nameObject.refcnt++; // released below like a fresh key
  try {
    if (v === null) {
      if (!dictDel(o.dict, key)) raise(AttributeError, `'${typeName(o)}' object has no attribute '${name}'`);
    } else dictSet(o.dict, key, v);
  } finally {
    decref(key);
  }
}

function setExceptionAttr(o: PyObject, name: string, v: Value | null): boolean {
  const d = o.data as ExceptionData;
  const value = v ?? None;
  switch (name) {
    case '__cause__': {
      const old = d.cause;
      incref(value);
      d.cause = value;
      d.suppressContext = true;
      decref(old);
      return true;
    }
    case '__context__': {
      const old = d.context;
      incref(value);
      d.context = value;
      decref(old);
      return true;
    }
    case '__suppress_context__':
      d.suppressContext = isTrue(value);
      return true;
    case '__traceback__':
      if (value === None) clearTraceback(o);
      else if (typeof value !== 'object' || value.type !== TracebackType) {
        typeError('__traceback__ must be a traceback or None');
      } else if ((value.data as TracebackView).exc !== o) {
        // Another exception's traceback: its entries (not the frames' references) are copied.
        clearTraceback(o);
        d.traceback = (((value.data as TracebackView).exc.data) as ExceptionData).traceback
          .map((e) => ({ ...e, frameRefs: undefined, frame: null }));
      }
      return true;
    case 'args': {
      const old = d.args;
      const items = iterateToArray(value);
      d.args = newTuple(items);
      decref(old);
      return true;
    }
  }
  if (typeData(o.type).isHeapType) return false;
  // Builtin exception instances have a __dict__ for arbitrary attributes too.
  if (o.dict === null) o.dict = newDict();
  const key = newStr(name);
  try {
    if (v === null) {
      if (!dictDel(o.dict, key)) raise(AttributeError, `'${typeName(o)}' object has no attribute '${name}'`);
    } else dictSet(o.dict, key, v);
  } finally {
    decref(key);
  }
  return true;
}

import { iterateToArray } from './iter';

function setClassAttr(cls: PyObject, name: string, v: Value | null): void {
  const d = typeData(cls);
  if (!d.isHeapType) typeError(`cannot set '${name}' attribute of immutable type '${d.name}'`);
  if (name === '__qualname__' || name === '__name__') {
    // Stored in the type itself (type_set_qualname, type_set_name), not its dict, so subclasses
    // do not inherit them.
    if (v === null) typeError(`cannot delete '${name}' attribute of immutable type '${d.name}'`);
    if (typeof v !== 'object' || v.type !== StrType) typeError(`can only assign string to ${d.name}.${name}, not '${typeName(v)}'`);
    if (name === '__qualname__') d.qualname = v.data as string;
    else d.name = v.data as string;
    return;
  }
  const old = d.attrs.get(name);
  if (v === null) {
    if (old === undefined) raise(AttributeError, `type object '${d.name}' has no attribute '${name}'`);
    d.attrs.delete(name);
  } else {
    incref(v);
    d.attrs.set(name, v);
  }
  if (old !== undefined) decref(old);
}

const previousGetOther = attrHooks.getOther;
attrHooks.getOther = (o, name) => {
  if (isSubtype(o.type, TypeType)) return classGetAttr(o, name);
  if (o.type === SuperType) return superGetAttr(o, name);
  if (isHeapInstance(o)) return instanceGetAttr(o, name);
  if (isSubtype(o.type, BaseException)) return exceptionAttr(o, name);
  return previousGetOther(o, name);
};

const previousSetOther = attrHooks.setOther;
attrHooks.setOther = (o, name, v) => {
  if (typeof o === 'object') {
    if (isSubtype(o.type, TypeType)) return setClassAttr(o, name, v);
    if (isHeapInstance(o)) return heapInstanceSetAttr(o, name, v);
    if (isSubtype(o.type, BaseException) && setExceptionAttr(o, name, v)) return;
  }
  previousSetOther(o, name, v);
};
attrHooks.getInstance = instanceGetAttr;
attrHooks.getInstanceWith = instanceGetAttrWith;
attrHooks.setInstance = heapInstanceSetAttr;
attrHooks.setInstanceWith = setInstanceAttrWith;

/** o.name = v on an instance of a user class: its __setattr__ / __delattr__ if it defines one. */
function heapInstanceSetAttr(o: PyObject, name: string, v: Value | null): void {
  const custom = lookupInType(o.type, v === null ? '__delattr__' : '__setattr__');
  if (isCustomSetattr(custom)) {
    const key = newStr(name);
    try {
      decref(callObject(custom, v === null ? [o, key] : [o, key, v], null));
    } finally {
      decref(key);
    }
    return;
  }
  readOnlyNumberAttr(o, name);
  setInstanceAttr(o, name, v);
}

/** int's real/imag/numerator/denominator and float's real/imag are read-only getset descriptors. */
function readOnlyNumberAttr(o: PyObject, name: string): void {
  const base = (o.type.data as TypeData).solidBase;
  if (base === null || (base !== IntType && base !== FloatType)) return;
  const names = base === IntType ? ['real', 'imag', 'numerator', 'denominator'] : ['real', 'imag'];
  if (names.includes(name)) {
    raise(AttributeError, `attribute '${name}' of '${typeData(base).name}' objects is not writable`);
  }
}

/** object.__setattr__ / object.__delattr__ for instances (used by super().__setattr__). */
export function objectSetAttr(o: Value, name: string, v: Value | null): void {
  if (isHeapInstance(o)) {
    readOnlyNumberAttr(o as PyObject, name);
    setInstanceAttr(o as PyObject, name, v);
  } else {
    previousSetOther(o, name, v);
  }
}

// ---------------------------------------------------------------- repr, str, format

reprHooks.reprOther = (o, asStr) => {
  const base = builtinBaseOf(o);
  if (base !== null && !definedBelowObject(o.type, asStr ? '__str__' : '__repr__') &&
    !definedBelowObject(o.type, '__repr__')) {
    // set_repr names the subclass; the other builtin reprs do not (list's, dict's, int's...).
    if (base === SetType || base === FrozenSetType) return setRepr(o, typeData(o.type).name);
    return asBase(o, base, () => (asStr ? str(o) : repr(o)));
  }
  if (asStr) {
    const s = callDunder(o, '__str__', []);
    if (s !== undefined) return takeStr(s, '__str__');
  }
  const r = callDunder(o, '__repr__', []);
  if (r !== undefined) return takeStr(r, '__repr__');
  if (isSubtype(o.type, BaseException)) return asStr ? exceptionStr(o) : exceptionReprOf(o);
  return defaultObjectRepr(o);
};

function takeStr(v: Value, method: string): string {
  if (typeof v !== 'object' || v.type !== StrType) {
    decref(v);
    typeError(`${method} returned non-string (type ${typeName(v)})`);
  }
  const s = v.data as string;
  decref(v);
  return s;
}

evalHooks.formatOther = (v, spec) => {
  const key = newStr(spec);
  try {
    const r = callDunder(v, '__format__', [key]);
    if (r !== undefined) return takeStr(r, '__format__');
  } finally {
    decref(key);
  }
  // format() of an int, float or str subclass without its own __format__: the base's.
  const base = builtinBaseOf(v);
  if (base !== null) {
    const text = asBase(v as PyObject, base, () => formatBuiltin(v, spec));
    if (text !== null) return text;
  }
  if (spec !== '') typeError(`unsupported format string passed to ${typeName(v)}.__format__`);
  return reprHooks.reprOther(v as PyObject, true);
};

// ---------------------------------------------------------------- comparison, truth, hashing

const CMP_NAMES = ['__lt__', '__le__', '__eq__', '__ne__', '__gt__', '__ge__'];
const CMP_SWAPPED = [CMP_GT, CMP_GE, CMP_EQ, CMP_NE, CMP_LT, CMP_LE];

/**
 * do_richcompare for objects with Python-level comparisons: the result of __eq__, __lt__... as
 * returned (a new reference: `A() == 1` may be any object), or null for NotImplemented all round.
 */
function richCompareObject(a: Value, b: Value, op: number): Value | null {
  // The right operand's reflected method goes first when its type is a subclass of the left's.
  const aType = typeof a === 'number' ? null : a.type;
  const bType = typeof b === 'number' ? null : b.type;
  const reflectedFirst = bType !== null && aType !== bType && aType !== null && isSubtype(bType, aType) &&
    isHeapInstance(b);
  const tryCall = (x: Value, y: Value, o: number): Value | null => {
    if (!isHeapInstance(x)) return null;
    const r = callDunder(x, CMP_NAMES[o]!, [y]);
    return r === undefined || r === NotImplemented ? null : r;
  };
  if (reflectedFirst) {
    const r = tryCall(b, a, CMP_SWAPPED[op]!);
    if (r !== null) return r;
  }
  let r = tryCall(a, b, op);
  if (r !== null) return r;
  if (!reflectedFirst) {
    r = tryCall(b, a, CMP_SWAPPED[op]!);
    if (r !== null) return r;
  }
  const aBase = builtinBaseOf(a), bBase = builtinBaseOf(b);
  if (aBase !== null || bBase !== null) {
    // Inherited comparisons of list, dict, int...: compare as the base types.
    const swapA = (f: () => boolean) => (aBase !== null ? asBase(a as PyObject, aBase, f) : f());
    const swapB = (f: () => boolean) => (bBase !== null ? asBase(b as PyObject, bBase, f) : f());
    try {
      return swapA(() => swapB(() => compare(a, b, op))) ? True : False;
    } catch (e) {
      if (!(e instanceof PyErr)) throw e;
      decref(e.exc);
    }
  }
  if (op === CMP_NE) {
    // Default __ne__ inverts __eq__ (object.__ne__): a bool, whatever __eq__ returned.
    const eq = tryCall(a, b, CMP_EQ) ?? tryCall(b, a, CMP_EQ);
    if (eq !== null) return takeTruth(eq) ? False : True;
  }
  return null;
}

/** PyObject_IsTrue of a result, which is released even when its __bool__ raises. */
function takeTruth(v: Value): boolean {
  try {
    return isTrue(v);
  } finally {
    decref(v);
  }
}

// A Python-level method's result is returned as is; other objects (deques, weakref proxies...)
// answer through the richCompareOther chain the modules extend, as a bool.
compareHooks.richCompareObject = (a, b, op) => {
  if (isHeapInstance(a) || isHeapInstance(b)) return richCompareObject(a, b, op);
  const r = compareHooks.richCompareOther(a, b, op);
  return r === null ? null : r ? True : False;
};
compareHooks.richCompareOther = (a, b, op) => {
  const r = richCompareObject(a, b, op);
  return r === null ? null : takeTruth(r);
};

compareHooks.truthOther = (o) => {
  const b = callDunder(o, '__bool__', []);
  if (b !== undefined) {
    if (b !== True && b !== False) {
      decref(b);
      typeError(`__bool__ should return bool, returned ${typeName(b)}`);
    }
    return b === True;
  }
  const n = callDunder(o, '__len__', []);
  if (n !== undefined) {
    const length = lenResult(n);
    return length !== 0;
  }
  const base = builtinBaseOf(o);
  if (base !== null) return asBase(o, base, () => isTrue(o));
  return true;
};

function lenResult(n: Value): number {
  if (typeof n !== 'number') {
    decref(n);
    typeError(`'${typeName(n)}' object cannot be interpreted as an integer`);
  }
  if (n < 0) raise(ValueError, '__len__() should return >= 0');
  return n;
}


hashHooks.keyOther = (o) => {
  if (!isHeapInstance(o)) return o;
  const h = lookupInType(o.type, '__hash__');
  if (h === None) typeError(`unhashable type: '${typeName(o)}'`);
  if (h === undefined || (typeof h === 'object' && h.type === BuiltinFunctionType)) {
    // Subclasses of tuple, int, str... hash (and so compare as keys) like their base.
    const base = builtinBaseOf(o);
    if (base !== null && base !== DictType) return asBase(o, base, () => hashKey(o));
    return o;
  }
  const r = callDunder(o, '__hash__', [])!;
  // Objects with a user __hash__ are told apart by __eq__ when hashes collide: see objects/dict.ts.
  return CUSTOM_HASH_PREFIX + userHashResult(r);
};

const INT64_MIN = -(2n ** 63n);
const INT64_MAX = 2n ** 63n - 1n;

/**
 * slot_tp_hash's reading of a __hash__ result (consumed): an int (bool included) within
 * Py_hash_t is kept, a larger one is reduced as long_hash reduces, and -1 becomes -2.
 */
function userHashResult(r: Value): number | bigint {
  if (typeof r === 'number') return r === -1 ? -2 : r;
  const isInt = r.type === IntType || r.type === BoolType;
  const b = isInt ? toBigInt(r) : 0n;
  decref(r);
  if (!isInt) typeError('__hash__ method should return an integer');
  const h = b >= INT64_MIN && b <= INT64_MAX ? b : bigIntHash(b);
  return h === -1n ? -2 : Number.isSafeInteger(Number(h)) ? Number(h) : h;
}

// ---------------------------------------------------------------- iteration, containers

const previousGetIter = iterHooks.getIterOther;
iterHooks.getIterOther = (o) => {
  if (isHeapInstance(o)) {
    const it = callDunder(o, '__iter__', []);
    if (it !== undefined) {
      if (typeof it === 'number' || lookupInType(it.type, '__next__') === undefined && !isBuiltinIter(it)) {
        const name = typeName(it);
        decref(it);
        typeError(`iter() returned non-iterator of type '${name}'`);
      }
      return it;
    }
    const base = builtinBaseOf(o);
    if (base !== null) return asBase(o, base, () => getIter(o));
    if (lookupInType(o.type, '__getitem__') !== undefined) return sequenceIterator(o);
  }
  return previousGetIter(o);
};

function isBuiltinIter(v: PyObject): boolean {
  return !typeData(v.type).isHeapType;
}

/** The old sequence protocol: call __getitem__(0), (1), ... until IndexError. */
function sequenceIterator(o: PyObject): PyObject {
  let i = 0;
  const fn = makeNativeIterator(() => {
    try {
      return callDunder(o, '__getitem__', [intFromNumber(i++)]);
    } catch (e) {
      if (e instanceof PyErr && (isSubtype(e.exc.type, IndexError) || isSubtype(e.exc.type, StopIteration))) {
        decref(e.exc);
        return undefined;
      }
      throw e;
    }
  }, o);
  return fn;
}


import { makeNativeIterator } from '../objects/native-iterator';
import { syntaxErrorField } from './syntax-error-fields';

const previousNext = iterHooks.iterNextOther;
iterHooks.iterNextOther = (it) => {
  if (isHeapInstance(it)) {
    try {
      const v = callDunder(it, '__next__', []);
      if (v === undefined) typeError(`'${typeName(it)}' object is not an iterator`);
      return v;
    } catch (e) {
      if (e instanceof PyErr && isSubtype(e.exc.type, StopIteration)) {
        decref(e.exc);
        return undefined;
      }
      throw e;
    }
  }
  return previousNext(it);
};

const prevGetItem = subscriptHooks.getItemOther;
subscriptHooks.getItemOther = (o, key) => {
  if (isHeapInstance(o)) {
    const r = callDunder(o, '__getitem__', [key]);
    if (r !== undefined) return r;
    const base = builtinBaseOf(o);
    if (base !== null) {
      const obj = o as PyObject;
      if (base === DictType && dictGet(obj, key) === undefined && lookupInType(obj.type, '__missing__') !== undefined) {
        return callDunder(obj, '__missing__', [key])!;
      }
      return asBase(obj, base, () => getItem(obj, key));
    }
  }
  if (typeof o === 'object' && isSubtype(o.type, TypeType)) {
    const r = lookupInType(o, '__class_getitem__');
    if (r !== undefined) {
      const bound = bindDescriptor(r, null, o);
      try {
        return callObject(bound, [key], null);
      } finally {
        decref(bound);
      }
    }
    // list[int] and friends: typing generics are accepted as no-ops.
    o.refcnt++;
    return o;
  }
  return prevGetItem(o, key);
};

const prevSetItem = subscriptHooks.setItemOther;
subscriptHooks.setItemOther = (o, key, v) => {
  if (isHeapInstance(o)) {
    const r = callDunder(o, '__setitem__', [key, v]);
    if (r !== undefined) {
      decref(r);
      return;
    }
    const base = builtinBaseOf(o);
    if (base !== null) return asBase(o as PyObject, base, () => setItem(o, key, v));
  }
  prevSetItem(o, key, v);
};

const prevDelItem = subscriptHooks.delItemOther;
subscriptHooks.delItemOther = (o, key) => {
  if (isHeapInstance(o)) {
    const r = callDunder(o, '__delitem__', [key]);
    if (r !== undefined) {
      decref(r);
      return;
    }
    const base = builtinBaseOf(o);
    if (base !== null) return asBase(o as PyObject, base, () => delItem(o, key));
  }
  prevDelItem(o, key);
};

const prevLen = subscriptHooks.lenOther;
subscriptHooks.lenOther = (o) => {
  if (isHeapInstance(o)) {
    const n = callDunder(o, '__len__', []);
    if (n !== undefined) return lenResult(n);
    const base = builtinBaseOf(o);
    if (base !== null) return asBase(o as PyObject, base, () => len(o));
  }
  return prevLen(o);
};

subscriptHooks.containsOther = (o, item) => {
  if (!isHeapInstance(o)) return null;
  const r = callDunder(o, '__contains__', [item]);
  if (r === undefined) {
    const base = builtinBaseOf(o);
    return base === null ? null : asBase(o as PyObject, base, () => contains(o, item));
  }
  const t = isTrue(r);
  decref(r);
  return t;
};

// ---------------------------------------------------------------- calls

callHooks.callOther = (callable, args, kwnames) => {
  if (isHeapInstance(callable)) {
    const f = lookupInType((callable as PyObject).type, '__call__');
    if (f !== undefined) {
      const bound = bindDescriptor(f, callable, (callable as PyObject).type);
      try {
        return callObject(bound, args, kwnames);
      } finally {
        decref(bound);
      }
    }
  }
  if (typeof callable === 'object' && callable.type.type !== TypeType && isSubtype(callable.type, TypeType)) {
    // Instances of a metaclass are classes: calling them creates instances.
    return callHooks.callType!(callable, args, kwnames);
  }
  typeError(`'${typeName(callable)}' object is not callable`);
};

/** Calling a class: __new__ then __init__ (type_call). */
callHooks.callType = (cls, args, kwnames) => {
  const newMethod = lookupInType(cls, '__new__');
  let obj: Value;
  if (newMethod === typeNewBuiltin && isSubtype(cls, TypeType)) {
    obj = (typeNewBuiltin.data as BuiltinData).fn([cls, ...args], kwnames, null); // a metaclass: type_new
  } else if (newMethod !== undefined && typeof newMethod === 'object' && newMethod.type !== BuiltinFunctionType) {
    const f = bindDescriptor(newMethod, null, cls);
    try {
      obj = callObject(f, [cls, ...args], kwnames);
    } finally {
      decref(f);
    }
  } else {
    obj = allocInstance(cls, args.slice(0, args.length - (kwnames?.length ?? 0)));
  }
  if (typeof obj !== 'object' || !isSubtype(obj.type, cls)) return obj;
  const init = lookupInType(cls, '__init__');
  if (init !== undefined) {
    try {
      let r: Value;
      if (typeof init === 'object' && init.type === FunctionType) r = callObject(init, [obj, ...args], kwnames);
      else if (typeof init === 'object' && init.type === BuiltinFunctionType) r = (init.data as BuiltinData).fn(args, kwnames, obj);
      else {
        const bound = bindDescriptor(init, obj, cls);
        try {
          r = callObject(bound, args, kwnames);
        } finally {
          decref(bound);
        }
      }
      if (r !== None) {
        decref(r);
        typeError(`__init__() should return None, not '${typeName(r)}'`);
      }
    } catch (e) {
      decref(obj);
      throw e;
    }
  }
  return obj;
};

// ---------------------------------------------------------------- operators

const BINARY_NAMES = ['add', 'and', 'floordiv', 'lshift', 'matmul', 'mul', 'mod', 'or', 'pow', 'rshift', 'sub', 'truediv', 'xor'];

binaryHooks.binaryOther = (op, a, b) => {
  const inplace = op >= NB_INPLACE_OFFSET;
  const name = BINARY_NAMES[inplace ? op - NB_INPLACE_OFFSET : op]!;
  if (!isHeapInstance(a) && !isHeapInstance(b)) return NotImplemented;
  if (inplace && isHeapInstance(a)) {
    const r = callDunder(a, `__i${name}__`, [b]);
    if (r !== undefined && r !== NotImplemented) return r;
  }
  const aType = typeof a === 'number' ? null : a.type;
  const bType = typeof b === 'number' ? null : b.type;
  const sameType = aType === bType;
  const reflectedFirst = !sameType && bType !== null && aType !== null && isSubtype(bType, aType) &&
    isHeapInstance(b) && lookupInType(bType, `__r${name}__`) !== undefined;
  if (reflectedFirst) {
    const r = callDunder(b, `__r${name}__`, [a]);
    if (r !== undefined && r !== NotImplemented) return r;
  }
  if (isHeapInstance(a)) {
    const r = callDunder(a, `__${name}__`, [b]);
    if (r !== undefined && r !== NotImplemented) return r;
  }
  if (!sameType && !reflectedFirst && isHeapInstance(b)) {
    const r = callDunder(b, `__r${name}__`, [a]);
    if (r !== undefined && r !== NotImplemented) return r;
  }
  const aBase = builtinBaseOf(a), bBase = builtinBaseOf(b);
  if (aBase !== null || bBase !== null) {
    // Inherited arithmetic of int, str, list...: the result has the base type, as in CPython.
    const swapA = (f: () => Value) => (aBase !== null ? asBase(a as PyObject, aBase, f) : f());
    const swapB = (f: () => Value) => (bBase !== null ? asBase(b as PyObject, bBase, f) : f());
    return swapA(() => swapB(() => binaryOp(op, a, b)));
  }
  return NotImplemented;
};

binaryHooks.unaryOther = (op, v) => {
  if (!isHeapInstance(v)) return null;
  const name = op === UNARY_NEGATIVE ? '__neg__' : op === UNARY_INVERT ? '__invert__' : '__pos__';
  const r = callDunder(v, name, []);
  if (r !== undefined) return r;
  // -x, +x, ~x of an int or float subclass that does not override them: the base's native slot.
  const base = builtinBaseOf(v);
  return base === null ? null : asBase(v as PyObject, base, () => unaryOp(op, v));
};

export { newException, suggest, dictGetStr };
export type { DictTable };
