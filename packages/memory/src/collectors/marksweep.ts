// --gc marksweep: a tracing collector in the manner of clox or MicroPython. Nothing is freed when a
// reference count reaches zero (Heap.dealloc returns at once, as under pymalloc); instead, when the
// heap has grown past a trigger, a collection marks everything reachable from the roots (frames,
// globals, module dicts, the interpreter's own references) and sweeps the rest. Start reading at
// collect(). Observable differences from CPython are listed in docs/memory.md section 4.
//
// The VM still counts references (one interpreter for every backend). The sweep releases each dead
// object's references through its type's dealloc slot, so after a collection the counts of the
// survivors are exact again and --verify-heap checks both the marking and the counts.
//
// Roots are only complete at safepoints of the outermost eval loop: a native helper that re-entered
// Python (sorted with a key, a class's __init__ called from type.__call__) holds references in host
// variables no root shows. canCollect() refuses then; the collection runs at the next complete
// safepoint.
import type { BackendName } from '../events';
import { gcListAppend, gcListHead, gcListMerge, gcListRemove, gcListSize, gcListToArray } from '../gc-list';
import { GC_FINALIZED, GC_FREED, GC_IMMORTAL, GC_INLINE, GC_MARKED, GC_UNREACHABLE } from '../object';
import type { PyObject, RootSet, TypeSlots, Visit } from '../object';
import type { Collector, CollectorHost, CollectorStats } from './collector';

/** The heap size (bytes) below which no automatic collection runs. */
export const MARKSWEEP_MIN_TRIGGER = 1 << 20;
/** After a collection the next one runs when the heap has grown to this multiple of the survivors. */
export const MARKSWEEP_GROWTH = 2;

export class MarkSweepCollector implements Collector {
  readonly name: BackendName = 'marksweep';
  /** Reference counts reaching zero free nothing: only the sweep does. */
  readonly reclaims: boolean = false;
  readonly findsCycles: boolean = true;
  readonly needsAllObjects: boolean = true;
  enabled = true;
  lastExamined = 0;
  lastCollected = 0;
  readonly lastUncollectable = 0;
  /** The heap size at which the next automatic collection runs. */
  nextTriggerBytes = MARKSWEEP_MIN_TRIGGER;
  /** Objects handed out by the allocator since the last collection (gc.get_count()[0]). */
  private allocatedSince = 0;
  private readonly tracked = gcListHead();
  private readonly permanent = gcListHead();
  private readonly thresholds: [number, number, number];
  private readonly collections: [number, number, number] = [0, 0, 0];
  private readonly collected: [number, number, number] = [0, 0, 0];
  private readonly host: CollectorHost;
  private readonly torture: boolean;
  /** Gray objects: marked, their referents not yet visited. Empty between collections. */
  private readonly grey: PyObject[] = [];
  private readonly visitMark: Visit;

  constructor(host: CollectorHost, thresholds: [number, number, number], torture: boolean) {
    this.host = host;
    this.thresholds = [thresholds[0], thresholds[1], thresholds[2]];
    this.torture = torture;
    this.visitMark = (child: PyObject): void => {
      if ((child.gcFlags & (GC_MARKED | GC_FREED)) === 0) {
        child.gcFlags |= GC_MARKED;
        this.grey.push(child);
      }
    };
  }

  // ---------------------------------------------------------------------------------------------
  // Hooks called by the heap

  onAlloc(_o: PyObject): void {
    this.allocatedSince++;
    if (this.enabled && this.host.currentBytes >= this.nextTriggerBytes) this.host.collectPending = true;
  }

  onDealloc(_o: PyObject): void {}

  track(o: PyObject): void {
    if (o.gcNext === null) gcListAppend(o, this.tracked);
  }

  untrack(o: PyObject): void {
    if (o.gcNext !== null) gcListRemove(o);
  }

  /** Marking needs every reference the VM holds to be visible from the roots. */
  canCollect(roots: RootSet): boolean {
    if (roots.rootsComplete === undefined || roots.rootsComplete()) return true;
    this.host.collectPending = true; // try again at the next safepoint
    return false;
  }

  chooseGeneration(): number {
    if (!this.enabled) return -1;
    return this.torture || this.host.currentBytes >= this.nextTriggerBytes ? 2 : -1;
  }

  // ---------------------------------------------------------------------------------------------
  // The collection

  /** A full collection whatever the generation; returns the tracked objects it freed. */
  collect(generation: number, roots: RootSet): number {
    const all = this.host.allObjects!;
    const existing = all.length; // objects a finalizer allocates are not swept this time

    let examined = this.markFromRoots(roots, all, existing);
    // Weakrefs to the dead are cleared and their callbacks run, then __del__ once per object
    // (PEP 442); both may make dead objects reachable again, from objects already marked, so if
    // they ran the marking starts over.
    let dead = this.findDead(all, existing);
    if (this.runWeakrefCallbacks(dead) + this.runFinalizers(dead) > 0) {
      for (const o of dead) o.gcFlags &= ~GC_UNREACHABLE;
      for (let i = 0; i < all.length; i++) all[i]!.gcFlags &= ~GC_MARKED;
      examined += this.markFromRoots(roots, all, existing);
      // Objects allocated meanwhile (in a callback or __del__) survive, and so does what they hold.
      for (let i = existing; i < all.length; i++) this.visitMark(all[i]!);
      examined += this.drainGrey();
      dead = this.findDead(all, existing);
    }
    const freed = this.sweep(dead);
    this.compact(all);

    this.allocatedSince = 0;
    this.nextTriggerBytes = Math.max(MARKSWEEP_MIN_TRIGGER, this.host.currentBytes * MARKSWEEP_GROWTH);
    if (generation === 2) this.host.clearFreeLists();
    this.lastExamined = examined;
    this.lastCollected = freed;
    this.collections[generation]++;
    this.collected[generation] += freed;
    return freed;
  }

  /**
   * Marks everything reachable from the roots, from frozen objects (gc.freeze: never collected)
   * and from immortal objects (never freed, so what they hold lives). Returns objects marked.
   */
  private markFromRoots(roots: RootSet, all: PyObject[], existing: number): number {
    const visit = this.visitMark;
    roots.visitRoots(visit);
    for (let o = this.permanent.gcNext!; o !== this.permanent; o = o.gcNext!) visit(o);
    for (let i = 0; i < existing; i++) {
      const o = all[i]!;
      if ((o.gcFlags & GC_IMMORTAL) !== 0) visit(o);
    }
    return this.drainGrey();
  }

  /** Visits the referents of every grey object until none is left; no recursion. */
  private drainGrey(): number {
    const grey = this.grey;
    const visit = this.visitMark;
    let n = 0;
    while (grey.length > 0) {
      const o = grey.pop()!;
      (o.type.data as TypeSlots).traverse(o, visit);
      n++;
    }
    return n;
  }

  /** The unmarked objects that existed when the collection started, flagged UNREACHABLE. */
  private findDead(all: PyObject[], existing: number): PyObject[] {
    const dead: PyObject[] = [];
    for (let i = 0; i < existing; i++) {
      const o = all[i]!;
      if ((o.gcFlags & (GC_MARKED | GC_IMMORTAL)) === 0) {
        o.gcFlags |= GC_UNREACHABLE;
        dead.push(o);
      }
    }
    return dead;
  }

  /** handle_weakrefs: clear every weakref to a dead object; run the callbacks of live weakrefs. */
  private runWeakrefCallbacks(dead: PyObject[]): number {
    const hooks = this.host.weakrefHooks;
    if (hooks === null) return 0;
    let cleared = 0;
    for (const o of dead) {
      if (o.weakrefs !== null) {
        hooks.clear(o, true);
        cleared++;
      }
    }
    if (cleared > 0) hooks.runQueued();
    return cleared;
  }

  /** __del__ of each dead object not finalized yet, held by one extra reference while it runs. */
  private runFinalizers(dead: PyObject[]): number {
    let ran = 0;
    for (const o of dead) {
      const slots = o.type.data as TypeSlots;
      if (slots.finalize !== null && (o.gcFlags & GC_FINALIZED) === 0) {
        o.gcFlags |= GC_FINALIZED;
        o.refcnt++;
        slots.finalize(o);
        o.refcnt--;
        ran++;
      }
    }
    return ran;
  }

  /**
   * Frees the dead (flagged UNREACHABLE, so that a weakref among them gets no callback). Weakrefs
   * made to them since the first pass (by a finalizer) are cleared now; their callbacks run after
   * the sweep. Returns the tracked (GC) objects freed: inline attribute storage and atoms such as
   * str are freed too but not counted, as gc.collect() counts in CPython.
   */
  private sweep(dead: PyObject[]): number {
    const host = this.host;
    const hooks = host.weakrefHooks;
    let queued = false;
    let freedTracked = 0;
    for (const o of dead) {
      if (o.weakrefs !== null && hooks !== null) {
        hooks.clear(o, true);
        queued = true;
      }
      if ((o.type.data as TypeSlots).isGC && (o.gcFlags & GC_INLINE) === 0) freedTracked++;
      host.sweep(o);
    }
    if (queued) hooks!.runQueued();
    return freedTracked;
  }

  /** Drops the freed objects from `all`, keeping the order, and clears the survivors' marks. */
  private compact(all: PyObject[]): void {
    let kept = 0;
    for (let i = 0; i < all.length; i++) {
      const o = all[i]!;
      if ((o.gcFlags & GC_FREED) !== 0) continue;
      o.gcFlags &= ~GC_MARKED;
      all[kept++] = o;
    }
    all.length = kept;
  }

  // ---------------------------------------------------------------------------------------------
  // The gc module's view: one generation of tracked objects

  getCount(): [number, number, number] {
    return [this.allocatedSince, 0, 0];
  }

  getThreshold(): [number, number, number] {
    return [this.thresholds[0], this.thresholds[1], this.thresholds[2]];
  }

  setThreshold(t0: number, t1?: number, t2?: number): void {
    this.thresholds[0] = t0;
    if (t1 !== undefined) this.thresholds[1] = t1;
    if (t2 !== undefined) this.thresholds[2] = t2;
  }

  getObjects(generation: number): PyObject[] {
    return generation <= 0 ? gcListToArray(this.tracked, []) : [];
  }

  freeze(): void {
    gcListMerge(this.tracked, this.permanent);
  }

  unfreeze(): void {
    gcListMerge(this.permanent, this.tracked);
  }

  getFreezeCount(): number {
    return gcListSize(this.permanent);
  }

  stats(): CollectorStats {
    return {
      backend: this.name,
      enabled: this.enabled,
      thresholds: this.getThreshold(),
      count: this.getCount(),
      generationSizes: [gcListSize(this.tracked), 0, 0],
      frozen: gcListSize(this.permanent),
      collections: [this.collections[0], this.collections[1], this.collections[2]],
      collected: [this.collected[0], this.collected[1], this.collected[2]],
      uncollectable: [0, 0, 0],
      longLivedPending: 0,
      longLivedTotal: 0,
    };
  }
}
