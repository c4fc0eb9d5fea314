// property, classmethod, staticmethod and super (Objects/descrobject.c, funcobject.c,
// typeobject.c super_getattro), and binding functions into bound methods.

import type { PyObject, Value, Visit } from '@pyarena/memory';
import { makeType, typeData, isSubtype, typeName, lookupInType } from './typeobject';
import { newObjectOfType, None } from './constructors';
import { MethodType, TypeType, FunctionType, type MethodData, type NativeFn } from './types';
import { checkArgs, defineMethod, splitArgs } from './builtin-function';
import { decref, decrefAll, incref } from '../refs';
import { raise, RuntimeError, typeError, AttributeError } from '../errors';
import { typeConstructors } from '../call';
import { tstate } from '../tstate';

export interface PropertyData { fget: Value; fset: Value; fdel: Value; doc: Value }
const visitAll = (values: Value[], visit: Visit) => {
  for (const v of values) if (typeof v === 'object') visit(v);
};

/** A __slots__ entry on its class: reads and writes one slot of the instance's slot array. */
export interface MemberData {
  name: string;
  /** The class that declared the slot (owned: class -> member -> class is a cycle, as CPython's). */
  owner: PyObject;
  index: number;
}

export const MemberDescriptorType = makeType({
  name: 'member_descriptor', isGC: true, basicSize: 64, acceptsSubclasses: false,
  traverse: (o, visit) => visit((o.data as MemberData).owner),
  clear: () => undefined, // the owner is released at dealloc; clearing the class breaks the cycle
  dealloc: (o) => decref((o.data as MemberData).owner),
});

export function newMemberDescriptor(name: string, owner: PyObject, index: number): PyObject {
  owner.refcnt++;
  return newObjectOfType(MemberDescriptorType, { name, owner, index } satisfies MemberData);
}

function memberTarget(m: MemberData, obj: PyObject): Value[] {
  if (!isSubtype(obj.type, m.owner)) {
    typeError(`descriptor '${m.name}' for '${typeData(m.owner).name}' objects doesn't apply to a '${typeName(obj)}' object`);
  }
  return obj.data as Value[];
}

/** member_get: the slot's value (new reference); an empty slot raises AttributeError. */
export function memberGet(attr: PyObject, obj: PyObject): Value {
  const m = attr.data as MemberData;
  const v = memberTarget(m, obj)[m.index];
  if (v === undefined) raise(AttributeError, `'${typeName(obj)}' object has no attribute '${m.name}'`);
  incref(v);
  return v;
}

/** member_set: v null deletes (AttributeError when the slot is empty). */
export function memberSet(attr: PyObject, obj: PyObject, v: Value | null): void {
  const m = attr.data as MemberData;
  const slots = memberTarget(m, obj);
  const old = slots[m.index];
  if (v === null) {
    if (old === undefined) raise(AttributeError, `'${typeName(obj)}' object has no attribute '${m.name}'`);
    slots[m.index] = undefined as unknown as Value;
  } else {
    incref(v);
    slots[m.index] = v;
  }
  if (old !== undefined) decref(old);
}

export const PropertyType = makeType({
  name: 'property', isGC: true, basicSize: 80,
  traverse: (o, visit) => {
    const p = o.data as PropertyData;
    visitAll([p.fget, p.fset, p.fdel, p.doc], visit);
  },
  clear: (o) => {
    const p = o.data as PropertyData;
    const refs = [p.fget, p.fset, p.fdel, p.doc];
    p.fget = p.fset = p.fdel = p.doc = None;
    decrefAll(refs);
  },
  dealloc: (o) => {
    const p = o.data as PropertyData;
    decrefAll([p.fget, p.fset, p.fdel, p.doc]);
  },
});

/** classmethod / staticmethod: data is the wrapped callable (owned). */
const wrapperSlots = {
  isGC: true,
  basicSize: 56,
  traverse: (o: PyObject, visit: Visit) => {
    if (typeof o.data === 'object' && o.data !== null) visit(o.data as PyObject);
  },
  dealloc: (o: PyObject) => decref(o.data as Value),
};
export const ClassMethodType = makeType({ name: 'classmethod', ...wrapperSlots });
export const StaticMethodType = makeType({ name: 'staticmethod', ...wrapperSlots });

export interface SuperData { type: PyObject; obj: Value; objType: PyObject }
export const SuperType = makeType({
  name: 'super', isGC: true, basicSize: 48,
  traverse: (o, visit) => {
    const s = o.data as SuperData;
    visitAll([s.type, s.obj, s.objType], visit);
  },
  dealloc: (o) => {
    const s = o.data as SuperData;
    decrefAll([s.type, s.obj, s.objType]);
  },
});

/** A new bound method object (PyMethod_New). */
export function newMethod(func: Value, self: Value): PyObject {
  incref(func);
  incref(self);
  const data: MethodData = { func, self };
  return newObjectOfType(MethodType, data);
}

function newProperty(fget: Value, fset: Value, fdel: Value, doc: Value): PyObject {
  for (const v of [fget, fset, fdel, doc]) incref(v);
  const data: PropertyData = { fget, fset, fdel, doc };
  return newObjectOfType(PropertyType, data);
}

const propertyCtor: NativeFn = (args, kwnames) => {
  const [pos, kw] = splitArgs('property', args, kwnames, ['fget', 'fset', 'fdel', 'doc']);
  const get = (i: number, name: string) => pos[i] ?? kw.get(name) ?? None;
  return newProperty(get(0, 'fget'), get(1, 'fset'), get(2, 'fdel'), get(3, 'doc'));
};

function propertyCopy(which: 'fget' | 'fset' | 'fdel'): NativeFn {
  return (args, kwnames, self) => {
    checkArgs(which === 'fget' ? 'getter' : which === 'fset' ? 'setter' : 'deleter', args, kwnames, 1, 1);
    const p = (self as PyObject).data as PropertyData;
    const parts = { fget: p.fget, fset: p.fset, fdel: p.fdel };
    parts[which] = args[0]!;
    return newProperty(parts.fget, parts.fset, parts.fdel, p.doc);
  };
}

function wrapperCtor(type: PyObject): NativeFn {
  return (args, kwnames) => {
    checkArgs(typeData(type).name, args, kwnames, 1, 1);
    incref(args[0]!);
    return newObjectOfType(type, args[0]!);
  };
}

/**
 * super() and super(type, obj). The zero-argument form reads the calling frame's first argument
 * and its __class__ cell, as CPython's super_init_without_args does.
 */
const superCtor: NativeFn = (args, kwnames) => {
  checkArgs('super', args, kwnames, 0, 2);
  let type: Value;
  let obj: Value;
  if (args.length === 0) {
    const f = tstate.frame;
    if (f === null || f.code.argcount === 0) raise(RuntimeError, 'super(): no arguments');
    const code = f.code;
    const cellIndex = code.cellvars.indexOf(code.varnames[0]!);
    obj = (cellIndex >= 0 ? (f.cells[cellIndex]!.data as Value | undefined) : f.fast[0]) as Value;
    if (obj === undefined) raise(RuntimeError, 'super(): arg[0] deleted');
    const free = code.freevars.indexOf('__class__');
    if (free < 0) raise(RuntimeError, 'super(): __class__ cell not found');
    type = f.cells[code.cellvars.length + free]!.data as Value;
    if (type === undefined) raise(RuntimeError, 'super(): empty __class__ cell');
  } else {
    type = args[0]!;
    obj = args[1] ?? None;
  }
  if (typeof type !== 'object' || !isSubtype(type.type, TypeType)) {
    typeError(`super() argument 1 must be a type, not ${typeName(type)}`);
  }
  let objType: PyObject;
  if (typeof obj === 'object' && isSubtype(obj.type, TypeType) && isSubtype(obj, type)) objType = obj;
  else {
    objType = typeof obj === 'number' ? intType() : obj.type;
    if (!isSubtype(objType, type)) typeError('super(type, obj): obj must be an instance or subtype of type');
  }
  incref(type);
  incref(obj);
  incref(objType);
  const data: SuperData = { type, obj, objType };
  return newObjectOfType(SuperType, data);
};

let intTypeRef: PyObject | null = null;
function intType(): PyObject {
  return intTypeRef!;
}

export function installDescriptorTypes(intT: PyObject): void {
  typeData(SuperType).customGetAttr = true;
  intTypeRef = intT;
  typeConstructors.set(PropertyType, propertyCtor);
  typeConstructors.set(ClassMethodType, wrapperCtor(ClassMethodType));
  typeConstructors.set(StaticMethodType, wrapperCtor(StaticMethodType));
  typeConstructors.set(SuperType, superCtor);
  defineMethod(PropertyType, 'getter', propertyCopy('fget'));
  defineMethod(PropertyType, 'setter', propertyCopy('fset'));
  defineMethod(PropertyType, 'deleter', propertyCopy('fdel'));
}

/**
 * The descriptor protocol's __get__ for the descriptor kinds we know, looked up on a type for an
 * instance `obj` (or for the class itself when obj is null). New reference.
 */
export function bindDescriptor(attr: Value, obj: Value | null, owner: PyObject): Value {
  if (typeof attr === 'object') {
    const t = attr.type;
    if (t === FunctionType) {
      if (obj === null) {
        attr.refcnt++;
        return attr;
      }
      return newMethod(attr, obj);
    }
    if (t === ClassMethodType) return newMethod(attr.data as Value, owner);
    if (t === StaticMethodType) {
      const f = attr.data as Value;
      incref(f);
      return f;
    }
    if (t === MemberDescriptorType && obj !== null && typeof obj === 'object') return memberGet(attr, obj);
    if (t === PropertyType && obj !== null) {
      const p = attr.data as PropertyData;
      if (p.fget === None) raise(AttributeError, `property of '${typeData(owner).name}' object has no getter`);
      return callObject(p.fget, [obj], null);
    }
    // A descriptor written in Python: type(attr).__get__(attr, obj or None, owner).
    const get = typeData(t).isHeapType ? lookupInType(t, '__get__') : undefined;
    if (get !== undefined) return callObject(get, [attr, obj ?? None, owner], null);
  }
  incref(attr);
  return attr;
}

import { callObject } from '../call';

export function isDataDescriptor(attr: Value): boolean {
  if (typeof attr !== 'object') return false;
  if (attr.type === PropertyType || attr.type === MemberDescriptorType) return true;
  return typeData(attr.type).isHeapType &&
    (lookupInType(attr.type, '__set__') !== undefined || lookupInType(attr.type, '__delete__') !== undefined);
}

/**
 * obj.name = v (v null: del obj.name) through a data descriptor written in Python; false when
 * `attr` is not one. Missing __set__/__delete__ raise AttributeError as CPython's slot_tp_descr_set.
 */
export function setViaDescriptor(attr: Value, obj: PyObject, v: Value | null): boolean {
  if (typeof attr === 'object' && attr.type === MemberDescriptorType) {
    memberSet(attr, obj, v);
    return true;
  }
  if (typeof attr !== 'object' || !typeData(attr.type).isHeapType) return false;
  const set = lookupInType(attr.type, '__set__');
  const del = lookupInType(attr.type, '__delete__');
  if (set === undefined && del === undefined) return false;
  const method = v === null ? del : set;
  if (method === undefined) raise(AttributeError, v === null ? '__delete__' : '__set__');
  decref(callObject(method, v === null ? [attr, obj] : [attr, obj, v], null));
  return true;
}
