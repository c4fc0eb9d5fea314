// Special methods of builtin types as attributes (CPython's wrapper_descriptor / method-wrapper,
// Objects/descrobject.c, and the slotdefs of Objects/typeobject.c). The interpreter's operators
// call the native code directly and never see these objects: they exist so that Python code can
// name a slot (`int.__add__`, `super().__getitem__(k)`, `getattr(x, '__len__')`). Each is an
// immortal builtin method descriptor made once per process, with the self-type check and the
// argument checks CPython's wrappers make, and it runs the same native operation the operators do.

import type { PyObject, Value } from '@pyarena/memory';
import { GC_IMMORTAL, IMMORTAL_REFCNT, PyObject as PyObjectClass } from '@pyarena/memory';
import { BaseException, typeError } from '../errors';
import type { BuiltinData, NativeFn } from './types';
import { BuiltinFunctionType, IntType, ObjectType } from './types';
import { isSubtype, typeData, typeName } from './typeobject';

/** BuiltinData.slot: an ordinary function or method. */
export const SLOT_NONE = 0;
/** A slot wrapper: `<slot wrapper '__add__' of 'int' objects>`, bound `<method-wrapper ...>`. */
export const SLOT_WRAPPER = 1;
/** A special method CPython defines as a plain method: `<method '__format__' of 'int' objects>`. */
export const SLOT_METHOD = 2;

/** What a wrapper computes, given a self already checked against its type and its arguments. */
export type SlotBody = (self: Value, args: Value[]) => Value;

function immortal(o: PyObject): PyObject {
  o.refcnt = IMMORTAL_REFCNT;
  o.gcFlags |= GC_IMMORTAL;
  return o;
}

function typeOfValue(v: Value): PyObject {
  return typeof v === 'number' ? IntType : v.type;
}

function plural(n: number): string {
  return n === 1 ? '' : 's';
}

/**
 * Adds `owner.name` as a slot wrapper (wrap_binaryfunc & co): no keywords, exactly `min..max`
 * positional arguments ("expected 1 argument, got 0"), self an instance of owner.
 */
export function defineSlot(owner: PyObject, name: string, min: number, max: number, body: SlotBody): void {
  const ownerName = typeData(owner).name;
  const fn: NativeFn = (args, kwnames, self) => {
    checkSelf(self, owner, () => `descriptor '${name}' requires a '${ownerName}' object but received a '${typeName(self!)}'`);
    if (kwnames !== null && kwnames.length > 0) typeError(`wrapper ${name}() takes no keyword arguments`);
    const n = args.length;
    if (n < min || n > max) {
      // wrap_ternaryfunc unpacks its arguments with PyArg_UnpackTuple(args, "", ...).
      if (min !== max) typeError(` expected ${n < min ? 'at least' : 'at most'} ${n < min ? min : max} argument${plural(n < min ? min : max)}, got ${n}`);
      typeError(`expected ${min} argument${plural(min)}, got ${n}`);
    }
    return body(self!, args);
  };
  install(owner, name, fn, SLOT_WRAPPER);
}

/**
 * Adds `owner.name` as a special method CPython defines in tp_methods (list.__getitem__,
 * int.__format__): METH_O / METH_NOARGS wording, "descriptor ... doesn't apply to" for a wrong self.
 */
export function defineSlotMethod(owner: PyObject, name: string, min: number, max: number, body: SlotBody): void {
  const ownerName = typeData(owner).name;
  const qualname = `${ownerName}.${name}`;
  const fn: NativeFn = (args, kwnames, self) => {
    checkSelf(self, owner, () => `descriptor '${name}' for '${ownerName}' objects doesn't apply to a '${typeName(self!)}' object`);
    if (kwnames !== null && kwnames.length > 0) typeError(`${qualname}() takes no keyword arguments`);
    const n = args.length;
    if (n < min || n > max) {
      if (max === 0) typeError(`${qualname}() takes no arguments (${n} given)`);
      if (min === 1 && max === 1) typeError(`${qualname}() takes exactly one argument (${n} given)`);
      typeError(`${name} expected ${n < min ? 'at least' : 'at most'} ${n < min ? min : max} argument${plural(n < min ? min : max)}, got ${n}`);
    }
    return body(self!, args);
  };
  install(owner, name, fn, SLOT_METHOD);
}

/**
 * Re-labels a native method already in owner's namespace (list.__init__, object.__repr__...) as
 * a slot wrapper, keeping its own argument handling and adding the self-type check.
 */
export function markSlot(owner: PyObject, name: string, kind = SLOT_WRAPPER): void {
  const old = typeData(owner).attrs.get(name);
  if (typeof old !== 'object' || old.type !== BuiltinFunctionType) throw new Error(`markSlot: no ${name} on ${typeData(owner).name}`);
  const inner = (old.data as BuiltinData).fn;
  const ownerName = typeData(owner).name;
  const fn: NativeFn = owner === ObjectType ? inner : (args, kwnames, self) => {
    checkSelf(self, owner, () => `descriptor '${name}' requires a '${ownerName}' object but received a '${typeName(self!)}'`);
    return inner(args, kwnames, self);
  };
  install(owner, name, fn, kind);
}

function checkSelf(self: Value | null, owner: PyObject, message: () => string): void {
  if (self === null) typeError(message());
  if (owner === ObjectType) return;
  const t = typeOfValue(self);
  if (t !== owner && !isSubtype(t, owner)) typeError(message());
}

function install(owner: PyObject, name: string, fn: NativeFn, slot: number): void {
  const data: BuiltinData = {
    name, fn, self: null, qualname: `${typeData(owner).name}.${name}`, isDescriptor: true, owner, slot,
  };
  typeData(owner).attrs.set(name, immortal(new PyObjectClass(BuiltinFunctionType, data)));
}

/** Sets owner.__hash__ = None: the type's instances are unhashable (list, dict, set, bytearray). */
export function defineUnhashable(owner: PyObject, none: Value): void {
  typeData(owner).attrs.set('__hash__', none);
}

/**
 * Is `f`, found on o's type, a special method o inherits from its builtin base (a list
 * subclass's list.__getitem__)? The dunder dispatch of ops/instance.ts then runs the base's
 * native operation directly, as CPython's inherited slots do, instead of calling the wrapper.
 * object's methods are not: the dispatch has always called them.
 */
export function isInheritedSlot(f: Value, o: Value): boolean {
  return isNativeSlot(f) && isSubtype(typeOfValue(o), (f as PyObject).data.owner as PyObject);
}

/** Is `f` a special method of a builtin type other than object (made by this file)? */
export function isNativeSlot(f: Value): boolean {
  if (typeof f !== 'object' || f.type !== BuiltinFunctionType) return false;
  const b = f.data as BuiltinData;
  return b.slot !== SLOT_NONE && b.owner !== null && b.owner !== ObjectType;
}

/** The builtin layout of an instance of a user subclass of int, list, dict...; null otherwise. */
function builtinViewOf(v: Value): PyObject | null {
  if (typeof v === 'number') return null;
  const d = typeData(v.type);
  if (!d.isHeapType) return null;
  const solid = d.solidBase;
  return solid !== null && solid !== ObjectType && !isSubtype(solid, BaseException) ? solid : null;
}

/**
 * Runs `f` with user-subclass instances among `a` and `b` seen as their builtin base, so that the
 * native operation treats them as the base type (what calling list.__getitem__ on a subclass
 * instance means) instead of dispatching back to the subclass's own override. Transient: the
 * caller keeps both alive.
 */
export function asBuiltin<T>(a: Value, b: Value | undefined, f: () => T): T {
  const va = builtinViewOf(a);
  const vb = b === undefined ? null : builtinViewOf(b);
  if (va === null && vb === null) return f();
  const ta = va === null ? null : (a as PyObject).type;
  const tb = vb === null ? null : (b as PyObject).type;
  if (va !== null) (a as PyObject).type = va;
  if (vb !== null) (b as PyObject).type = vb;
  try {
    return f();
  } finally {
    // b first: when a and b are one object, a's saved type is the original one.
    if (tb !== null) (b as PyObject).type = tb;
    if (ta !== null) (a as PyObject).type = ta;
  }
}

/** The type a value's native operations see: its builtin base for user-subclass instances. */
export function builtinTypeOf(v: Value): PyObject {
  return builtinViewOf(v) ?? typeOfValue(v);
}
