// A tiny type system for the tests: a `type` type, a GC "node" type whose payload is a list of
// children (or a `next` link), a float-like atom on the float free list, and a tuple-like type.
import {
  FREELIST_FLOAT,
  FREELIST_NONE,
  PyObject,
  tupleFreelist,
} from '../src/index';
import type { Heap, RootSet, TypeSlots, Visit } from '../src/index';

export interface NodeData {
  children: (PyObject | null)[];
}

export function decref(heap: Heap, o: PyObject): void {
  if (--o.refcnt === 0) heap.dealloc(o);
}

export function incref(o: PyObject): PyObject {
  o.refcnt++;
  return o;
}

export interface FakeTypes {
  heap: Heap;
  typeType: PyObject;
  node: PyObject;
  float: PyObject;
  tuple: PyObject;
  /** A node type with a __del__ that calls `onDel`. */
  delNode: PyObject;
  onDel: (o: PyObject) => void;
  /** A new node (new reference); children are stolen. */
  newNode(...children: PyObject[]): PyObject;
  newDelNode(...children: PyObject[]): PyObject;
  newFloat(x: number): PyObject;
  newTuple(...items: PyObject[]): PyObject;
  /** Set slot i of a node to `child` (stolen), releasing the old one. */
  setChild(o: PyObject, i: number, child: PyObject | null): void;
  roots: Roots;
}

/** A RootSet over a plain array of counted references. */
export class Roots implements RootSet {
  readonly items: PyObject[] = [];
  visitRoots(visit: Visit): void {
    for (const o of this.items) visit(o);
  }
}

export function makeTypes(heap: Heap): FakeTypes {
  const dropChildren = (o: PyObject): void => {
    const d = o.data as NodeData;
    const cs = d.children;
    d.children = [];
    for (const c of cs) if (c !== null) decref(heap, c);
  };
  const traverseChildren = (o: PyObject, visit: Visit): void => {
    for (const c of (o.data as NodeData).children) if (c !== null) visit(c);
  };
  const typeSlots: TypeSlots = {
    name: 'type',
    isGC: false,
    traverse() {},
    clear() {},
    dealloc() {},
    finalize: null,
    freelistOf: () => FREELIST_NONE,
  };
  const typeType = heap.allocStatic(null, 0, typeSlots);
  const nodeSlots: TypeSlots = {
    name: 'node',
    isGC: true,
    traverse: traverseChildren,
    traverseFrom: (o, from, max, visit) => {
      const cs = (o.data as NodeData).children;
      const end = Math.min(cs.length, from + max);
      for (let i = from; i < end; i++) if (cs[i] != null) visit(cs[i]!);
      return end >= cs.length ? -1 : end;
    },
    clear: dropChildren,
    dealloc: dropChildren,
    finalize: null,
    freelistOf: () => FREELIST_NONE,
  };
  const t: FakeTypes = {
    heap,
    typeType,
    node: heap.allocStatic(typeType, 0, nodeSlots),
    float: heap.allocStatic(typeType, 0, {
      name: 'float',
      isGC: false,
      traverse() {},
      clear() {},
      dealloc() {},
      finalize: null,
      freelistOf: () => FREELIST_FLOAT,
    } satisfies TypeSlots),
    tuple: heap.allocStatic(typeType, 0, {
      name: 'tuple',
      isGC: true,
      traverse: traverseChildren,
      clear: dropChildren,
      dealloc: dropChildren,
      finalize: null,
      freelistOf: (o: PyObject) => tupleFreelist((o.data as NodeData).children.length),
      maybeUntrack: (o: PyObject) => (o.data as NodeData).children.every((c) => c === null || c.gcNext === null),
    } satisfies TypeSlots),
    delNode: null as unknown as PyObject,
    onDel: () => {},
    newNode(...children) {
      const o = heap.alloc(t.node, 56, { children } satisfies NodeData);
      heap.track(o);
      return o;
    },
    newDelNode(...children) {
      const o = heap.alloc(t.delNode, 56, { children } satisfies NodeData);
      heap.track(o);
      return o;
    },
    newFloat(x) {
      return heap.alloc(t.float, 24, x, FREELIST_FLOAT);
    },
    newTuple(...items) {
      const o = heap.alloc(t.tuple, 24 + 8 * items.length + 16, { children: items }, tupleFreelist(items.length));
      heap.track(o);
      return o;
    },
    setChild(o, i, child) {
      const d = o.data as NodeData;
      const old = d.children[i] ?? null;
      d.children[i] = child;
      if (old !== null) decref(heap, old);
    },
    roots: new Roots(),
  };
  t.delNode = heap.allocStatic(typeType, 0, {
    ...nodeSlots,
    name: 'delnode',
    finalize: (o: PyObject) => t.onDel(o),
  } satisfies TypeSlots);
  return t;
}
