// Attribute access (PyObject_GetAttr / SetAttr / DelAttr) for builtin objects, modules, type
// objects and functions. Instances of user classes go through attrHooks, filled in by classes.

import type { PyObject, Value } from '@pyarena/memory';
import type { BuiltinData, FunctionData, ModuleData } from '../objects/types';
import { BuiltinFunctionType, CellType, FunctionType, MethodType, ModuleType, SliceType, TypeType, type MethodData, type SliceData } from '../objects/types';
import { isSubtype, lookupInType, ObjectType, typeData, typeName, type TypeData } from '../objects/typeobject';
import { None, newStr, newTuple, newDict, intFromBigInt, newFloat } from '../objects/constructors';
import { StrType } from '../objects/types';
import { codeRuntime } from '../objects/code';
import { typeError } from '../errors';
import { BoolType, FloatType, IntType } from '../objects/types';
import { toBigInt } from './numbers';
import { bindBuiltin } from '../objects/builtin-function';
import { dictDel, dictGetStr, dictSet } from '../objects/dict';
import {
  AttributeError, isExceptionType, newException, PyErr, raise, tracebackAt, tracebackEntry, TracebackType, ValueError,
  type TracebackView,
} from '../errors';
import { suggest } from '../suggestions';
import type { DictTable } from '../objects/dict-table';
import type { ExceptionData } from '../errors';
import { decref, incref } from '../refs';

export const attrHooks = {
  /** Instances of plain classes (isPlainInstance): PyObject_GenericGetAttr, set by ops/instance. */
  getInstance: (o: PyObject, name: string): Value | undefined => attrHooks.getOther(o, name),
  setInstance: (o: PyObject, name: string, v: Value | null): void => attrHooks.setOther(o, name, v),
  /** getInstance and the generic part of setInstance, given what lookupInType found (attr-sites.ts). */
  getInstanceWith: (o: PyObject, name: string, _attr: Value | undefined): Value | undefined => attrHooks.getInstance(o, name),
  setInstanceWith: (o: PyObject, name: string, v: Value | null, _attr: Value | undefined, _key: PyObject): void =>
    attrHooks.setInstance(o, name, v),
  getOther: (_o: PyObject, _name: string): Value | undefined => undefined,
  setOther: (o: Value, name: string, _v: Value | null): void => {
    const t = typeof o === 'number' ? lookupIntType() : o.type;
    if (['real', 'imag', 'numerator', 'denominator'].includes(name) && numberAttr(o, name) !== undefined) {
      raise(AttributeError, `attribute '${name}' of '${typeData(t).name}' objects is not writable`);
    }
    if (lookupInType(t, name) !== undefined) {
      raise(AttributeError, `'${typeName(o)}' object attribute '${name}' is read-only`);
    }
    raise(AttributeError, `'${typeName(o)}' object has no attribute '${name}'`);
  },
};

export function noAttribute(o: Value, name: string): never {
  if (typeof o !== 'number' && o.type === ModuleType) {
    raise(AttributeError, `module '${(o.data as ModuleData).name}' has no attribute '${name}'`);
  }
  if (typeof o !== 'number' && o.type === TypeType) {
    raise(AttributeError, `type object '${typeData(o).name}' has no attribute '${name}'`);
  }
  const exc = newException(AttributeError, [newStr(`'${typeName(o)}' object has no attribute '${name}'`)]);
  const type = typeof o === 'number' ? lookupIntType() : o.type;
  const names = new Set<string>();
  for (const t of typeData(type).mro) for (const k of typeData(t).attrs.keys()) names.add(k);
  if (typeof o === 'object' && o.dict !== null) {
    for (const k of (o.dict.data as DictTable).map.keys()) if (typeof k === 'string') names.add(k);
  }
  (exc.data as ExceptionData).suggestion = suggest([...names].sort(), name);
  throw new PyErr(exc);
}

/** Binds what the type defines for an instance: methods become bound methods. New reference. */
function bindFromType(attr: Value, self: Value): Value {
  if (typeof attr === 'object' && attr.type === BuiltinFunctionType && (attr.data as BuiltinData).isDescriptor) {
    return bindBuiltin(attr, self);
  }
  incref(attr);
  return attr;
}

/** o.name as a new reference, or undefined when missing (no exception raised). */
export function lookupAttr(o: Value, name: string): Value | undefined {
  if (typeof o === 'object') {
    const t = o.type;
    if (isPlainInstance(t)) return attrHooks.getInstance(o, name);
    if (t === ModuleType) {
      const v = dictGetStr((o.data as ModuleData).dict, name);
      if (v !== undefined) incref(v);
      else if (name === '__dict__') {
        const d = (o.data as ModuleData).dict;
        incref(d);
        return d;
      }
      return v;
    }
    if (t === TypeType || isSubtype(t, TypeType)) {
      // Classes bind what they find (classmethod, staticmethod, functions): see ops/instance.ts.
      const v = attrHooks.getOther(o, name);
      if (v !== undefined) return v;
      if (name === '__mro__') {
        const mro = typeData(o).mro;
        for (const m of mro) incref(m);
        return newTuple([...mro]);
      }
      if (name === '__base__') {
        const b = typeData(o).base ?? None;
        incref(b);
        return b;
      }
      if (name === '__module__') return newStr('builtins');
      // Then the metaclass: type.mro() and friends.
      const meta = lookupInType(o.type, name);
      return meta === undefined ? undefined : bindFromType(meta, o);
    }
    if (t === MethodType) {
      const m = o.data as MethodData;
      if (name === '__self__') { incref(m.self); return m.self; }
      if (name === '__func__') { incref(m.func); return m.func; }
      return lookupAttr(m.func, name);
    }
    if (t === TracebackType) {
      const entry = tracebackEntry(o);
      if (name === 'tb_lineno') return entry.lineno;
      if (name === 'tb_next') {
        const v = o.data as TracebackView;
        return tracebackAt(v.exc, v.depth + 1);
      }
    }
    if (t === CellType && name === 'cell_contents') {
      const v = o.data as Value | undefined;
      if (v === undefined) raise(ValueError, 'Cell is empty');
      incref(v);
      return v;
    }
    if (t === SliceType) {
      const sl = o.data as SliceData;
      const v = name === 'start' ? sl.start : name === 'stop' ? sl.stop : name === 'step' ? sl.step : undefined;
      if (v !== undefined) {
        incref(v);
        return v;
      }
    }
    if (t === FunctionType) {
      const f = o.data as FunctionData;
      if (name === '__name__') return newStr(f.name);
      if (name === '__qualname__') return newStr(f.qualname);
      if (name === '__doc__') { incref(f.doc); return f.doc; }
      if (name === '__module__') { incref(f.module); return f.module; }
      if (name === '__defaults__') { const d = f.defaults ?? None; incref(d); return d; }
      if (name === '__kwdefaults__') { const d = f.kwdefaults ?? None; incref(d); return d; }
      if (name === '__code__') { const c = codeRuntime(f.code).codeObject; incref(c); return c; }
      if (name === '__globals__') { incref(f.globals); return f.globals; }
      if (name === '__closure__') { const c = f.closure ?? None; incref(c); return c; }
      if (name === '__dict__') {
        if (o.dict === null) o.dict = newDict();
        incref(o.dict);
        return o.dict;
      }
      if (o.dict !== null) {
        const v = dictGetStr(o.dict, name);
        if (v !== undefined) { incref(v); return v; }
      }
    }
    if (t === BuiltinFunctionType) {
      if (name === '__name__') return newStr((o.data as BuiltinData).name);
      if (name === '__qualname__') return newStr((o.data as BuiltinData).qualname);
    }
    if (isExceptionType(t) && name === 'args') {
      const args = (o.data as ExceptionData).args;
      incref(args);
      return args;
    }
    const other = attrHooks.getOther(o, name);
    if (other !== undefined) return other;
  }
  const numeric = numberAttr(o, name);
  if (numeric !== undefined) return numeric;
  if (name === '__class__') {
    const t = typeof o === 'number' ? lookupIntType() : o.type;
    incref(t);
    return t;
  }
  const tp = typeof o === 'number' ? lookupIntType() : o.type;
  const attr = lookupInType(tp, name);
  if (attr !== undefined) return bindFromType(attr, o);
  return undefined;
}

/**
 * lookupAttr that also treats an AttributeError raised while looking (by __getattr__, a
 * property) as "missing": hasattr(), getattr() with a default, match's class patterns.
 */
export function lookupAttrOrMissing(o: Value, name: string): Value | undefined {
  try {
    return lookupAttr(o, name);
  } catch (e) {
    if (e instanceof PyErr && isSubtype(e.exc.type, AttributeError)) {
      decref(e.exc);
      return undefined;
    }
    throw e;
  }
}

/** int.real/imag/numerator/denominator and float.real/imag (CPython's getset descriptors). */
function numberAttr(o: Value, name: string): Value | undefined {
  // An instance of a subclass of int or float answers as its base (the result is an exact int or float).
  const t = typeof o === 'number' ? IntType : numericBase(o.type);
  const isInt = t === IntType || t === BoolType;
  if (isInt) {
    if (name === 'real' || name === 'numerator') return typeof o === 'number' ? o : intFromBigInt(toBigInt(o));
    if (name === 'imag') return 0;
    if (name === 'denominator') return 1;
  } else if (t === FloatType && typeof o === 'object') {
    if (name === 'real') {
      if (o.type !== FloatType) return newFloat(o.data as number);
      o.refcnt++;
      return o;
    }
    if (name === 'imag') return newFloat(0);
  }
  return undefined;
}

/** The builtin type a class's instances are laid out as (its solid base), or the type itself. */
function numericBase(type: PyObject): PyObject {
  const data = type.data as TypeData;
  return data.isHeapType && data.solidBase !== null ? data.solidBase : type;
}

let intTypeRef: PyObject | null = null;
function lookupIntType(): PyObject {
  return intTypeRef!;
}
export function setIntTypeForAttr(t: PyObject): void {
  intTypeRef = t;
}

/** Function attributes kept in FunctionData rather than in the function's __dict__. */
function setFunctionSpecial(f: FunctionData, name: string, v: Value | null): boolean {
  const text = (what: string): string => {
    if (v === null || typeof v === 'number' || v.type !== StrType) typeError(`${what} must be set to a string object`);
    return v.data as string;
  };
  switch (name) {
    case '__name__': f.name = text('__name__'); return true;
    case '__qualname__': f.qualname = text('__qualname__'); return true;
    case '__doc__': case '__module__': case '__defaults__': case '__kwdefaults__': {
      const value = v ?? None;
      incref(value);
      const key = name === '__doc__' ? 'doc' : name === '__module__' ? 'module' : name === '__defaults__' ? 'defaults' : 'kwdefaults';
      const old = f[key];
      if (key === 'defaults' || key === 'kwdefaults') f[key] = value === None ? null : value as PyObject;
      else f[key] = value;
      if (key === 'defaults' || key === 'kwdefaults') decrefOrNull(old as PyObject | null);
      else decref(old as Value);
      if (value === None && (key === 'defaults' || key === 'kwdefaults')) decref(value);
      return true;
    }
  }
  return false;
}

function decrefOrNull(v: PyObject | null): void {
  if (v !== null) decref(v);
}

/** o.name: a new reference; AttributeError when missing. */
export function getAttr(o: Value, name: string): Value {
  const v = lookupAttr(o, name);
  if (v === undefined) noAttribute(o, name);
  return v;
}

/**
 * An instance of a class statement's class with object's layout (not a metaclass, exception,
 * weakref or builtin-container subclass): none of the special cases of lookupAttr apply.
 */
export function isPlainInstance(t: PyObject): boolean {
  const d = t.data as TypeData;
  return d.isHeapType && d.solidBase === ObjectType;
}

/** Does what a class has for __setattr__ / __delattr__ replace the generic one? */
export function isCustomSetattr(custom: Value | undefined): custom is PyObject {
  return custom !== undefined && typeof custom === 'object' && custom.type === FunctionType;
}

/** o.name = v (v borrowed), or del o.name when v is null. */
export function setAttr(o: Value, name: string, v: Value | null): void {
  if (typeof o === 'object') {
    if (isPlainInstance(o.type)) return attrHooks.setInstance(o, name, v);
    if (o.type === ModuleType) {
      const d = (o.data as ModuleData).dict;
      if (v === null) {
        const key = newStr(name);
        const found = dictDel(d, key);
        decref(key);
        if (!found) noAttribute(o, name);
      } else {
        const key = newStr(name);
        dictSet(d, key, v);
        decref(key);
      }
      return;
    }
    if (o.type === FunctionType) {
      if (setFunctionSpecial(o.data as FunctionData, name, v)) return;
      if (o.dict === null) o.dict = newDict();
      const key = newStr(name);
      if (v === null) dictDel(o.dict, key);
      else dictSet(o.dict, key, v);
      decref(key);
      return;
    }
  }
  attrHooks.setOther(o, name, v);
}
