// --gc refcount: objects are freed when their count reaches zero; cycles leak. Tracking still
// works (gc.is_tracked, gc.get_objects), so there is a single list of tracked objects, and
// gc.get_count()[0] is kept as CPython does with the collector disabled. collect() finds nothing.
import type { BackendName } from '../events';
import { gcListAppend, gcListHead, gcListMerge, gcListRemove, gcListSize, gcListToArray } from '../gc-list';
import { GC_INLINE } from '../object';
import type { PyObject, RootSet, TypeSlots } from '../object';
import type { Collector, CollectorHost, CollectorStats } from './collector';

export class RefcountCollector implements Collector {
  readonly name: BackendName = 'refcount';
  readonly reclaims: boolean = true;
  /** gc.isenabled() is False: there is no automatic cycle collection to enable. */
  enabled = false;
  readonly lastExamined = 0;
  readonly lastCollected = 0;
  readonly lastUncollectable = 0;
  protected readonly tracked = gcListHead();
  protected readonly permanent = gcListHead();
  protected count0 = 0;
  protected readonly collections: [number, number, number] = [0, 0, 0];
  protected readonly thresholds: [number, number, number];
  protected readonly host: CollectorHost;

  constructor(host: CollectorHost, thresholds: [number, number, number] = [700, 10, 10]) {
    this.host = host;
    this.thresholds = [thresholds[0], thresholds[1], thresholds[2]];
  }

  onAlloc(o: PyObject): void {
    if ((o.type.data as TypeSlots).isGC && (o.gcFlags & GC_INLINE) === 0) this.count0++;
  }

  onDealloc(o: PyObject): void {
    if (this.count0 > 0 && (o.type.data as TypeSlots).isGC && (o.gcFlags & GC_INLINE) === 0) this.count0--;
  }

  track(o: PyObject): void {
    if (o.gcNext === null) gcListAppend(o, this.tracked);
  }

  untrack(o: PyObject): void {
    if (o.gcNext !== null) gcListRemove(o);
  }

  collect(generation: number, _roots: RootSet): number {
    this.collections[generation]++;
    this.count0 = 0;
    return 0;
  }

  chooseGeneration(): number {
    return -1;
  }

  getCount(): [number, number, number] {
    return [this.count0, 0, 0];
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
    this.count0 = 0;
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
      collected: [0, 0, 0],
      uncollectable: [0, 0, 0],
      longLivedPending: 0,
      longLivedTotal: 0,
    };
  }
}
