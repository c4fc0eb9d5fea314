// Type objects (CPython's PyTypeObject, Objects/typeobject.c). A type is a PyObject whose `data`
// is a TypeData: the memory contract's slots (traverse/clear/dealloc/finalize) plus the type's
// attribute dict, bases and MRO. Builtin types are immortal statics created once per process.

import {
  GC_IMMORTAL, IMMORTAL_REFCNT, PyObject, type TypeSlots, type Value, type Visit,
} from '@pyarena/memory';
import type { HashKey } from './dict-table';

const noTraverse = (_o: PyObject, _visit: Visit): void => {};
const noClear = (_o: PyObject): void => {};
const noFreelist = (_o: PyObject): number => -1;

export interface TypeSpec {
  name: string;
  base?: PyObject | null;
  isGC?: boolean;
  traverse?: TypeSlots['traverse'];
  clear?: TypeSlots['clear'];
  dealloc?: TypeSlots['dealloc'];
  freelistOf?: TypeSlots['freelistOf'];
  maybeUntrack?: TypeSlots['maybeUntrack'];
  /** Bytes of a fresh instance (CPython's tp_basicsize, plus the 16-byte GC header for GC types). */
  basicSize?: number;
  /** False for types that cannot be subclassed (bool, range, function ...). */
  acceptsSubclasses?: boolean;
}

export class TypeData implements TypeSlots {
  name: string;
  isGC: boolean;
  /** True for classes created by a `class` statement or type(name, bases, dict). */
  isHeapType = false;
  /** __bases__ of a heap type (owned references); builtin types leave it empty. */
  bases: PyObject[] = [];
  /** The builtin type whose instance layout (the `data` payload) instances use. */
  solidBase: PyObject | null = null;
  /** Attribute lookup is not the generic type-then-instance one (super, module): no LOAD_METHOD shortcut. */
  customGetAttr = false;
  /** __qualname__ and __module__ are attrs; the qualname is cached for repr. */
  qualname = '';
  traverse: TypeSlots['traverse'];
  clear: TypeSlots['clear'];
  dealloc: TypeSlots['dealloc'];
  finalize: ((o: PyObject) => void) | null = null;
  /** Set for list and dict (objects/types.ts): traversal in pieces. */
  traverseFrom: TypeSlots['traverseFrom'] = undefined;
  freelistOf: TypeSlots['freelistOf'];
  maybeUntrack: TypeSlots['maybeUntrack'];
  base: PyObject | null;
  /** Method resolution order, this type first. */
  mro: PyObject[] = [];
  /** The type's namespace (`__dict__`): methods, class attributes. Values are owned references. */
  readonly attrs = new Map<string, Value>();
  basicSize: number;
  acceptsSubclasses: boolean;
  /** Set on the type object that owns this data once it exists. */
  self!: PyObject;
  /**
   * __slots__ layout of a heap type: every slot of the instance (inherited first), each stored at
   * its index in the instance's slot array (o.data for object-based classes). Empty otherwise.
   */
  slotNames: string[] = [];
  /** Instances may have a __dict__ (false once every class of the chain declares __slots__). */
  instanceDict = true;
  /** Instances accept weak references (no __slots__ without '__weakref__' in the chain). */
  instanceWeakref = true;
  /** A heap type's __mro__ holds a counted reference to the type itself until type_clear. */
  mroHoldsSelf = false;
  /**
   * CPython 3.11's ht_cached_keys: the attribute names its instances' inline storage has seen,
   * each with its slot index in first-seen order (dict-table.ts sharedKeys). Made lazily.
   */
  cachedKeys: Map<HashKey, number> | null = null;

  constructor(spec: TypeSpec) {
    this.name = spec.name;
    this.isGC = spec.isGC ?? false;
    this.traverse = spec.traverse ?? noTraverse;
    this.clear = spec.clear ?? noClear;
    this.dealloc = spec.dealloc ?? noClear;
    this.freelistOf = spec.freelistOf ?? noFreelist;
    this.maybeUntrack = spec.maybeUntrack;
    this.base = spec.base ?? null;
    this.basicSize = spec.basicSize ?? 16;
    this.acceptsSubclasses = spec.acceptsSubclasses ?? true;
  }
}

function immortal(o: PyObject): PyObject {
  o.refcnt = IMMORTAL_REFCNT;
  o.gcFlags |= GC_IMMORTAL;
  return o;
}

// Bootstrap: `type` is an instance of itself; `object` is the root of every MRO.
export const TypeType: PyObject = immortal(new PyObject(null, new TypeData({ name: 'type', basicSize: 904 })));
(TypeType.data as TypeData).self = TypeType;
export const ObjectType: PyObject = immortal(new PyObject(TypeType, new TypeData({ name: 'object', basicSize: 16 })));
(ObjectType.data as TypeData).self = ObjectType;
(ObjectType.data as TypeData).mro = [ObjectType];
(TypeType.data as TypeData).base = ObjectType;
(TypeType.data as TypeData).mro = [TypeType, ObjectType];

/** Creates an immortal builtin type with a single-inheritance MRO. */
export function makeType(spec: TypeSpec): PyObject {
  const data = new TypeData({ ...spec, base: spec.base ?? ObjectType });
  const t = immortal(new PyObject(TypeType, data));
  data.self = t;
  data.mro = [t, ...typeData(data.base!).mro];
  return t;
}

export function typeData(t: PyObject): TypeData {
  return t.data as TypeData;
}

export function typeName(v: Value): string {
  return typeof v === 'number' ? 'int' : (v.type.data as TypeData).name;
}

/** Is `t` the type `base` or a subclass of it? (PyType_IsSubtype) */
export function isSubtype(t: PyObject, base: PyObject): boolean {
  if (t === base) return true;
  const mro = (t.data as TypeData).mro;
  for (let i = 0; i < mro.length; i++) if (mro[i] === base) return true;
  return false;
}

/** Looks a name up along the type's MRO (_PyType_Lookup). Borrowed reference or undefined. */
export function lookupInType(t: PyObject, name: string): Value | undefined {
  const mro = (t.data as TypeData).mro;
  for (let i = 0; i < mro.length; i++) {
    const v = (mro[i]!.data as TypeData).attrs.get(name);
    if (v !== undefined) return v;
  }
  return undefined;
}
