// The pluggable part of the memory manager: what differs between --gc backends. The heap calls a
// collector only at allocation, at a free, at track/untrack and at safepoints, never per
// instruction (DESIGN section 5). One collector class is instantiated per process, so every call
// site stays monomorphic.
import type { BackendName } from '../events';
import type { PyObject, RootSet } from '../object';

/**
 * Weak references are the VM's objects; the collector only says when to clear them.
 * clear(o, inGc): set every weakref to `o` dead. On the refcount path (inGc false) run their
 * callbacks at once. In a collection (inGc true) queue the callbacks of weakrefs that are not
 * themselves trash (their gcFlags lack GC_UNREACHABLE) and drop the others, as CPython 3.11's
 * handle_weakrefs; runQueued() then runs the queue, after every trash object's weakrefs are cleared,
 * and returns how many of those weakrefs were freed by it (CPython counts them as collected).
 */
export interface WeakrefHooks {
  clear(o: PyObject, inGc: boolean): void;
  runQueued(): number;
}

/** What a collector may ask of its heap. */
export interface CollectorHost {
  /** The eval-breaker bit: the VM collects at its next safepoint. */
  collectPending: boolean;
  /** The object's refcount reached zero. */
  dealloc(o: PyObject): void;
  /** Return every free-listed block to the allocator (full collections). */
  clearFreeLists(): void;
  readonly weakrefHooks: WeakrefHooks | null;
  /** Modelled heap bytes in use (objects + buffers, block-rounded). */
  readonly currentBytes: number;
  /**
   * Every object allocated and not yet freed, oldest first, when the collector asked for it
   * (Collector.needsAllObjects): a tracing collector sweeps it. Null otherwise.
   */
  readonly allObjects: PyObject[] | null;
  /** A tracing collector found `o` dead: untrack it, release its references, free its block. */
  sweep(o: PyObject): void;
}

/** Plain data for `--stats` and gc.get_stats(). */
export interface CollectorStats {
  backend: BackendName;
  enabled: boolean;
  thresholds: [number, number, number];
  /** gc.get_count(). */
  count: [number, number, number];
  /** Objects per generation list (O(n) to compute; stats only). */
  generationSizes: [number, number, number];
  frozen: number;
  /** Per generation, as gc.get_stats(). */
  collections: [number, number, number];
  collected: [number, number, number];
  uncollectable: [number, number, number];
  longLivedPending: number;
  longLivedTotal: number;
}

export interface Collector {
  readonly name: BackendName;
  /** Objects are freed when their refcount reaches zero (false only for pymalloc). */
  readonly reclaims: boolean;
  /** collect() can find unreachable cycles (false for backends whose collect() only ages objects). */
  readonly findsCycles: boolean;
  /** The heap keeps host.allObjects for this collector (a tracing collector sweeps it). */
  readonly needsAllObjects: boolean;
  /**
   * False when a collection must not run now (a tracing collector whose roots are incomplete):
   * the heap then skips it, records nothing, and collect() returns 0.
   */
  canCollect(roots: RootSet): boolean;
  /** gc.enable()/disable(): automatic collections only. */
  enabled: boolean;
  /** A new object got a block from the allocator (not from a free list): _PyObject_GC_Link. */
  onAlloc(o: PyObject): void;
  /** An object's block went back to the allocator (not to a free list): PyObject_GC_Del. */
  onDealloc(o: PyObject): void;
  /** PyObject_GC_Track: link into the youngest generation. Idempotent. */
  track(o: PyObject): void;
  /** PyObject_GC_UnTrack. Idempotent. */
  untrack(o: PyObject): void;
  /** Collect `generation` and the younger ones; returns collected + uncollectable. */
  collect(generation: number, roots: RootSet): number;
  /** The generation an automatic collection should collect now, or -1 for none. */
  chooseGeneration(): number;
  /** Results of the last collect(), for the event. */
  readonly lastExamined: number;
  readonly lastCollected: number;
  readonly lastUncollectable: number;
  getCount(): [number, number, number];
  getThreshold(): [number, number, number];
  setThreshold(t0: number, t1?: number, t2?: number): void;
  /** gc.get_objects(generation); -1 means every generation (not the permanent one). */
  getObjects(generation: number): PyObject[];
  /** gc.freeze(): move every tracked object to the permanent generation. */
  freeze(): void;
  unfreeze(): void;
  getFreezeCount(): number;
  stats(): CollectorStats;
}
