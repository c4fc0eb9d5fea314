// Native functions and methods (CPython's PyCFunction and method descriptors), and the small
// argument-parsing helpers natives share (Python/getargs.c in spirit).

import type { PyObject, Value } from '@pyarena/memory';
import { GC_IMMORTAL, IMMORTAL_REFCNT, PyObject as PyObjectClass } from '@pyarena/memory';
import { typeError } from '../errors';
import type { BuiltinData, NativeFn } from './types';
import { BuiltinFunctionType, IntType } from './types';
import { isSubtype, typeData, typeName } from './typeobject';
import { newObjectOfType } from './constructors';
import { heap } from '../state';

/** An immortal native function (builtins and module functions: give their `module`). */
export function makeBuiltin(name: string, fn: NativeFn, qualname = name, module: string | null = null): PyObject {
  const data: BuiltinData = { name, fn, self: null, qualname, isDescriptor: false, module, owner: null, slot: 0 };
  const o = new PyObjectClass(BuiltinFunctionType, data);
  o.refcnt = IMMORTAL_REFCNT;
  o.gcFlags |= GC_IMMORTAL;
  return o;
}

/** Adds a native method to a builtin type: `fn` receives the instance as `self`. */
export function defineMethod(type: PyObject, name: string, fn: NativeFn): void {
  const data: BuiltinData = {
    name, fn, self: null, qualname: `${typeData(type).name}.${name}`, isDescriptor: true, module: null, owner: type, slot: 0,
  };
  const o = new PyObjectClass(BuiltinFunctionType, data);
  o.refcnt = IMMORTAL_REFCNT;
  o.gcFlags |= GC_IMMORTAL;
  typeData(type).attrs.set(name, o);
}

/** A new bound builtin method: the descriptor's function with `self` (new reference taken). */
export function bindBuiltin(descr: PyObject, self: Value): PyObject {
  const d = descr.data as BuiltinData;
  if (typeof self === 'object') self.refcnt++;
  const data: BuiltinData = {
    name: d.name, fn: d.fn, self, qualname: d.qualname, isDescriptor: false, module: null, owner: d.owner, slot: d.slot,
  };
  try {
    return newObjectOfType(BuiltinFunctionType, data);
  } catch (e) {
    if (typeof self === 'object' && --self.refcnt === 0) heap.dealloc(self); // MemoryError
    throw e;
  }
}

/**
 * The native function being called, set by the call paths just before they enter it, so that the
 * argument checks below can name it as CPython does (`str.join()`, `math.sqrt()`) without every
 * native passing its qualified name. A nested call overwrites it: checks compare names first.
 */
export const nativeCall = { callee: null as BuiltinData | null };

/** _PyObject_FunctionStr: `module.qualname`, or the qualname alone for builtins and methods. */
function functionStr(name: string): string {
  const b = nativeCall.callee;
  if (b === null || b.name !== name) return name;
  return b.module !== null && b.module !== undefined ? `${b.module}.${b.qualname}` : b.qualname;
}

/**
 * A method descriptor called with a self of another type (list.append(5, 1)): CPython's
 * method_check_args. Slot wrappers make their own check; functions have no owner.
 */
export function checkDescriptorSelf(b: BuiltinData, self: Value): void {
  const owner = b.owner;
  if (owner === null || b.slot !== 0) return;
  const t = typeof self === 'number' ? IntType : self.type;
  if (t === owner || isSubtype(t, owner)) return;
  // Special methods are slot wrappers in CPython, which word the same check differently.
  if (b.name.startsWith('__') && b.name.endsWith('__')) {
    typeError(`descriptor '${b.name}' requires a '${typeData(owner).name}' object but received a '${typeName(self)}'`);
  }
  typeError(`descriptor '${b.name}' for '${typeData(owner).name}' objects doesn't apply to a '${typeName(self)}' object`);
}

/** Positional count check with CPython's wording for functions taking a fixed range. */
export function checkArgs(name: string, args: readonly Value[], kwnames: readonly string[] | null, min: number, max: number): void {
  if (kwnames !== null && kwnames.length > 0) typeError(`${functionStr(name)}() takes no keyword arguments`);
  const n = args.length;
  if (n >= min && n <= max) return;
  if (min === max) {
    // METH_NOARGS and METH_O: the function is named in full; Argument Clinic's checks below are not.
    if (min === 0) typeError(`${functionStr(name)}() takes no arguments (${n} given)`);
    if (min === 1) typeError(`${functionStr(name)}() takes exactly one argument (${n} given)`);
    typeError(`${name} expected ${min} arguments, got ${n}`);
  }
  if (n < min) typeError(`${name} expected at least ${min} argument${min === 1 ? '' : 's'}, got ${n}`);
  typeError(`${name} expected at most ${max} argument${max === 1 ? '' : 's'}, got ${n}`);
}

/** The same check with PyArg_ParseTuple's wording ("find() takes at least 1 argument (0 given)"). */
export function checkTupleArgs(name: string, args: readonly Value[], kwnames: readonly string[] | null, min: number, max: number): void {
  if (kwnames !== null && kwnames.length > 0) typeError(`${functionStr(name)}() takes no keyword arguments`);
  const n = args.length;
  if (n >= min && n <= max) return;
  const [bound, count] = min === max ? ['exactly', min] : n < min ? ['at least', min] : ['at most', max];
  typeError(`${name}() takes ${bound} ${count} argument${count === 1 ? '' : 's'} (${n} given)`);
}

/**
 * Splits a native's arguments into positional values and a keyword map (values borrowed).
 * `allowed` lists accepted keyword names; others raise CPython's "unexpected keyword" error.
 */
export function splitArgs(name: string, args: readonly Value[], kwnames: readonly string[] | null,
  allowed: readonly string[]): [Value[], Map<string, Value>] {
  const kw = new Map<string, Value>();
  if (kwnames === null || kwnames.length === 0) return [args as Value[], kw];
  const npos = args.length - kwnames.length;
  for (let i = 0; i < kwnames.length; i++) {
    const k = kwnames[i]!;
    if (!allowed.includes(k)) typeError(`${name}() got an unexpected keyword argument '${k}'`);
    kw.set(k, args[npos + i]!);
  }
  return [args.slice(0, npos), kw];
}
