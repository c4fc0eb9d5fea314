// --gc generational (the default): reference counting plus CPython 3.11's cycle collector
// (Modules/gcmodule.c@3.11, gc_collect_main). Start reading at collect(); each phase is one
// method named as in CPython. Design and a worked example: docs/memory.md.
//
// State of a tracked object during a collection (gcFlags bits and gcRefs, see object.ts):
//   outside a collection     COLLECTING and UNREACHABLE clear; gcRefs meaningless.
//   updateRefs               COLLECTING set, gcRefs = refcnt.
//   subtractRefs             gcRefs = references from outside the collected generations (>= 0).
//   moveUnreachable, scanned and reachable
//                            COLLECTING cleared (so later visits ignore it), stays in `young`.
//   moveUnreachable, tentatively unreachable
//                            COLLECTING + UNREACHABLE set, gcRefs 0, in `unreachable`; moved
//                            back to young's tail with gcRefs 1 if a reachable object refers to it.
//   handleResurrectedObjects flags cleared, the same three phases run again over the trash.
//   deleteGarbage survivors  flags cleared, moved to the next older generation.
// Only the collector sets or clears COLLECTING/UNREACHABLE, and none are left set on a tracked
// object after collect() returns (objects freed meanwhile are GC_FREED and no longer tracked).
//
// TODO (not yet modelled): gc.garbage for uncollectable objects (pyarena has no legacy tp_del, so
// only DEBUG_SAVEALL puts objects there: see `garbage` below); DEBUG_STATS/COLLECTABLE printing
// (the VM's gc module formats from events); gc.get_referrers (the VM can scan getObjects()).
import type { BackendName } from '../events';
import {
  gcListAppend,
  gcListHead,
  gcListIsEmpty,
  gcListMerge,
  gcListMove,
  gcListRemove,
  gcListSize,
  gcListToArray,
} from '../gc-list';
import { GC_COLLECTING, GC_FINALIZED, GC_INLINE, GC_UNREACHABLE } from '../object';
import type { PyObject, RootSet, TypeSlots, Visit } from '../object';
import type { Collector, CollectorHost, CollectorStats } from './collector';

export const NUM_GENERATIONS = 3;
export const DEBUG_STATS = 1; // gc module constants, as CPython
export const DEBUG_COLLECTABLE = 2;
export const DEBUG_UNCOLLECTABLE = 4;
export const DEBUG_SAVEALL = 32; // unreachable objects go to gc.garbage instead of being cleared
export const DEBUG_LEAK = DEBUG_COLLECTABLE | DEBUG_UNCOLLECTABLE | DEBUG_SAVEALL;

const COLLECTING_OR_UNREACHABLE = GC_COLLECTING | GC_UNREACHABLE;

export class GenerationalCollector implements Collector {
  readonly name: BackendName = 'generational';
  readonly reclaims: boolean = true;
  readonly findsCycles: boolean = true;
  readonly needsAllObjects: boolean = false;
  enabled = true;
  /** gc.set_debug flags; only DEBUG_SAVEALL changes what the collector does. */
  debug = 0;
  /**
   * gc.garbage's contents when DEBUG_SAVEALL is set: each entry holds a counted reference. The VM
   * exposes them (or drains them into its own list) and counts them as roots when verifying.
   */
  readonly garbage: PyObject[] = [];
  lastExamined = 0;
  lastCollected = 0;
  lastUncollectable = 0;
  /** Generation list heads, youngest first, and the permanent generation of gc.freeze(). */
  readonly generations: PyObject[] = [gcListHead(), gcListHead(), gcListHead()];
  readonly permanent = gcListHead();
  /** gc.get_count(): net GC allocations; then collections of the next younger generation. */
  readonly count: [number, number, number] = [0, 0, 0];
  readonly thresholds: [number, number, number];
  /** Survivors of gen-1 collections since the last full one, and the heap after it (25% rule). */
  longLivedPending = 0;
  longLivedTotal = 0;
  readonly collections: [number, number, number] = [0, 0, 0];
  readonly collected: [number, number, number] = [0, 0, 0];
  readonly uncollectable: [number, number, number] = [0, 0, 0];

  protected readonly host: CollectorHost;
  protected readonly torture: boolean;
  // Scratch list heads, empty between collections.
  private readonly unreachable = gcListHead();
  private readonly stillUnreachable = gcListHead();
  private readonly seen = gcListHead();
  /** The list move_unreachable scans; visitReachable appends rescued objects to it. */
  private scanList: PyObject = this.unreachable;
  // Visitors built once (no closure per call).
  private readonly visitDecref: Visit;
  private readonly visitReachable: Visit;

  constructor(host: CollectorHost, thresholds: [number, number, number], torture: boolean) {
    this.host = host;
    this.thresholds = [thresholds[0], thresholds[1], thresholds[2]];
    this.torture = torture;
    this.visitDecref = (child: PyObject): void => {
      const flags = child.gcFlags;
      if ((flags & GC_COLLECTING) !== 0) child.gcRefs--;
      else if ((flags & GC_INLINE) !== 0) (child.type.data as TypeSlots).traverse(child, this.visitDecref);
    };
    this.visitReachable = (child: PyObject): void => {
      const flags = child.gcFlags;
      // Inline attribute storage is part of its owner: its referents are the owner's.
      if ((flags & GC_INLINE) !== 0) {
        (child.type.data as TypeSlots).traverse(child, this.visitReachable);
        return;
      }
      // Objects of other generations, untracked ones, and ones already scanned are ignored.
      if ((flags & GC_COLLECTING) === 0) return;
      if ((flags & GC_UNREACHABLE) !== 0) {
        // It had gc_refs 0 when the scan reached it, but it is reachable after all: back to the
        // tail of the scanned list, where the scan will get to it again.
        child.gcFlags = flags & ~GC_UNREACHABLE;
        gcListMove(child, this.scanList);
        child.gcRefs = 1;
      } else if (child.gcRefs === 0) {
        // Not scanned yet: tell the scan it is reachable.
        child.gcRefs = 1;
      }
    };
  }

  // ---------------------------------------------------------------------------------------------
  // Hooks called by the heap

  /** Reference counts, not roots, decide reachability here: any safepoint will do. */
  canCollect(_roots: RootSet): boolean {
    return true;
  }

  onAlloc(o: PyObject): void {
    if (!(o.type.data as TypeSlots).isGC || (o.gcFlags & GC_INLINE) !== 0) return;
    const count0 = ++this.count[0];
    if (count0 > this.thresholds[0] && this.thresholds[0] !== 0 && this.enabled) {
      this.host.collectPending = true;
    }
  }

  onDealloc(o: PyObject): void {
    if (this.count[0] > 0 && (o.type.data as TypeSlots).isGC && (o.gcFlags & GC_INLINE) === 0) this.count[0]--;
  }

  track(o: PyObject): void {
    if (o.gcNext === null) gcListAppend(o, this.generations[0]);
  }

  untrack(o: PyObject): void {
    if (o.gcNext !== null) gcListRemove(o);
  }

  /**
   * gc_collect_generations: the oldest generation whose count exceeds its threshold, except that
   * a full collection also needs long_lived_pending > long_lived_total / 4. Under torture every
   * safepoint collects at least generation 0.
   */
  chooseGeneration(): number {
    if (!this.enabled) return -1;
    for (let i = NUM_GENERATIONS - 1; i > 0; i--) {
      if (this.count[i] > this.thresholds[i]) {
        if (i === NUM_GENERATIONS - 1 && this.longLivedPending < this.longLivedTotal / 4 && !this.torture) continue;
        return i;
      }
    }
    return this.count[0] > this.thresholds[0] || this.torture ? 0 : -1;
  }

  // ---------------------------------------------------------------------------------------------
  // The collection: an outline of named phases (gc_collect_main)

  /** Collect `generation` (and younger); returns collected + uncollectable. */
  collect(generation: number, _roots: RootSet): number {
    const [young, old] = this.startCollection(generation);
    const full = generation === NUM_GENERATIONS - 1;
    const m = this.collectRegion(young, old, full, () => this.ageSurvivors(generation, young, old));
    const n = 0;

    if (generation === NUM_GENERATIONS - 1) this.host.clearFreeLists();
    this.lastCollected = m;
    this.lastUncollectable = n;
    this.collections[generation]++;
    this.collected[generation] += m;
    this.uncollectable[generation] += n;
    return m + n;
  }

  /**
   * The start of gc_collect_main: this collection counts for the next older generation and the
   * collected ones restart; the younger generations are merged into `generation`. Returns the
   * list to collect and the one its survivors join (the same list for a full collection).
   */
  protected startCollection(generation: number): [PyObject, PyObject] {
    if (generation + 1 < NUM_GENERATIONS) this.count[generation + 1]++;
    for (let i = 0; i <= generation; i++) this.count[i] = 0;
    const young = this.generations[generation]!;
    const old = generation + 1 < NUM_GENERATIONS ? this.generations[generation + 1]! : young;
    for (let i = 0; i < generation; i++) gcListMerge(this.generations[i]!, young);
    return [young, old];
  }

  /** Survivors move up a generation; a full collection resets the long-lived accounting. */
  protected ageSurvivors(generation: number, young: PyObject, old: PyObject): void {
    if (young !== old) {
      if (generation === NUM_GENERATIONS - 2) this.longLivedPending += gcListSize(young);
      gcListMerge(young, old);
    } else {
      this.longLivedPending = 0;
      this.longLivedTotal = gcListSize(young);
    }
  }

  /**
   * gc_collect_main from deduce_unreachable on, over `region` (tracked objects, COLLECTING clear):
   * finds its unreachable objects, untracks atom-only survivors, hands the survivors to
   * `promote` (which must empty `region`, normally into `dest`), then clears weakrefs, runs
   * finalizers and frees the trash; resurrected objects and survivors of tp_clear go to `dest`.
   * Sets lastExamined; returns the objects collected.
   */
  protected collectRegion(region: PyObject, dest: PyObject, full: boolean, promote: () => void): number {
    // Find the unreachable objects: gc_refs = refcnt - internal references.
    const unreachable = this.unreachable;
    this.lastExamined = this.deduceUnreachable(region, unreachable);
    this.untrackAtoms(region, full);
    promote();

    // No legacy tp_del finalizers exist in pyarena: nothing is uncollectable by construction.
    let m = this.handleWeakrefs(unreachable);
    this.finalizeGarbage(unreachable);
    // Finalizers may have made some of the trash reachable again: those survive.
    const finalUnreachable = this.stillUnreachable;
    this.handleResurrectedObjects(unreachable, finalUnreachable, dest);
    m += gcListSize(finalUnreachable);
    this.deleteGarbage(finalUnreachable, dest);
    return m;
  }

  /**
   * deduce_unreachable: after it, `base` holds the objects reachable from outside it (COLLECTING
   * cleared) and `unreachable` the rest (COLLECTING + UNREACHABLE). Returns how many were examined.
   */
  private deduceUnreachable(base: PyObject, unreachable: PyObject): number {
    const examined = this.updateRefs(base);
    this.subtractRefs(base);
    this.moveUnreachable(base, unreachable);
    return examined;
  }

  /** update_refs: gcRefs = refcnt and COLLECTING for every object of the list. Returns its size. */
  private updateRefs(head: PyObject): number {
    let n = 0;
    for (let o = head.gcNext!; o !== head; o = o.gcNext!) {
      // A tracked object with refcount 0 would be a VM bug: it should have been deallocated.
      o.gcRefs = o.refcnt;
      o.gcFlags |= GC_COLLECTING;
      n++;
    }
    return n;
  }

  /**
   * subtract_refs: remove the references that come from inside the list. Post-condition: gcRefs
   * is the number of references from outside, so > 0 means directly reachable.
   */
  private subtractRefs(head: PyObject): void {
    const visit = this.visitDecref;
    for (let o = head.gcNext!; o !== head; o = o.gcNext!) {
      (o.type.data as TypeSlots).traverse(o, visit);
    }
  }

  /**
   * move_unreachable: one pass over `young`, no recursion. An object with gcRefs > 0 is reachable:
   * its referents are marked reachable (and rescued from `unreachable` if already moved there).
   * An object with gcRefs 0 moves, tentatively, to `unreachable`.
   */
  private moveUnreachable(young: PyObject, unreachable: PyObject): void {
    const visit = this.visitReachable;
    this.scanList = young;
    let o = young.gcNext!;
    while (o !== young) {
      // Invariant: every object left of `o` in young is reachable and has COLLECTING cleared;
      // every object in `unreachable` had gcRefs 0 when scanned and is not yet known reachable.
      if (o.gcRefs > 0) {
        (o.type.data as TypeSlots).traverse(o, visit);
        o.gcFlags &= ~GC_COLLECTING;
        // Read next only now: traverse may have appended rescued objects after `o`.
        o = o.gcNext!;
      } else {
        const next = o.gcNext!;
        gcListMove(o, unreachable);
        o.gcFlags |= GC_UNREACHABLE;
        o = next;
      }
    }
  }

  /**
   * untrack_tuples / untrack_dicts: survivors that can never be part of a cycle (a tuple of atoms)
   * leave the collector's lists. Dicts are only asked in full collections (bpo-14775).
   */
  protected untrackAtoms(young: PyObject, full: boolean): void {
    let o = young.gcNext!;
    while (o !== young) {
      const next = o.gcNext!;
      const slots = o.type.data as TypeSlots;
      if (slots.maybeUntrack !== undefined && slots.maybeUntrack(o, full)) gcListRemove(o);
      o = next;
    }
  }

  /**
   * handle_weakrefs: clear every weakref to a trash object before any finalizer can see it; the
   * callbacks of weakrefs that are not trash themselves run afterwards. Returns how many of those
   * weakrefs their callbacks freed: CPython counts them in collect()'s result.
   */
  private handleWeakrefs(unreachable: PyObject): number {
    const hooks = this.host.weakrefHooks;
    if (hooks === null) return 0;
    let any = false;
    for (let o = unreachable.gcNext!; o !== unreachable; o = o.gcNext!) {
      if (o.weakrefs !== null) {
        hooks.clear(o, true);
        any = true;
      }
    }
    return any ? hooks.runQueued() : 0;
  }

  /**
   * finalize_garbage: __del__ (tp_finalize) once per object, PEP 442. Each object is held by an
   * extra reference while its finalizer runs; objects freed meanwhile drop out of the lists.
   */
  private finalizeGarbage(collectable: PyObject): void {
    const seen = this.seen;
    while (!gcListIsEmpty(collectable)) {
      const o = collectable.gcNext!;
      gcListMove(o, seen);
      const slots = o.type.data as TypeSlots;
      if (slots.finalize !== null && (o.gcFlags & GC_FINALIZED) === 0) {
        o.gcFlags |= GC_FINALIZED;
        o.refcnt++;
        slots.finalize(o);
        if (--o.refcnt === 0) this.host.dealloc(o);
      }
    }
    gcListMerge(seen, collectable);
  }

  /**
   * handle_resurrected_objects: run the reachability analysis again over the trash alone. What a
   * finalizer made reachable (refcnt now exceeds the references from inside the trash) survives
   * into `old`; `stillUnreachable` receives the rest.
   */
  private handleResurrectedObjects(unreachable: PyObject, stillUnreachable: PyObject, old: PyObject): void {
    for (let o = unreachable.gcNext!; o !== unreachable; o = o.gcNext!) {
      o.gcFlags &= ~COLLECTING_OR_UNREACHABLE;
    }
    this.deduceUnreachable(unreachable, stillUnreachable);
    gcListMerge(unreachable, old);
  }

  /**
   * delete_garbage: tp_clear on each trash object breaks the cycles; refcounting then frees them.
   * An object that survives its clear (something else still holds it) moves to `old`.
   * Post-condition: `collectable` is empty.
   */
  private deleteGarbage(collectable: PyObject, old: PyObject): void {
    const saveAll = (this.debug & DEBUG_SAVEALL) !== 0;
    while (!gcListIsEmpty(collectable)) {
      const o = collectable.gcNext!;
      if (saveAll) {
        o.refcnt++;
        this.garbage.push(o);
      } else {
        o.refcnt++;
        (o.type.data as TypeSlots).clear(o);
        if (--o.refcnt === 0) this.host.dealloc(o);
      }
      if (collectable.gcNext === o) {
        o.gcFlags &= ~COLLECTING_OR_UNREACHABLE;
        gcListMove(o, old);
      }
    }
  }

  // ---------------------------------------------------------------------------------------------
  // The gc module's view

  getCount(): [number, number, number] {
    return [this.count[0], this.count[1], this.count[2]];
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
    const out: PyObject[] = [];
    if (generation >= 0) return gcListToArray(this.generations[generation], out);
    for (let i = 0; i < NUM_GENERATIONS; i++) gcListToArray(this.generations[i], out);
    return out;
  }

  /** gc.freeze: every tracked object goes to the permanent generation; counts restart. */
  freeze(): void {
    for (let i = 0; i < NUM_GENERATIONS; i++) {
      gcListMerge(this.generations[i], this.permanent);
      this.count[i] = 0;
    }
  }

  /** gc.unfreeze: the permanent generation goes back into the oldest one. */
  unfreeze(): void {
    gcListMerge(this.permanent, this.generations[NUM_GENERATIONS - 1]);
  }

  getFreezeCount(): number {
    return gcListSize(this.permanent);
  }

  stats(): CollectorStats {
    const g = this.generations;
    return {
      backend: this.name,
      enabled: this.enabled,
      thresholds: this.getThreshold(),
      count: this.getCount(),
      generationSizes: [gcListSize(g[0]), gcListSize(g[1]), gcListSize(g[2])],
      frozen: gcListSize(this.permanent),
      collections: [this.collections[0], this.collections[1], this.collections[2]],
      collected: [this.collected[0], this.collected[1], this.collected[2]],
      uncollectable: [this.uncollectable[0], this.uncollectable[1], this.uncollectable[2]],
      longLivedPending: this.longLivedPending,
      longLivedTotal: this.longLivedTotal,
    };
  }
}
