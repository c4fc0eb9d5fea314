// The object header and the contract between the heap and the VM's types (CPython's PyObject,
// tp_traverse / tp_clear / tp_dealloc / tp_finalize). The memory package knows objects only
// through this file; it never imports the VM (shared/DESIGN.md section 2).

/**
 * ONE JS class for every heap object: V8 keeps refcount updates monomorphic only when every
 * object has the same shape (measured 7-10x slower at 5+ classes, shared/ANCHORS.md section 6).
 * Python behaviour lives in the type object, never in a JS subclass.
 */
export class PyObject {
  /** ob_type: the type object. Its `data` implements TypeSlots. */
  type: PyObject;
  /** ob_refcnt: exact in every backend that counts. Immortal objects start at IMMORTAL_REFCNT. */
  refcnt: number;
  /** Modelled address: id(obj). Reused after a free, as in CPython. 0 for immortal statics. */
  addr: number;
  /** Bytes charged to the allocator model for the object itself (its block size request). */
  nbytes: number;
  /** Generation list links; gcNext === null means untracked (CPython: _gc_next == 0). */
  gcNext: PyObject | null;
  gcPrev: PyObject | null;
  /** gc_refs scratch, meaningful only during a collection. */
  gcRefs: number;
  /** GC_* flag bits below. */
  gcFlags: number;
  /** Type-specific payload: number, string, Value[], a dict table, TypeSlots for type objects... */
  data: any;
  /** Instance attribute dict (a dict object) or null. */
  dict: PyObject | null;
  /** Weak references to this object (owned by the VM's weakref type), or null. */
  weakrefs: unknown;
  /**
   * The object's variable-size storage, a PyMem block of its own (CPython's ob_item of a list,
   * ma_keys of a dict, a set's table once it outgrows the inline smalltable): a handle to it
   * (Heap.bufferAddress gives the address), or 0 when it has none, and the bytes requested.
   * Managed by Heap.resizeObjectBuffer and friends; the heap frees it when the object dies.
   */
  buf: number;
  bufSize: number;

  constructor(type: PyObject | null, data: unknown) {
    // A null type is only for bootstrapping the `type` type, which is its own type.
    this.type = type ?? this;
    this.refcnt = 1;
    this.addr = 0;
    this.nbytes = 0;
    this.gcNext = null;
    this.gcPrev = null;
    this.gcRefs = 0;
    this.gcFlags = 0;
    this.data = data;
    this.dict = null;
    this.weakrefs = null;
    this.buf = 0;
    this.bufSize = 0;
  }
}

/** A Python value: small ints are JS numbers (immediates, never allocated); the rest are objects. */
export type Value = number | PyObject;

/**
 * gcFlags bits. State block:
 *   IMMORTAL     set once at creation for singletons and builtin statics; never freed or counted
 *                by the verifier.
 *   FINALIZED    __del__ has run (PEP 442: at most once per object).
 *   COLLECTING   the object is in the generation being collected (gc_refs is live).
 *   UNREACHABLE  tentatively unreachable during moveUnreachable.
 *   FREED        the block was returned to the allocator; any later use is an internal error.
 *   INLINE       the object is another object's attribute storage (CPython 3.11's inline values
 *                of instances): not a GC object of its own. It is never tracked, gc counts skip it,
 *                and collectors see through it to its referents. Cleared when Python code asks
 *                for the owner's __dict__ (the dict is then "materialized", as in CPython).
 *   MARKED       reached from the roots in the running mark-sweep collection (collectors/marksweep.ts).
 *   OLD_SPACE    incremental backend: which old space the object is in (collectors/incremental.ts).
 *   YOUNG        incremental backend: the object is in the young list.
 * Bits GC_EPOCH_SHIFT and up: the incremental backend's scan epoch that last traversed the object.
 */
export const GC_IMMORTAL = 1;
export const GC_FINALIZED = 2;
export const GC_COLLECTING = 4;
export const GC_UNREACHABLE = 8;
export const GC_FREED = 16;
export const GC_INLINE = 32;
export const GC_MARKED = 64;
export const GC_OLD_SPACE = 128;
export const GC_YOUNG = 256;
export const GC_EPOCH_SHIFT = 9;

/** Refcount given to immortal objects: never reaches zero, as CPython 3.11's 999999999. */
export const IMMORTAL_REFCNT = 1_000_000_000;

/** Called once per reference an object holds (tp_traverse's visitproc). */
export type Visit = (child: PyObject) => void;

/**
 * What the heap needs from a type (the `data` of a type object). Implemented by the VM.
 * Ownership, in CPython's C-API words: traverse only borrows; clear and dealloc release the
 * object's own references (decref children through the heap) but never free `o` itself.
 */
export interface TypeSlots {
  readonly name: string;
  /** Py_TPFLAGS_HAVE_GC: instances may be tracked by a cycle collector. */
  readonly isGC: boolean;
  /** Visit every PyObject this object holds a counted reference to (immediates are skipped). */
  traverse(o: PyObject, visit: Visit): void;
  /** Drop references to break a cycle (tp_clear); the object stays allocated. */
  clear(o: PyObject): void;
  /** Release all references the object holds (tp_dealloc minus the free, which the heap does). */
  dealloc(o: PyObject): void;
  /** Run __del__ (tp_finalize), or null when the type has none. */
  readonly finalize: ((o: PyObject) => void) | null;
  /**
   * Which per-type free list a dead object of this type goes to (FREELIST_* in freelists.ts),
   * or -1. Tuples answer by length.
   */
  freelistOf(o: PyObject): number;
  /**
   * Optional (added for the cycle collector; CPython's _PyTuple_MaybeUntrack and
   * _PyDict_MaybeUntrack): true when `o` holds no reference to a tracked object, so it can never
   * be part of a cycle and the collector untracks it. Asked about survivors of every collection;
   * `fullCollection` is true only in generation-2 collections (dicts should answer false otherwise).
   */
  maybeUntrack?(o: PyObject, fullCollection: boolean): boolean;
  /**
   * Optional, for containers that can be large (list, dict): visit the referents from position
   * `from` on, stopping after about `max` of them; returns the position to resume from, or -1
   * when done. Collectors with a time budget traverse a big container in pieces with it. The
   * container may change between calls: later positions may then be skipped or seen twice.
   */
  traverseFrom?(o: PyObject, from: number, max: number, visit: Visit): number;
  /**
   * Optional: true when instances hold no references, have no finalizer, cannot be weakly
   * referenced, are never tracked and never own a storage block (exact floats). Their
   * deallocation only gives the block back, and the heap takes a short path for it.
   */
  readonly plainAtom?: boolean;
}

/** Reads the slots of an object's type. */
export function slotsOf(o: PyObject): TypeSlots {
  return o.type.data as TypeSlots;
}

/** Everything the interpreter itself references: frames, stacks, globals, caches (GC roots). */
export interface RootSet {
  visitRoots(visit: Visit): void;
  /**
   * Optional: false while references exist that visitRoots cannot show (native helpers in the
   * middle of a call back into Python hold temporaries in host variables). The heap verifier
   * skips the checks it would run after a collection at such moments.
   */
  rootsComplete?(): boolean;
}
