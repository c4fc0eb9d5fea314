// The interpreter's slow paths, one helper per opcode that needs more than a few lines
// (kept out of the loop so V8 can optimise it; clox's callValue/invoke do the same).
// Stack helpers take the stack and sp and return the new sp; values on the stack are owned.

import type { CodeObject } from '@pyarena/compiler';
import type { PyObject, Value } from '@pyarena/memory';
import type { Frame } from '../frame';
import type { BuiltinData, FunctionData, SliceData } from '../objects/types';
import {
  BuiltinFunctionType, DictType, FunctionType, ListType, SliceType, StrType, TupleType, TypeType,
} from '../objects/types';
import {
  EmptyStr, False, None, True, newDict, newList, newStr, newTuple, newObjectOfType,
} from '../objects/constructors';
import { dictDel, dictGetStr, dictMergeStart, dictSet, newDictPresized } from '../objects/dict';
import { newSet, setAdd, setUpdateFrom } from '../objects/set';
import { allocatedAfterExtend, listExtend as listExtendItems, lengthHint } from '../objects/list';
import type { DictTable } from '../objects/dict-table';
import { lookupInType, typeData, typeName, isSubtype } from '../objects/typeobject';
import {
  AssertionError, BaseException, ImportError, NameError, newException, PyErr, raise, RuntimeError,
  TypeError, typeError, UnboundLocalError, valueError, isExceptionType,
} from '../errors';
import type { ExceptionData } from '../errors';
import { decref, decrefAll, incref } from '../refs';
import { codeRuntime } from '../objects/code';
import { getAttr, lookupAttr, setAttr } from './attr';
import { getIter, iterNext, iterateToArray } from './iter';
import { formatBuiltin, unsupportedFormat } from './format';
import { repr, str } from './repr';
import { callObject } from '../call';
import { tstate } from '../tstate';
import { GeneratorType, resume } from '../objects/generator';
import { isTrue } from './compare';
import { suggest } from '../suggestions';

export const evalHooks = {
  buildClass: null as Value | null,
  importModule: (name: string): PyObject => raise(ImportError, `No module named '${name}'`),
  /** Extra names for `format(x, spec)` on user objects (__format__). */
  formatOther: (v: Value, spec: string): string => {
    if (spec === '') return str(v);
    unsupportedFormat(v, spec);
  },
};

// ---------------------------------------------------------------- names

/** NameError with CPython's suggestion from the frame's locals, then globals, then builtins. */
export function nameError(name: string, f?: Frame): never {
  const exc = newException(NameError, [newStr(`name '${name}' is not defined`)]);
  if (f !== undefined) {
    const keysOf = (d: PyObject) => [...(d.data as DictTable).map.keys()].filter((k): k is string => typeof k === 'string');
    (exc.data as ExceptionData).suggestion = suggest(f.code.varnames, name) ??
      suggest(keysOf(f.locals ?? f.globals), name) ?? suggest(keysOf(f.globals), name) ?? suggest(keysOf(f.builtins), name);
  }
  throw new PyErr(exc);
}

export function unboundLocal(name: string): never {
  raise(UnboundLocalError, `cannot access local variable '${name}' where it is not associated with a value`);
}

export function unboundFree(code: CodeObject, i: number): never {
  const ncell = code.cellvars.length;
  const name = i < ncell ? code.cellvars[i]! : code.freevars[i - ncell]!;
  if (i < ncell) unboundLocal(name);
  raise(NameError, `cannot access free variable '${name}' where it is not associated with a value in enclosing scope`);
}

export function loadName(f: Frame, arg: number): Value {
  const name = f.code.names[arg]!;
  let v: Value | undefined;
  if (f.locals !== null) v = dictGetStr(f.locals, name);
  if (v === undefined) v = dictGetStr(f.globals, name);
  if (v === undefined) v = dictGetStr(f.builtins, name);
  if (v === undefined) nameError(name, f);
  incref(v);
  return v;
}

export function loadClassDeref(f: Frame, arg: number): Value {
  const ncell = f.code.cellvars.length;
  const name = arg < ncell ? f.code.cellvars[arg]! : f.code.freevars[arg - ncell]!;
  if (f.locals !== null) {
    const v = dictGetStr(f.locals, name);
    if (v !== undefined) {
      incref(v);
      return v;
    }
  }
  const v = f.cells[arg]!.data as Value | undefined;
  if (v === undefined) unboundFree(f.code, arg);
  incref(v);
  return v;
}

export function deleteName(f: Frame, arg: number): void {
  const target = f.locals ?? f.globals;
  if (!dictDel(target, codeRuntime(f.code).nameObjects[arg]!)) nameError(f.code.names[arg]!);
}

export function deleteGlobal(f: Frame, arg: number): void {
  if (!dictDel(f.globals, codeRuntime(f.code).nameObjects[arg]!)) nameError(f.code.names[arg]!);
}

export function storeAttr(o: Value, name: string, v: Value): void {
  setAttr(o, name, v);
}

export function deleteAttr(o: Value, name: string): void {
  setAttr(o, name, null);
}

/** LOAD_METHOD: (obj -- meth obj) for methods defined on the type, else (obj -- attr NULL). */
export function loadMethod(stack: (Value | null)[], sp: number, name: string): number {
  const obj = stack[sp - 1]!;
  const type = typeof obj === 'number' ? null : obj.type;
  // The shortcut is only valid where attribute lookup is the generic one (not super or modules).
  if (type !== null && !isSubtype(type, TypeType) && !typeData(type).customGetAttr) {
    const attr = lookupInType(type, name);
    if (attr !== undefined && typeof attr === 'object' &&
      ((attr.type === BuiltinFunctionType && (attr.data as BuiltinData).isDescriptor) ||
        (attr.type === FunctionType && !instanceShadows(obj as PyObject, name)))) {
      incref(attr);
      stack[sp - 1] = attr;
      stack[sp++] = obj;
      return sp;
    }
  }
  stack[sp - 1] = getAttr(obj, name);
  decref(obj);
  stack[sp++] = null;
  return sp;
}

function instanceShadows(o: PyObject, name: string): boolean {
  return o.dict !== null && dictGetStr(o.dict, name) !== undefined;
}

// ---------------------------------------------------------------- calls

function popArgs(stack: (Value | null)[], from: number, to: number): void {
  for (let i = to - 1; i >= from; i--) {
    const v = stack[i]!;
    stack[i] = null;
    decref(v);
  }
}

/** CALL_KW: (callable a1..an kwnames -- result). */
export function callKw(stack: (Value | null)[], sp: number, argc: number): number {
  const kwnamesTuple = stack[sp - 1] as PyObject;
  const kwnames = (kwnamesTuple.data as Value[]).map((k) => (k as PyObject).data as string);
  const base = sp - argc - 2;
  const callable = stack[base]!;
  const args = stack.slice(base + 1, sp - 1) as Value[];
  const result = callObject(callable, args, kwnames);
  popArgs(stack, base, sp);
  stack[base] = result;
  return base + 1;
}

/** CALL_FUNCTION_EX: (callable argsTuple [kwargs] -- result). */
export function callFunctionEx(stack: (Value | null)[], sp: number, flags: number): number {
  const hasKw = (flags & 1) !== 0;
  const base = sp - (hasKw ? 3 : 2);
  const callable = stack[base]!;
  const argsTuple = stack[base + 1] as PyObject;
  const args = [...(argsTuple.data as Value[])];
  let kwnames: string[] | null = null;
  if (hasKw) {
    const kw = stack[base + 2] as PyObject;
    kwnames = [];
    for (const e of (kw.data as DictTable).map.values()) {
      if (typeof e.key === 'number' || e.key.type !== StrType) typeError('keywords must be strings');
      kwnames.push(e.key.data as string);
      args.push(e.value);
    }
  }
  const result = callObject(callable, args, kwnames);
  popArgs(stack, base, sp);
  stack[base] = result;
  return base + 1;
}

/** MAKE_FUNCTION: ([defaults] [kwdefaults] [closure] code -- function). */
export function makeFunction(f: Frame, stack: (Value | null)[], sp: number, flags: number): number {
  const codeObj = stack[--sp] as PyObject;
  stack[sp] = null;
  const code = codeObj.data as CodeObject;
  codeRuntime(code);
  let closure: PyObject | null = null;
  let kwdefaults: PyObject | null = null;
  let defaults: PyObject | null = null;
  if (flags & 8) {
    // The tuple of cells is kept as is: it is __closure__, a GC object of its own in CPython.
    closure = stack[--sp] as PyObject;
    stack[sp] = null;
  }
  if (flags & 2) {
    kwdefaults = stack[--sp] as PyObject;
    stack[sp] = null;
  }
  if (flags & 1) {
    defaults = stack[--sp] as PyObject;
    stack[sp] = null;
  }
  const consts = codeRuntime(code).consts;
  const doc = consts.length > 0 && typeof consts[0] === 'object' && consts[0].type === StrType && hasDocstring(code)
    ? consts[0] : None;
  incref(doc);
  const moduleName = dictGetStr(f.globals, '__name__') ?? None;
  incref(moduleName);
  f.globals.refcnt++;
  const data: FunctionData = {
    code, globals: f.globals, defaults, kwdefaults, closure,
    name: code.name, qualname: code.qualname, doc, module: moduleName,
  };
  let fn: PyObject;
  try {
    fn = newObjectOfType(FunctionType, data);
  } catch (e) {
    // MemoryError: the references taken for the function go back.
    for (const v of [doc, moduleName, f.globals, defaults, kwdefaults, closure]) decref(v);
    throw e;
  }
  stack[sp++] = fn;
  return sp;
}

/** The compiler stores a function's docstring as consts[0] (None when there is none). */
function hasDocstring(code: CodeObject): boolean {
  const c = code.consts[0];
  return c !== undefined && c.type === 'str';
}

// ---------------------------------------------------------------- building

export function buildSlice(stack: (Value | null)[], sp: number, n: number): number {
  const step = n === 3 ? stack[--sp]! : None;
  const stop = stack[--sp]!;
  const start = stack[--sp]!;
  stack[sp] = stack[sp + 1] = stack[sp + 2] = null;
  const data: SliceData = { start, stop, step };
  stack[sp++] = newObjectOfType(SliceType, data);
  return sp;
}

export function buildSet(stack: (Value | null)[], sp: number, n: number): number {
  const s = newSet();
  const base = sp - n;
  try {
    for (let i = base; i < sp; i++) setAdd(s, stack[i]!);
  } catch (e) {
    decref(s);
    throw e;
  }
  popArgs(stack, base, sp);
  stack[base] = s;
  return base + 1;
}

/** Every key an exact str? (_PyDict_FromItems chooses the keys' kind up front.) */
function allStrKeys(stack: readonly (Value | null)[], from: number, n: number, stride: number): boolean {
  for (let i = 0; i < n; i++) {
    const k = stack[from + i * stride]!;
    if (typeof k !== 'object' || k.type !== StrType) return false;
  }
  return true;
}

/** BUILD_MAP n: _PyDict_FromItems, a dict presized for n entries. */
export function buildMap(stack: (Value | null)[], sp: number, n: number): number {
  const base = sp - 2 * n;
  const d = newDictPresized(n, allStrKeys(stack, base, n, 2));
  try {
    for (let i = base; i < sp; i += 2) dictSet(d, stack[i]!, stack[i + 1]!);
  } catch (e) {
    decref(d);
    throw e;
  }
  popArgs(stack, base, sp);
  stack[base] = d;
  return base + 1;
}

export function buildConstKeyMap(stack: (Value | null)[], sp: number, n: number): number {
  const keys = stack[sp - 1] as PyObject;
  const base = sp - 1 - n;
  const keyItems = keys.data as Value[];
  const d = newDictPresized(n, allStrKeys(keyItems, 0, n, 1));
  try {
    for (let i = 0; i < n; i++) dictSet(d, keyItems[i]!, stack[base + i]!);
  } catch (e) {
    decref(d);
    throw e;
  }
  popArgs(stack, base, sp);
  stack[base] = d;
  return base + 1;
}

export function buildString(stack: (Value | null)[], sp: number, n: number): number {
  const base = sp - n;
  let s = '';
  for (let i = base; i < sp; i++) s += (stack[i] as PyObject).data as string;
  popArgs(stack, base, sp);
  stack[base] = s.length === 0 ? EmptyStr : newStr(s);
  return base + 1;
}

/** LIST_EXTEND: list_extend, with CPython's growth of the item block (objects/list.ts). */
export function listExtend(list: PyObject, iterable: Value): void {
  listExtendItems(list, iterable);
}

/** SET_ADD (single) and SET_UPDATE (set_update_internal: another set or a dict merges in bulk). */
export function setUpdate(set: PyObject, iterable: Value, single = false): void {
  if (single) setAdd(set, iterable);
  else setUpdateFrom(set, iterable);
}

/** _PyObject_FunctionStr: how CPython names a callable in call errors ('__main__.f()'). */
export function functionStr(f: Value): string {
  if (typeof f === 'object' && f.type === FunctionType) {
    const fn = f.data as FunctionData;
    const module = typeof fn.module === 'object' && fn.module.type === StrType ? (fn.module.data as string) : null;
    return module !== null && module !== 'builtins' ? `${module}.${fn.qualname}()` : `${fn.qualname}()`;
  }
  if (typeof f === 'object' && f.type === BuiltinFunctionType) return `${(f.data as BuiltinData).qualname}()`;
  return `${typeName(f)} object`;
}

/** DICT_UPDATE / DICT_MERGE (`merge` is the callable for f(**m), whose name the errors carry). */
export function dictUpdate(d: PyObject, mapping: Value, callable: Value | null): void {
  const merge = callable !== null;
  if (typeof mapping === 'number' || !isSubtype(mapping.type, DictType)) {
    if (merge) typeError(`${functionStr(callable)} argument after ** must be a mapping, not ${typeName(mapping)}`);
    typeError(`'${typeName(mapping)}' object is not a mapping`);
  }
  // dict_merge: an empty target clones a compact source's keys, else it is presized once.
  if (dictMergeStart(d, mapping)) return;
  for (const e of [...(mapping.data as DictTable).map.values()]) {
    if (merge) {
      const k = e.key;
      const name = typeof k !== 'number' && k.type === StrType ? (k.data as string) : null;
      if (name !== null && dictGetStr(d, name) !== undefined) {
        typeError(`${functionStr(callable)} got multiple values for keyword argument '${name}'`);
      }
    }
    dictSet(d, e.key, e.value);
  }
}

/** FORMAT_VALUE: conversion in flags & 3, a format spec on the stack when flags & 4. */
export function formatValue(stack: (Value | null)[], sp: number, flags: number): number {
  let spec = '';
  if (flags & 4) {
    const s = stack[--sp] as PyObject;
    stack[sp] = null;
    spec = s.data as string;
    decref(s);
  }
  let v = stack[sp - 1]!;
  const conv = flags & 3;
  if (conv !== 0) {
    const text = conv === 1 ? str(v) : conv === 2 ? repr(v) : asciiRepr(v);
    const converted = newStr(text);
    decref(v);
    v = converted;
    stack[sp - 1] = v; // the stack owns the converted string: a failing format below unwinds it
  }
  if (typeof v === 'object' && v.type === StrType && spec === '') return sp;
  const text = formatBuiltin(v, spec) ?? evalHooks.formatOther(v, spec);
  stack[sp - 1] = newStr(text);
  decref(v);
  return sp;
}

export function asciiRepr(v: Value): string {
  return repr(v).replace(/[^\x00-\x7f]/gu, (ch) => {
    const c = ch.codePointAt(0)!;
    if (c <= 0xff) return '\\x' + c.toString(16).padStart(2, '0');
    if (c <= 0xffff) return '\\u' + c.toString(16).padStart(4, '0');
    return '\\U' + c.toString(16).padStart(8, '0');
  });
}

// ---------------------------------------------------------------- unpacking

export function unpackSequence(stack: (Value | null)[], sp: number, n: number): number {
  const seq = stack[--sp]!;
  stack[sp] = null;
  if (typeof seq === 'object' && (seq.type === TupleType || seq.type === ListType) && (seq.data as Value[]).length === n) {
    // The common case: the items go straight onto the stack, each with a new reference.
    const src = seq.data as Value[];
    for (let i = n - 1; i >= 0; i--) {
      const v = src[i]!;
      if (typeof v === 'object') v.refcnt++;
      stack[sp++] = v;
    }
    decref(seq);
    return sp;
  }
  let items: Value[];
  try {
    if (typeof seq === 'object' && (seq.type === TupleType || seq.type === ListType)) {
      const src = seq.data as Value[];
      if (src.length !== n) unpackError(src.length, n);
      items = src.slice();
      for (const v of items) incref(v);
    } else {
      items = unpackIterable(seq, n);
    }
  } finally {
    decref(seq);
  }
  for (let i = n - 1; i >= 0; i--) stack[sp++] = items[i]!;
  return sp;
}

function unpackError(got: number, expected: number): never {
  if (got > expected) valueError(`too many values to unpack (expected ${expected})`);
  valueError(`not enough values to unpack (expected ${expected}, got ${got})`);
}

function unpackIterable(seq: Value, n: number): Value[] {
  let it: PyObject;
  try {
    it = getIter(seq);
  } catch (e) {
    if (e instanceof PyErr && isSubtype(e.exc.type, TypeError)) {
      decref(e.exc);
      typeError(`cannot unpack non-iterable ${typeName(seq)} object`);
    }
    throw e;
  }
  const items: Value[] = [];
  try {
    for (;;) {
      const v = iterNext(it);
      if (v === undefined) break;
      items.push(v);
      if (items.length > n) {
        decrefAll(items);
        valueError(`too many values to unpack (expected ${n})`);
      }
    }
  } finally {
    decref(it);
  }
  if (items.length < n) {
    decrefAll(items);
    unpackError(items.length, n);
  }
  return items;
}

export function unpackEx(stack: (Value | null)[], sp: number, arg: number): number {
  const before = arg & 0xff;
  const after = arg >> 8;
  const seq = stack[--sp]!;
  stack[sp] = null;
  const hint = lengthHint(seq, -1); // of the iterator the starred list is built from, below
  let items: Value[];
  try {
    items = iterateToArray(seq);
  } finally {
    decref(seq);
  }
  if (items.length < before + after) {
    decrefAll(items);
    valueError(`not enough values to unpack (expected at least ${before + after}, got ${items.length})`);
  }
  // The starred list is PySequence_List(iterator) after `before` items, then trimmed by `after`
  // without a resize: its block is what list_extend made for all the remaining items.
  const rest = items.length - before;
  let middle: PyObject;
  try {
    middle = newList(items.slice(before, items.length - after),
      allocatedAfterExtend(hint < 0 ? 8 : Math.max(0, hint - before), rest));
  } catch (e) {
    decrefAll(items.slice(0, before));
    decrefAll(items.slice(items.length - after));
    throw e;
  }
  const out = [...items.slice(0, before), middle, ...items.slice(items.length - after)];
  for (let i = out.length - 1; i >= 0; i--) stack[sp++] = out[i]!;
  return sp;
}

// ---------------------------------------------------------------- exceptions

/** Instantiates an exception class given to `raise`, or checks an exception instance. */
export function makeRaisable(v: Value): PyObject {
  if (typeof v === 'object') {
    if (isSubtype(v.type, TypeType) && isExceptionType(v)) {
      const exc = callObject(v, [], null);
      if (typeof exc !== 'object' || !isExceptionType(exc.type)) {
        typeError(`calling ${repr(v)} should have returned an instance of BaseException, not ${typeName(exc)}`);
      }
      return exc;
    }
    if (isExceptionType(v.type)) {
      v.refcnt++;
      return v;
    }
  }
  typeError('exceptions must derive from BaseException');
}

export function raiseVarargs(stack: (Value | null)[], sp: number, argc: number): number {
  if (argc === 0) {
    const cur = tstate.handledException;
    if (cur === None) raise(RuntimeError, 'No active exception to reraise');
    incref(cur);
    const exc = cur as PyObject;
    throw new PyErr(exc);
  }
  let cause: Value | null = null;
  if (argc === 2) {
    cause = stack[--sp]!;
    stack[sp] = null;
  }
  const v = stack[--sp]!;
  stack[sp] = null;
  let exc: PyObject;
  try {
    exc = makeRaisable(v);
  } finally {
    decref(v);
  }
  if (cause !== null) {
    const data = exc.data as ExceptionData;
    let c: Value = cause;
    if (cause !== None) {
      try {
        c = makeRaisable(cause);
      } catch (e) {
        decref(cause);
        decref(exc);
        if (e instanceof PyErr) {
          decref(e.exc);
          typeError('exception causes must derive from BaseException');
        }
        throw e;
      }
      decref(cause);
    }
    const old = data.cause;
    data.cause = c;
    data.suppressContext = true;
    decref(old);
  }
  throw new PyErr(exc);
}


/**
 * RERAISE: re-raise the exception on top of the stack. The lasti below it only mattered for
 * CPython's f_lineno; our traceback entry for this frame was recorded at the original raise,
 * so the unwinder is told not to add another.
 */
export function reraise(f: Frame, stack: (Value | null)[], sp: number, arg: number): number {
  const exc = stack[--sp] as PyObject;
  stack[sp] = null;
  if (arg) stack[--sp] = null; // lasti: an immediate int, nothing to release
  f.sp = sp;
  (exc.data as ExceptionData).skipTraceback = true;
  throw new PyErr(exc);
}

export function checkExcMatch(stack: (Value | null)[], sp: number): void {
  const type = stack[sp - 1]!;
  const exc = stack[sp - 2] as PyObject;
  const types = typeof type === 'object' && type.type === TupleType ? (type.data as Value[]) : [type];
  let match = false;
  for (const t of types) {
    if (typeof t !== 'object' || !isSubtype(t.type, TypeType) || !isExceptionType(t)) {
      typeError('catching classes that do not inherit from BaseException is not allowed');
    }
    if (isSubtype(exc.type, t)) match = true;
  }
  decref(type);
  stack[sp - 1] = match ? True : False;
}


export function assertionErrorType(): Value {
  return AssertionError;
}

// ---------------------------------------------------------------- with

export function beforeWith(stack: (Value | null)[], sp: number): number {
  const mgr = stack[sp - 1]!;
  const enter = lookupAttr(mgr, '__enter__');
  if (enter === undefined) typeError(`'${typeName(mgr)}' object does not support the context manager protocol`);
  const exit = lookupAttr(mgr, '__exit__');
  if (exit === undefined) {
    decref(enter);
    typeError(`'${typeName(mgr)}' object does not support the context manager protocol (missed __exit__ method)`);
  }
  let res: Value;
  try {
    res = callObject(enter, [], null);
  } catch (e) {
    decref(exit);
    throw e;
  } finally {
    decref(enter);
  }
  stack[sp - 1] = exit;
  decref(mgr);
  stack[sp++] = res;
  return sp;
}

export function withExceptStart(stack: (Value | null)[], sp: number): number {
  const exc = stack[sp - 1] as PyObject;
  const exit = stack[sp - 4]!;
  const res = callObject(exit, [exc.type, exc, None], null);
  stack[sp++] = res;
  return sp;
}

// ---------------------------------------------------------------- generators

export function getYieldFromIter(v: Value): Value {
  if (typeof v === 'object' && v.type === GeneratorType) {
    v.refcnt++;
    return v;
  }
  return getIter(v);
}

/** SEND: returns the new sp on a yield (value on top), or -sp when the sub-iterator finished. */
export function send(stack: (Value | null)[], sp: number): number {
  const v = stack[sp - 1]!;
  const recv = stack[sp - 2] as PyObject;
  if (recv.type === GeneratorType) {
    const [out, done] = resume(recv, v);
    decref(v);
    if (done) {
      stack[sp - 1] = null;
      stack[sp - 2] = out;
      decref(recv);
      return -(sp - 1);
    }
    stack[sp - 1] = out;
    return sp;
  }
  if (v !== None) {
    const sendMethod = getAttr(recv, 'send');
    const out = callObject(sendMethod, [v], null);
    decref(sendMethod);
    decref(v);
    stack[sp - 1] = out;
    return sp;
  }
  const out = iterNext(recv);
  decref(v);
  if (out === undefined) {
    stack[sp - 1] = null;
    stack[sp - 2] = None;
    decref(recv);
    return -(sp - 1);
  }
  stack[sp - 1] = out;
  return sp;
}

// ---------------------------------------------------------------- classes, modules

export function loadBuildClass(): Value {
  const bc = evalHooks.buildClass;
  if (bc === null) raise(NameError, '__build_class__ not found');
  incref(bc);
  return bc;
}

export function setupAnnotations(f: Frame): void {
  const target = f.locals ?? f.globals;
  if (dictGetStr(target, '__annotations__') === undefined) {
    const d = newDict();
    const key = newStr('__annotations__');
    dictSet(target, key, d);
    decref(key);
    decref(d);
  }
}

export function importName(f: Frame, stack: (Value | null)[], sp: number, arg: number): number {
  const fromlist = stack[--sp]!;
  const level = stack[--sp]!;
  stack[sp] = stack[sp + 1] = null;
  decref(fromlist);
  decref(level);
  const name = f.code.names[arg]!;
  const top = name.split('.')[0]!;
  const hasFromlist = fromlist !== None;
  // `import a.b` imports a.b (failing as CPython does: there are no packages), then binds `a`.
  const module = evalHooks.importModule(name);
  if (hasFromlist || top === name) {
    stack[sp++] = module;
  } else {
    decref(module);
    stack[sp++] = evalHooks.importModule(top);
  }
  return sp;
}

export function importFrom(f: Frame, stack: (Value | null)[], sp: number, arg: number): number {
  const module = stack[sp - 1]!;
  const name = f.code.names[arg]!;
  const v = lookupAttr(module, name);
  if (v === undefined) {
    const modName = (lookupAttr(module, '__name__') ?? newStr('?')) as PyObject;
    const text = typeof modName === 'object' && modName.type === StrType ? (modName.data as string) : '?';
    decref(modName); // a new reference: only its text goes into the message
    raise(ImportError, `cannot import name '${name}' from '${text}' (unknown location)`);
  }
  stack[sp++] = v;
  return sp;
}

export function importStar(f: Frame, stack: (Value | null)[], sp: number): number {
  const module = stack[--sp] as PyObject;
  stack[sp] = null;
  const dict = getAttr(module, '__dict__') as PyObject;
  const target = f.locals ?? f.globals;
  for (const e of (dict.data as DictTable).map.values()) {
    const k = e.key as PyObject;
    if (typeof k === 'object' && k.type === StrType && !(k.data as string).startsWith('_')) dictSet(target, k, e.value);
  }
  decref(dict);
  decref(module);
  return sp;
}

export { BaseException, isTrue };
