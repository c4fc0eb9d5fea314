// User-defined classes (Objects/typeobject.c type_new, Python/bltinmodule.c __build_class__):
// C3 linearisation, heap type objects, and the memory slots their instances get. A heap type's
// instances use the payload layout of their builtin "solid base" (object, list, dict, an
// exception...) plus an optional __dict__, and each holds a reference to its class, as in CPython.

import type { PyObject, Value, Visit } from '@pyarena/memory';
import { FREELIST_NONE } from '@pyarena/memory';
import type { CodeObject } from '@pyarena/compiler';
import { heap } from '../state';
import { TypeData, typeData, isSubtype, typeName, lookupInType, setMro, unregisterSubclass } from './typeobject';
import {
  DictType, FunctionType, ListType, ObjectType, TypeType, type FunctionData, StrType, TupleType,
} from './types';
import type { DictTable } from './dict-table';
import { DictTable as DictTableClass } from './dict-table';
import { typeConstructors } from '../call';
import { IntType, FloatType, BytesType, FrozenSetType, SetType } from './types';

const IMMUTABLE_BASES = new Set<PyObject>([IntType, FloatType, StrType, TupleType, BytesType, FrozenSetType]);
import { None, newDict, newObjectOfType, newStr, newTuple, EmptyTuple } from './constructors';
import { dictGetStr, dictSet } from './dict';
import { cloneSetTable, newSetTable } from './set';
import { decref, decrefAll, incref } from '../refs';
import { BaseException, PyErr, raise, typeError, ValueError, type ExceptionData } from '../errors';
import { Frame } from '../frame';
import { execute } from '../interpreter';
import { tstate } from '../tstate';
import { codeRuntime } from './code';
import { defineMethod, makeBuiltin } from './builtin-function';
import { evalHooks } from '../ops/eval-helpers';
import { iterateToArray } from '../ops/iter';
import { typeHooks } from '../builtins/constructors';
import { finalizeWithDel } from './finalize';
import { ClassMethodType, newMemberDescriptor } from './descriptors';

/** C3 linearisation (Python's MRO). Raises TypeError when no consistent order exists. */
export function c3Mro(cls: PyObject, bases: PyObject[]): PyObject[] {
  const seqs = bases.map((b) => [...typeData(b).mro]);
  seqs.push([...bases]);
  const out = [cls];
  for (;;) {
    const nonEmpty = seqs.filter((s) => s.length > 0);
    if (nonEmpty.length === 0) return out;
    let head: PyObject | null = null;
    for (const s of nonEmpty) {
      const candidate = s[0]!;
      if (!nonEmpty.some((t) => t.indexOf(candidate) > 0)) {
        head = candidate;
        break;
      }
    }
    if (head === null) {
      const names = [...new Set(nonEmpty.map((s) => typeData(s[0]!).name))].join(', ');
      typeError(`Cannot create a consistent method resolution\norder (MRO) for bases ${names}`);
    }
    out.push(head);
    for (const s of nonEmpty) if (s[0] === head) s.shift();
  }
}

/** The builtin type that decides the instance layout (CPython's "solid base"). */
function solidBaseOf(bases: PyObject[]): PyObject {
  let solid = ObjectType;
  for (const b of bases) {
    const d = typeData(b);
    const s = d.isHeapType ? d.solidBase ?? ObjectType : b;
    if (s === ObjectType) continue;
    if (solid !== ObjectType && !isSubtype(s, solid) && !isSubtype(solid, s)) {
      typeError('multiple bases have instance lay-out conflict');
    }
    if (solid === ObjectType || isSubtype(s, solid)) solid = s;
  }
  return solid;
}

// subtype_traverse's order: the instance's __dict__, its class, then the base layout's own
// references (list items...). Exception layouts visit their own __dict__ in their traverse.
/** The slot array of an object-based instance whose class has __slots__, else null. */
function slotArray(o: PyObject): Value[] | null {
  return typeData(o.type).slotNames.length > 0 && Array.isArray(o.data) ? (o.data as Value[]) : null;
}

/** Empties the slot array (subtype_clear / subtype_dealloc's clear_slots). */
function clearSlots(o: PyObject): void {
  const slots = slotArray(o);
  if (slots === null) return;
  const old = slots.slice();
  slots.fill(undefined as unknown as Value);
  decrefAll(old);
}

const visitHeapInstance = (o: PyObject, visit: Visit): void => {
  const solid = typeData(o.type).solidBase!;
  const slots = slotArray(o); // subtype_traverse: slots, then the dict, the class, the base
  if (slots !== null) for (const v of slots) if (typeof v === 'object') visit(v);
  if (o.dict !== null && !isSubtype(solid, BaseException)) visit(o.dict);
  visit(o.type);
  typeData(solid).traverse(o, visit);
};

const clearHeapInstance = (o: PyObject): void => {
  const solid = typeData(o.type).solidBase!;
  typeData(solid).clear(o);
  clearSlots(o);
  const d = o.dict;
  if (d !== null) {
    o.dict = null;
    decref(d);
  }
};

const deallocHeapInstance = (o: PyObject): void => {
  const solid = typeData(o.type).solidBase!;
  typeData(solid).dealloc(o);
  clearSlots(o);
  const d = o.dict;
  if (d !== null) {
    o.dict = null;
    decref(d);
  }
  decref(o.type); // instances of heap types own a reference to their class
};

/** What a heap type holds: its bases, every attribute value, and itself through its __mro__. */
const visitHeapType = (t: PyObject, visit: Visit): void => {
  const d = t.data as TypeData;
  for (const b of d.bases) visit(b);
  for (const v of d.attrs.values()) if (typeof v === 'object') visit(v);
  if (d.mroHoldsSelf) visit(t);
};

const clearHeapType = (t: PyObject): void => {
  const d = t.data as TypeData;
  const values: Value[] = [...d.attrs.values()];
  d.attrs.clear();
  // type_clear drops the __mro__ tuple, whose first item is the class itself.
  if (d.mroHoldsSelf) {
    d.mroHoldsSelf = false;
    values.push(t);
  }
  decrefAll(values);
};

const deallocHeapType = (t: PyObject): void => {
  const d = t.data as TypeData;
  clearHeapType(t);
  unregisterSubclass(d);
  const bases = d.bases;
  d.bases = [];
  decrefAll(bases);
};

// Type objects: builtin ones are immortal and never traversed; heap types are tracked.
{
  const tt = typeData(TypeType);
  tt.isGC = true;
  tt.traverse = (t, visit) => {
    if ((t.data as TypeData).isHeapType) visitHeapType(t, visit);
  };
  tt.clear = (t) => {
    if ((t.data as TypeData).isHeapType) clearHeapType(t);
  };
  tt.dealloc = (t) => {
    if ((t.data as TypeData).isHeapType) deallocHeapType(t);
  };
}

/** type(name, bases, namespace): a new heap type. Arguments borrowed; returns a new reference. */
export function newClass(metatype: PyObject, name: string, basesIn: PyObject[], ns: PyObject,
  classKw: [string, Value][] = []): PyObject {
  const bases = basesIn.length === 0 ? [ObjectType] : basesIn;
  for (const b of bases) {
    if (!isSubtype(b.type, TypeType)) typeError(`bases must be types`);
    if (!typeData(b).acceptsSubclasses) typeError(`type '${typeData(b).name}' is not an acceptable base type`);
  }
  const solid = solidBaseOf(bases);
  const solidData = typeData(solid);
  // The MRO is computed first: a TypeError here must not leave a half-made class behind.
  const mroTail = c3Mro(ObjectType, bases).slice(1);
  const data = new TypeData({
    name,
    base: bases[0]!,
    isGC: true,
    traverse: visitHeapInstance,
    clear: clearHeapInstance,
    dealloc: deallocHeapInstance,
    // + the managed dict's pre-header (16); list and dict have no __weakref__ slot of their own,
    // so their subclasses add one (8): getsizeof(L()) is 80, of a dict subclass 88, as in 3.11.
    basicSize: solid === ObjectType ? 56 : solidData.basicSize + (solid === ListType || solid === DictType ? 24 : 16),
    freelistOf: () => FREELIST_NONE,
  });
  data.isHeapType = true;
  const ownSlots = solid === ObjectType ? readSlots(ns, bases, data) : null;
  data.solidBase = solid;
  data.bases = bases.slice();
  for (const b of bases) b.refcnt++;
  for (const e of (ns.data as DictTable).map.values()) {
    if (typeof e.key !== 'object' || e.key.type !== StrType) continue;
    const key = e.key.data as string;
    if (key === '__classcell__') continue;
    incref(e.value);
    data.attrs.set(key, e.value);
  }
  const qual = data.attrs.get('__qualname__');
  data.qualname = qual !== undefined && typeof qual === 'object' && qual.type === StrType ? (qual.data as string) : name;
  data.attrs.delete('__qualname__');
  if (qual !== undefined) decref(qual);
  // __new__ is implicitly a staticmethod, __init_subclass__ and __class_getitem__ classmethods
  // (type_new_set_classcell / type_new_set_attrs wrap the plain functions).
  for (const name of ['__init_subclass__', '__class_getitem__']) {
    const f = data.attrs.get(name);
    if (typeof f === 'object' && f.type === FunctionType) {
      data.attrs.set(name, newObjectOfType(ClassMethodType, f)); // the reference moves into it
    }
  }
  const t = heap.alloc(metatype, 1688, data, FREELIST_NONE);
  data.self = t;
  if (ownSlots !== null) {
    // Each declared slot becomes a member descriptor on the class (after the class exists).
    const first = data.slotNames.length - ownSlots.length;
    ownSlots.forEach((slot, i) => data.attrs.set(slot, newMemberDescriptor(slot, t, first + i)));
  }
  // type_new_set_attrs: a class without a docstring gets __doc__ = None of its own, so a base
  // class's docstring is not inherited.
  if (!data.attrs.has('__doc__')) data.attrs.set('__doc__', None);
  setMro(data, [t, ...mroTail]);
  // CPython's __mro__ is a tuple holding the class itself: every class is in a reference cycle,
  // so deleting one frees nothing until the collector runs (and never under refcount).
  t.refcnt++;
  data.mroHoldsSelf = true;
  if (metatype !== TypeType) metatype.refcnt++;
  heap.track(t);
  if (lookupInType(t, '__del__') !== undefined) data.finalize = finalizeWithDel;
  // A class defining __eq__ but not __hash__ is unhashable (CPython sets __hash__ = None).
  if (data.attrs.has('__eq__') && !data.attrs.has('__hash__')) data.attrs.set('__hash__', None);
  const cell = dictGetStr(ns, '__classcell__');
  if (cell !== undefined && typeof cell === 'object') {
    const old = cell.data as Value | undefined;
    t.refcnt++;
    cell.data = t;
    if (old !== undefined) decref(old);
  }
  try {
    setNames(t);
    initSubclass(t, classKw);
  } catch (e) {
    decref(t);
    throw e;
  }
  return t;
}

/**
 * __slots__ of an object-based class (type_new_slots): fills data.slotNames (inherited slots
 * first), instanceDict, instanceWeakref and basicSize; returns the slots this class declares
 * (their descriptors are added once the class object exists), or null without __slots__: then
 * instances get a __dict__ and weakref support and keep their bases' slots.
 */
function readSlots(ns: PyObject, bases: PyObject[], data: TypeData): string[] | null {
  const inherited = bases.map((b) => typeData(b).slotNames).find((s) => s.length > 0) ?? [];
  const spec = dictGetStr(ns, '__slots__');
  let own: string[] | null = null;
  if (spec === undefined) {
    data.instanceDict = true;
    data.instanceWeakref = true;
  } else {
    const single = typeof spec === 'object' && spec.type === StrType;
    const items = single ? [spec] : iterateToArray(spec);
    own = [];
    let dict = false;
    let weak = false;
    try {
      for (const item of items) {
        if (typeof item !== 'object' || item.type !== StrType) {
          typeError(`__slots__ items must be strings, not '${typeName(item)}'`);
        }
        const name = item.data as string;
        if (name === '__dict__') dict = true;
        else if (name === '__weakref__') weak = true;
        else {
          if (dictGetStr(ns, name) !== undefined) raise(ValueError, `'${name}' in __slots__ conflicts with class variable`);
          own.push(name);
        }
      }
    } finally {
      if (!single) decrefAll(items);
    }
    const heapBases = bases.filter((b) => typeData(b).isHeapType);
    data.instanceDict = dict || heapBases.some((b) => typeData(b).instanceDict);
    data.instanceWeakref = weak || heapBases.some((b) => typeData(b).instanceWeakref);
  }
  data.slotNames = [...inherited, ...(own ?? [])];
  // 16 (object header) + 8 per slot + 8 (__weakref__) + 16 (GC header) + 16 (managed dict).
  data.basicSize = 16 + 8 * data.slotNames.length + (data.instanceWeakref ? 8 : 0) + 16 + (data.instanceDict ? 16 : 0);
  return own;
}

/** type_new_set_names: attr.__set_name__(owner, name) for each attribute that defines it. */
function setNames(t: PyObject): void {
  for (const [key, v] of [...typeData(t).attrs]) {
    if (typeof v !== 'object' || !typeData(v.type).isHeapType) continue;
    const setName = lookupInType(v.type, '__set_name__');
    if (setName === undefined) continue;
    const keyStr = newStr(key);
    incref(v);
    try {
      decref(callObject(setName, [v, t, keyStr], null));
    } finally {
      decref(keyStr);
      decref(v);
    }
  }
}

/**
 * type_new_init_subclass: super(t, t).__init_subclass__(**classKw). A Python __init_subclass__
 * is implicitly a classmethod; object's accepts no keyword arguments.
 */
function initSubclass(t: PyObject, classKw: [string, Value][]): void {
  const mro = typeData(t).mro;
  for (let i = 1; i < mro.length; i++) {
    const f = typeData(mro[i]!).attrs.get('__init_subclass__');
    if (f === undefined) continue;
    if (typeof f === 'object' && (f.type === FunctionType || f.type === ClassMethodType)) {
      const fn = f.type === ClassMethodType ? (f.data as Value) : f;
      const names = classKw.map(([k]) => k);
      decref(callObject(fn, [t, ...classKw.map(([, v]) => v)], names.length > 0 ? names : null));
      return;
    }
    break; // object's own: nothing to do but check the arguments
  }
  if (classKw.length > 0) typeError(`${typeData(t).name}.__init_subclass__() takes no keyword arguments`);
}

/** __build_class__(func, name, *bases, metaclass=None): runs the class body, then makes the class. */
const buildClass = makeBuiltin('__build_class__', (args, kwnames) => {
  const nkw = kwnames?.length ?? 0;
  const pos = args.slice(0, args.length - nkw);
  if (pos.length < 2) typeError('__build_class__: not enough arguments');
  const func = pos[0] as PyObject;
  const nameObj = pos[1] as PyObject;
  if (typeof func !== 'object' || func.type !== FunctionType) typeError('__build_class__: func must be a function');
  if (typeof nameObj !== 'object' || nameObj.type !== StrType) typeError('__build_class__: name is not a string');
  const bases = pos.slice(2) as PyObject[];
  let metatype: PyObject = TypeType;
  const classKw: [string, Value][] = []; // class C(Base, key=value): for __init_subclass__
  for (let i = 0; i < nkw; i++) {
    if (kwnames![i] === 'metaclass') metatype = args[pos.length + i] as PyObject;
    else classKw.push([kwnames![i]!, args[pos.length + i]!]);
  }
  for (const b of bases) {
    if (typeof b !== 'object' || !isSubtype(b.type, TypeType)) typeError('bases must be types');
    if (isSubtype(b.type, metatype)) metatype = b.type;
  }
  if (metatype === TypeType || isSubtype(metatype, TypeType)) metatype = calculateMetaclass(metatype, bases);
  if (metatype === TypeType) {
    const ns = newDict();
    try {
      runClassBody(func, ns);
      return newClass(metatype, nameObj.data as string, bases, ns, classKw);
    } finally {
      decref(ns);
    }
  }
  // Any other metaclass (CPython's builtin___build_class__): the namespace from its __prepare__,
  // then metaclass(name, bases, ns, **kwds).
  const basesTuple = newTuple(bases.map((b) => (b.refcnt++, b)));
  const kwNames = classKw.map(([k]) => k);
  const kwValues = classKw.map(([, v]) => v);
  let ns: Value | null = null;
  try {
    const prepare = lookupAttr(metatype, '__prepare__');
    if (prepare !== undefined) {
      try {
        ns = callObject(prepare, [nameObj, basesTuple, ...kwValues], kwNames.length > 0 ? kwNames : null);
      } finally {
        decref(prepare);
      }
      if (typeof ns !== 'object' || !isSubtype(ns.type, DictType)) {
        typeError(`${typeData(metatype).name}.__prepare__() must return a mapping, not ${typeName(ns)}`);
      }
    } else ns = newDict();
    runClassBody(func, ns as PyObject);
    return callObject(metatype, [nameObj, basesTuple, ns, ...kwValues], kwNames.length > 0 ? kwNames : null);
  } finally {
    decref(basesTuple);
    if (ns !== null) decref(ns);
  }
});

function runClassBody(func: PyObject, ns: PyObject): void {
  const fn = func.data as FunctionData;
  const code: CodeObject = fn.code;
  const rt = codeRuntime(code);
  ns.refcnt++;
  const frame = new Frame(code, null, fn.globals, tstate.builtins, ns, rt.consts);
  func.refcnt++;
  frame.func = func;
  const cells: PyObject[] = [];
  for (let i = 0; i < code.cellvars.length; i++) cells.push(tstate.newCell(undefined));
  for (const c of (fn.closure?.data ?? []) as PyObject[]) {
    c.refcnt++;
    cells.push(c);
  }
  frame.cells = cells;
  try {
    decref(execute(frame));
  } finally {
    frame.clear();
  }
}

import { callObject } from '../call';
import { lookupAttr } from '../ops/attr';

evalHooks.buildClass = buildClass;

/**
 * _PyType_CalculateMetaclass: the most derived of `meta` and the bases' metaclasses; a TypeError
 * when two of them are unrelated.
 */
function calculateMetaclass(meta: PyObject, bases: readonly PyObject[]): PyObject {
  let winner = meta;
  for (const b of bases) {
    const t = b.type;
    if (isSubtype(winner, t)) continue;
    if (isSubtype(t, winner)) {
      winner = t;
      continue;
    }
    typeError('metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases');
  }
  return winner;
}

/** type.__new__(metatype, name, bases, ns, **kwds): checks its arguments, then newClass. */
function typeNew(meta: PyObject, args: readonly Value[], kwnames: readonly string[] | null): PyObject {
  const nkw = kwnames?.length ?? 0;
  const npos = args.length - nkw;
  if (npos !== 3) typeError(`type.__new__() takes exactly 3 arguments (${npos} given)`);
  const [name, bases, ns] = args as [Value, Value, Value];
  if (typeof name !== 'object' || name.type !== StrType) typeError('type.__new__() argument 1 must be str, not ' + typeName(name));
  if (typeof bases !== 'object' || bases.type !== TupleType) typeError('type.__new__() argument 2 must be tuple, not ' + typeName(bases));
  if (typeof ns !== 'object' || !isSubtype(ns.type, DictType)) typeError('type.__new__() argument 3 must be dict, not ' + typeName(ns));
  const baseList = bases.data as PyObject[];
  for (const b of baseList) if (typeof b !== 'object' || !isSubtype(b.type, TypeType)) typeError('bases must be types');
  const classKw: [string, Value][] = [];
  for (let i = 0; i < nkw; i++) classKw.push([kwnames![i]!, args[npos + i]!]);
  return newClass(calculateMetaclass(meta, baseList), name.data as string, baseList, ns, classKw);
}

/** type.__new__ as an attribute (a metaclass's super().__new__(mcls, name, bases, ns)). */
export const typeNewBuiltin = makeBuiltin('__new__', (args, kwnames) => {
  const meta = args[0];
  if (meta === undefined) typeError('type.__new__(): not enough arguments');
  if (typeof meta !== 'object' || !isSubtype(meta.type, TypeType)) typeError(`type.__new__(X): X is not a type object (${typeName(meta)})`);
  if (!isSubtype(meta, TypeType)) typeError(`type.__new__(${typeData(meta).name}): ${typeData(meta).name} is not a subtype of type`);
  if (args.length === 2 && meta === TypeType && (kwnames === null || kwnames.length === 0)) {
    const v = args[1]!;
    const t = typeof v === 'number' ? IntType : v.type;
    incref(t);
    return t;
  }
  return typeNew(meta, args.slice(1), kwnames);
}, 'type.__new__');
typeData(TypeType).attrs.set('__new__', typeNewBuiltin);
// type.__init__ only checks the argument count (type_init): the class is complete after __new__.
defineMethod(TypeType, '__init__', (args, kwnames) => {
  const npos = args.length - (kwnames?.length ?? 0);
  if (npos !== 1 && npos !== 3) typeError('type.__init__() takes 1 or 3 arguments');
  return None;
});

typeHooks.newClass = (args, kwnames) => typeNew(TypeType, args, kwnames);

/**
 * Builtin layouts defined outside this file whose instances must be built by their own
 * constructor (solid base -> allocator returning a new reference): weakref.ref subclasses.
 */
export const layoutAllocators = new Map<PyObject, (cls: PyObject, args: readonly Value[]) => PyObject>();

/** Allocates an instance of heap type `cls` with its solid base's empty payload. New reference. */
export function allocInstance(cls: PyObject, args: readonly Value[]): PyObject {
  const d = typeData(cls);
  const solid = d.solidBase ?? cls;
  const custom = layoutAllocators.get(solid);
  if (custom !== undefined) return custom(cls, args);
  let data: unknown = null;
  let storage = 0; // bytes of a frozenset base's table block, taken over from the base's value
  if (isSubtype(solid, BaseException)) {
    const items = args.slice();
    for (const a of items) incref(a);
    const ed: ExceptionData = {
      args: items.length === 0 ? EmptyTuple : newTuple(items), traceback: [], cause: null, context: null,
      suppressContext: false,
    };
    data = ed;
  } else if (solid === ListType) data = [];
  else if (solid === DictType) data = new DictTableClass();
  else if (solid === SetType) data = newSetTable();
  else if (IMMUTABLE_BASES.has(solid)) {
    // int, str, tuple...: the value is fixed at creation (their __new__), taken from the base constructor.
    const ctor = typeConstructors.get(solid)!;
    const v = ctor(args.slice(), null, solid);
    if (typeof v === 'number') data = BigInt(v);
    else {
      data = v.data;
      if (Array.isArray(data)) {
        data = (data as Value[]).slice();
        for (const item of data as Value[]) incref(item);
      } else if (data instanceof DictTableClass) {
        storage = v.bufSize;
        data = cloneSetTable(data);
      }
    }
    decref(v);
  }
  if (solid === ObjectType && d.slotNames.length > 0) data = new Array(d.slotNames.length).fill(undefined);
  const o = heap.alloc(cls, d.basicSize, data, FREELIST_NONE);
  if (d.isHeapType) cls.refcnt++;
  if (storage > 0) {
    try {
      heap.resizeObjectBuffer(o, storage);
    } catch (e) {
      decref(o);
      throw e;
    }
  }
  heap.track(o);
  return o;
}

export { PyErr, newStr };
