// --gc incremental: reference counting plus a cycle collector whose pauses stay short, in the
// spirit of CPython 3.14's incremental collector (Python/gc.c@3.14: young space, two old spaces,
// work done in increments proportional to allocation). Start reading at collect().
//
// Tracked objects live in three lists (gc.get_objects(generation) shows them):
//   0  young     allocated since the last increment;
//   1  pending   old objects this scan has not reached yet;
//   2  visited   old objects this scan has dealt with.
// A scan ends when `pending` is empty: `visited` then becomes `pending` for the next scan. An old
// object's GC_OLD_SPACE bit says which space it is in, relative to `visitedSpace`, which flips at
// the end of a scan, so no object is touched to move them all (3.14's visited_space).
//
// Each increment (an automatic collection, or gc.collect(1)) does two bounded pieces of work:
//   mark    up to `budget` objects reachable from the roots are moved from pending to visited
//           without examining them (3.14's mark_alive_from_roots, here spread over increments):
//           they are certainly alive. Their epoch (gcFlags >>> GC_EPOCH_SHIFT) records that this
//           scan has traversed them.
//   collect the young objects, plus, once marking is done, pending objects and every pending
//           object they reach (a garbage cycle is always taken whole), up to `budget /
//           EXAMINE_COST` of them in all, go through
//           CPython's gc_refs algorithm (GenerationalCollector.collectRegion); survivors join
//           visited.
// Neither piece needs the other to be exact. gc_refs is sound on any subset of the heap (an object
// referenced from outside the subset is reachable), and marking only decides what the collect
// step may skip: a mutation that hides an object from the marker only costs it an examination.
// So no write barrier is needed, and objects the marker holds may die meanwhile (GC_FREED: skipped).
import type { BackendName } from '../events';
import { gcListAppend, gcListIsEmpty, gcListMerge, gcListMove } from '../gc-list';
import { GC_COLLECTING, GC_EPOCH_SHIFT, GC_FREED, GC_INLINE, GC_OLD_SPACE, GC_YOUNG } from '../object';
import type { PyObject, RootSet, TypeSlots, Visit } from '../object';
import type { CollectorHost } from './collector';
import { GenerationalCollector } from './generational';

const YOUNG = 0;
const PENDING = 1;
const VISITED = 2;
/** The epoch lives in the gcFlags bits above the flags; it wraps long before overflowing. */
const EPOCH_MASK = (1 << (31 - GC_EPOCH_SHIFT)) - 1;
const FLAG_BITS = (1 << GC_EPOCH_SHIFT) - 1;

/**
 * Default (young threshold, old work per increment as a multiple of it, unused). Measured on
 * benchmarks/programs/long_lived_heap.py: 500 young objects made increments of 1-1.7 ms at p99,
 * 150 keeps them near 0.4 ms for the same total collector time.
 */
export const INCREMENTAL_THRESHOLDS: [number, number, number] = [150, 8, 0];
/**
 * Work units of taking one pending object into a slice (examined with gc_refs, and freed when it is
 * garbage), against 1 per object or edge marked: the ratio of their measured costs.
 */
const EXAMINE_COST = 8;

export class IncrementalCollector extends GenerationalCollector {
  override readonly name: BackendName = 'incremental';
  /** Which value of an old object's GC_OLD_SPACE bit means "visited" in the running scan. */
  private visitedSpace = 0;
  /** The running scan's number (1, 2, ...), stored in the epoch bits of what it traversed. */
  private epoch = 1;
  /** The roots were visited in this scan's marking; `grey` holds what is left to traverse. */
  private rootsSeeded = false;
  /**
   * A stack below `greyTop`, kept at its largest size: a JS array whose length goes down and up
   * again is reallocated, and an allocation inside a pause is where the host's own collector
   * lands (V8 scavenges and marking steps of several ms each).
   */
  private readonly grey: (PyObject | null)[] = [];
  private greyTop = 0;
  /** References followed by the running mark step: its work is objects plus edges. */
  private markWork = 0;
  /** A big container the marker is part-way through (TypeSlots.traverseFrom), and where. */
  private partial: PyObject | null = null;
  private partialPos = 0;
  private readonly visitMark: Visit;
  private readonly visitExpand: Visit;
  /** The region being built by takePendingSlice, and the pending objects it has taken so far. */
  private region: PyObject = this.generations[YOUNG]!;
  private taken = 0;
  /** Scans completed (gc.get_count()[2]) and increments in the running scan (get_count()[1]). */
  scansCompleted = 0;
  incrementsInScan = 0;

  constructor(host: CollectorHost, thresholds: [number, number, number], torture: boolean) {
    super(host, thresholds, torture);
    this.visitMark = (child: PyObject): void => {
      this.markWork++;
      if (((child.gcFlags >>> GC_EPOCH_SHIFT) & EPOCH_MASK) !== this.epoch) this.pushGrey(child);
    };
    // A pending object reached from the region joins it (COLLECTING marks membership for now).
    this.visitExpand = (child: PyObject): void => {
      const flags = child.gcFlags;
      if ((flags & GC_INLINE) !== 0) {
        (child.type.data as TypeSlots).traverse(child, this.visitExpand);
      } else if ((flags & GC_COLLECTING) === 0 && child.gcNext !== null && this.isPending(child)) {
        child.gcFlags = flags | GC_COLLECTING;
        gcListMove(child, this.region);
        this.taken++;
      }
    };
  }

  /** Old (GC_YOUNG clear) and not yet visited in this scan (its space bit is not visitedSpace). */
  private isPending(o: PyObject): boolean {
    const flags = o.gcFlags;
    return (flags & GC_YOUNG) === 0 && ((flags & GC_OLD_SPACE) !== 0 ? 1 : 0) !== this.visitedSpace;
  }

  /** Work units per increment: objects marked plus references followed, or EXAMINE_COST per pending object examined. */
  private get budget(): number {
    return Math.max(1, this.thresholds[0]) * Math.max(1, this.thresholds[1]);
  }

  override chooseGeneration(): number {
    if (!this.enabled) return -1;
    return this.count[0] > this.thresholds[0] || this.torture ? 1 : -1;
  }

  // ---------------------------------------------------------------------------------------------
  // The collection

  /**
   * generation 0: the young objects only. 1: one increment (mark, then young + a slice of the
   * pending space). 2: everything, which also ends the running scan.
   */
  override collect(generation: number, roots: RootSet): number {
    this.count[0] = 0;
    let m: number;
    if (generation === 2) {
      m = this.collectEverything();
      this.endScan();
    } else {
      let marked = 0;
      if (generation === 1) marked = this.markStep(roots, this.budget);
      const region = this.generations[YOUNG]!;
      const markingDone = this.rootsSeeded && this.greyTop === 0 && this.partial === null;
      if (generation === 1 && markingDone) this.takePendingSlice(region, Math.ceil(this.budget / EXAMINE_COST));
      m = this.collectAndPromote(region, false);
      this.lastExamined += marked;
      if (generation === 1) {
        this.incrementsInScan++;
        if (markingDone && gcListIsEmpty(this.generations[PENDING]!)) this.endScan();
      }
    }
    this.lastCollected = m;
    this.lastUncollectable = 0;
    this.collections[generation]++;
    this.collected[generation] += m;
    return m;
  }

  /**
   * Marking: traverses objects reachable from the roots (visited this scan or not, young or old)
   * until `budget` objects and references have been followed; each pending object moves to
   * visited unexamined. A container whose type can be traversed in pieces (list, dict) is left
   * part-way when the budget runs out and resumed by the next step. Returns the objects traversed.
   */
  private markStep(roots: RootSet, budget: number): number {
    const grey = this.grey;
    if (!this.rootsSeeded) {
      roots.visitRoots(this.visitMark);
      this.rootsSeeded = true;
    }
    const visited = this.generations[VISITED]!;
    const epochBits = this.epoch << GC_EPOCH_SHIFT;
    let n = 0;
    this.markWork = 0;
    if (this.partial !== null && !this.continuePartial(budget)) return 0;
    while (n + this.markWork < budget && this.greyTop > 0) {
      const o = grey[--this.greyTop]!;
      grey[this.greyTop] = null;
      const flags = o.gcFlags;
      if ((flags & GC_FREED) !== 0 || ((flags >>> GC_EPOCH_SHIFT) & EPOCH_MASK) === this.epoch) continue;
      o.gcFlags = (flags & FLAG_BITS) | epochBits;
      if (o.gcNext !== null && this.isPending(o)) {
        gcListMove(o, visited);
        this.setVisited(o);
      }
      n++;
      const slots = o.type.data as TypeSlots;
      if (slots.traverseFrom === undefined) {
        slots.traverse(o, this.visitMark);
      } else {
        this.partial = o;
        this.partialPos = 0;
        if (!this.continuePartial(budget - n)) break;
      }
    }
    return n;
  }

  /** Resumes the container in `partial`; false when the budget ran out before its end. */
  private continuePartial(budget: number): boolean {
    const o = this.partial!;
    if ((o.gcFlags & GC_FREED) !== 0) {
      this.partial = null;
      return true;
    }
    const max = Math.max(1, budget - this.markWork);
    const next = (o.type.data as TypeSlots).traverseFrom!(o, this.partialPos, max, this.visitMark);
    if (next < 0) {
      this.partial = null;
      return true;
    }
    this.partialPos = next;
    return false;
  }

  /**
   * Moves pending objects into `region`, each with every pending object it reaches, until `budget`
   * of them have been taken, counting those reached: a slice's size is bounded by its budget
   * (plus the last object's reach, since a garbage cycle is always taken whole).
   */
  private takePendingSlice(region: PyObject, budget: number): void {
    const pending = this.generations[PENDING]!;
    this.region = region;
    // The young objects are in the region already: what they reach is taken too.
    for (let o = region.gcNext!; o !== region; o = o.gcNext!) o.gcFlags |= GC_COLLECTING;
    this.taken = 0;
    let o = region.gcNext!;
    for (;;) {
      // Expand from every region object in order (the list grows at its tail as we go).
      while (o !== region) {
        (o.type.data as TypeSlots).traverse(o, this.visitExpand);
        o = o.gcNext!;
      }
      if (this.taken >= budget || gcListIsEmpty(pending)) break;
      const next = pending.gcNext!;
      next.gcFlags |= GC_COLLECTING;
      gcListMove(next, region);
      this.taken++;
      o = next;
    }
    for (let p = region.gcNext!; p !== region; p = p.gcNext!) p.gcFlags &= ~GC_COLLECTING;
  }

  /** collectRegion with survivors joining the visited space. */
  private collectAndPromote(region: PyObject, full: boolean): number {
    const visited = this.generations[VISITED]!;
    return this.collectRegion(region, visited, full, () => {
      for (let o = region.gcNext!; o !== region; o = o.gcNext!) this.setVisited(o);
      gcListMerge(region, visited);
    });
  }

  /** A full collection: every space at once (gc.collect(), and gc.collect(2)). */
  private collectEverything(): number {
    const young = this.generations[YOUNG]!;
    gcListMerge(this.generations[PENDING]!, young);
    gcListMerge(this.generations[VISITED]!, young);
    const m = this.collectAndPromote(young, true);
    this.host.clearFreeLists();
    return m;
  }

  /** The scan is over: visited becomes pending (no object touched), marking starts again. */
  private endScan(): void {
    gcListMerge(this.generations[VISITED]!, this.generations[PENDING]!);
    this.visitedSpace ^= 1;
    this.epoch = this.epoch === EPOCH_MASK ? 1 : this.epoch + 1;
    this.clearGrey();
    this.partial = null;
    this.rootsSeeded = false;
    this.scansCompleted++;
    this.incrementsInScan = 0;
  }

  private pushGrey(o: PyObject): void {
    const grey = this.grey;
    if (this.greyTop === grey.length) grey.push(o);
    else grey[this.greyTop] = o;
    this.greyTop++;
  }

  private clearGrey(): void {
    this.grey.fill(null, 0, this.greyTop);
    this.greyTop = 0;
  }

  private setVisited(o: PyObject): void {
    o.gcFlags = this.visitedSpace === 1 ? (o.gcFlags | GC_OLD_SPACE) & ~GC_YOUNG : o.gcFlags & ~(GC_OLD_SPACE | GC_YOUNG);
  }

  // ---------------------------------------------------------------------------------------------
  // The gc module's view

  /** (young allocations - frees, increments in the running scan, scans completed). */
  override getCount(): [number, number, number] {
    return [this.count[0], this.incrementsInScan, this.scansCompleted];
  }

  override freeze(): void {
    super.freeze();
    this.clearGrey();
    this.partial = null;
  }

  /** Frozen objects come back to the pending space: the running scan will look at them. */
  override unfreeze(): void {
    const pending = this.generations[PENDING]!;
    for (let o = this.permanent.gcNext!; o !== this.permanent; o = o.gcNext!) this.setPending(o);
    gcListMerge(this.permanent, pending);
  }

  private setPending(o: PyObject): void {
    o.gcFlags = this.visitedSpace === 1 ? o.gcFlags & ~(GC_OLD_SPACE | GC_YOUNG) : (o.gcFlags | GC_OLD_SPACE) & ~GC_YOUNG;
  }

  /** New objects start young: flagged so, since their space bit alone cannot say it. */
  override track(o: PyObject): void {
    if (o.gcNext === null) {
      o.gcFlags |= GC_YOUNG;
      gcListAppend(o, this.generations[YOUNG]!);
    }
  }
}
