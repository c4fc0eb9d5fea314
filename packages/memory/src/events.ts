// The one stream of collection events (DESIGN section 5): --gc-trace, gc.callbacks, --stats and
// the benchmarks all read it. Recording is one small object per collection; listeners are
// optional and called synchronously.

export type BackendName = 'pymalloc' | 'refcount' | 'generational' | 'marksweep' | 'incremental';

export interface CollectionEvent {
  backend: BackendName;
  /** The generation collected (younger ones are merged into it). */
  generation: number;
  /** performance.now() at the start, milliseconds. */
  startMs: number;
  durationMs: number;
  /** Tracked objects in the collected generations (CPython 3.15's "candidates"). */
  examined: number;
  /** Unreachable objects found (CPython's "collected"). */
  collected: number;
  /** Unreachable objects kept alive (gc.garbage); CPython's "uncollectable". */
  uncollectable: number;
  heapBytesBefore: number;
  heapBytesAfter: number;
}

/** 'start' is called before the collection (counts 0), 'stop' after it, as gc.callbacks. */
export type CollectionListener = (phase: 'start' | 'stop', event: CollectionEvent) => void;

export class GcEventLog {
  /** Every event, oldest first. */
  readonly entries: CollectionEvent[] = [];
  private readonly listeners: CollectionListener[] = [];

  get length(): number {
    return this.entries.length;
  }

  last(): CollectionEvent | undefined {
    return this.entries[this.entries.length - 1];
  }

  /** Returns an unsubscribe function. */
  subscribe(listener: CollectionListener): () => void {
    this.listeners.push(listener);
    return () => {
      const i = this.listeners.indexOf(listener);
      if (i >= 0) this.listeners.splice(i, 1);
    };
  }

  /** Called by the heap when a collection starts. */
  emitStart(event: CollectionEvent): void {
    for (let i = 0; i < this.listeners.length; i++) this.listeners[i]('start', event);
  }

  /** Called by the heap when a collection ends: records the event, then notifies. */
  record(event: CollectionEvent): void {
    this.entries.push(event);
    for (let i = 0; i < this.listeners.length; i++) this.listeners[i]('stop', event);
  }

  clear(): void {
    this.entries.length = 0;
  }

  [Symbol.iterator](): Iterator<CollectionEvent> {
    return this.entries[Symbol.iterator]();
  }
}
