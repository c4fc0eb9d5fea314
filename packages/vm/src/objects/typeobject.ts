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
  /** TypeSlots.plainAtom: dealloc gives the block back and nothing else (exact float). */
  plainAtom?: boolean;
  /** Bytes of a fresh instance (CPython's tp_basicsize, plus the 16-byte GC header for GC types). */
  basicSize?: number;
  /** False for types that cannot be subclassed (bool, range, function ...). */
  acceptsSubclasses?: boolean;
}

/**
 * A type's namespace. Every change empties the lookup caches that may hold one of its entries
 * (its own and its subclasses'), whichever code path makes it.
 */
class TypeAttrs extends Map<string, Value> {
  owner: TypeData | null = null;

  override set(name: string, v: Value): this {
    if (this.owner !== null) invalidateLookups(this.owner);
    return super.set(name, v);
  }

  override delete(name: string): boolean {
    if (this.owner !== null) invalidateLookups(this.owner);
    return super.delete(name);
  }

  override clear(): void {
    if (this.owner !== null) invalidateLookups(this.owner);
    super.clear();
  }
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
  readonly plainAtom: boolean;
  base: PyObject | null;
  /** Method resolution order, this type first. */
  mro: PyObject[] = [];
  /** The type's namespace (`__dict__`): methods, class attributes. Values are owned references. */
  readonly attrs: Map<string, Value> = new TypeAttrs();
  /**
   * _PyType_Lookup's method cache, per type: name -> what lookupInType finds along the MRO
   * (borrowed), null for none. Emptied (set to null) by any change to the namespace of a type
   * in the MRO (TypeAttrs) or to the MRO itself (setMro).
   */
  lookupCache: Map<string, Value | null> | null = null;
  /** Types whose MRO holds this one (not itself): their caches depend on our namespace. */
  subclasses: Set<TypeData> | null = null;
  /**
   * CPython's tp_version_tag: unique among all types ever made, and renewed whenever lookupCache
   * is emptied, so an inline cache that saw this type and version still holds what lookup finds.
   */
  version = newTypeVersion();
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
    this.plainAtom = spec.plainAtom ?? false;
    this.base = spec.base ?? null;
    this.basicSize = spec.basicSize ?? 16;
    this.acceptsSubclasses = spec.acceptsSubclasses ?? true;
    (this.attrs as TypeAttrs).owner = this;
  }
}

let lastTypeVersion = 0;
function newTypeVersion(): number {
  return ++lastTypeVersion;
}

function invalidateLookups(d: TypeData): void {
  d.lookupCache = null;
  d.version = newTypeVersion();
  if (d.subclasses !== null) {
    for (const sub of d.subclasses) {
      sub.lookupCache = null;
      sub.version = newTypeVersion();
    }
  }
}

/** Sets a type's MRO (this type first) and registers it with each of its ancestors. */
export function setMro(d: TypeData, mro: PyObject[]): void {
  for (const t of d.mro) if (t.data !== d) (t.data as TypeData).subclasses?.delete(d);
  d.mro = mro;
  d.lookupCache = null;
  d.version = newTypeVersion();
  for (const t of mro) {
    const base = t.data as TypeData;
    if (base !== d) (base.subclasses ??= new Set()).add(d);
  }
}

/** Forgets a type that is being freed: its ancestors no longer need to invalidate its cache. */
export function unregisterSubclass(d: TypeData): void {
  for (const t of d.mro) if (t.data !== d) (t.data as TypeData).subclasses?.delete(d);
  d.lookupCache = null;
  d.version = newTypeVersion();
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
setMro(ObjectType.data as TypeData, [ObjectType]);
(TypeType.data as TypeData).base = ObjectType;
setMro(TypeType.data as TypeData, [TypeType, ObjectType]);

/** Creates an immortal builtin type with a single-inheritance MRO. */
export function makeType(spec: TypeSpec): PyObject {
  const data = new TypeData({ ...spec, base: spec.base ?? ObjectType });
  const t = immortal(new PyObject(TypeType, data));
  data.self = t;
  setMro(data, [t, ...typeData(data.base!).mro]);
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
  const d = t.data as TypeData;
  const cache = d.lookupCache;
  if (cache !== null) {
    const hit = cache.get(name);
    if (hit !== undefined) return hit === null ? undefined : hit;
  }
  return lookupAndCache(d, name);
}

/** Cached names per type before the cache starts over (getattr with made-up names). */
const LOOKUP_CACHE_MAX = 4096;

function lookupAndCache(d: TypeData, name: string): Value | undefined {
  const mro = d.mro;
  let found: Value | undefined;
  for (let i = 0; i < mro.length; i++) {
    found = (mro[i]!.data as TypeData).attrs.get(name);
    if (found !== undefined) break;
  }
  let cache = d.lookupCache;
  if (cache === null || cache.size >= LOOKUP_CACHE_MAX) cache = d.lookupCache = new Map();
  cache.set(name, found === undefined ? null : found);
  return found;
}
