// The Heap: the one place that allocates and frees (clox's reallocate, CPython's PyObject_Malloc +
// _Py_Dealloc + gc module state). The VM holds only a Heap. Start reading at alloc() and dealloc();
// the allocator model is obmalloc.ts, the backends are collectors/*.ts, the design is docs/memory.md.
import { GenerationalCollector } from './collectors/generational';
import { IncrementalCollector, INCREMENTAL_THRESHOLDS } from './collectors/incremental';
import { MarkSweepCollector } from './collectors/marksweep';
import { PymallocCollector } from './collectors/pymalloc';
import { RefcountCollector } from './collectors/refcount';
import type { Collector, CollectorHost, WeakrefHooks } from './collectors/collector';
import { MemoryLimitError } from './errors';
import { GcEventLog } from './events';
import type { BackendName, CollectionEvent } from './events';
import { FREELIST_COUNT, FREELIST_FLOAT, FREELIST_NONE, FreeLists } from './freelists';
import { GC_FINALIZED, GC_FREED, GC_IMMORTAL, IMMORTAL_REFCNT, PyObject } from './object';
import type { RootSet, TypeSlots } from './object';
import { Obmalloc, SMALL_REQUEST_THRESHOLD, indexToSize } from './obmalloc';
import { RawAllocator, rawSize } from './raw-alloc';
import { collectHeapStats, formatDebugMallocStats } from './stats';
import type { HeapStats } from './stats';
import { verifyHeap } from './verify';
import type { AllocationTracer } from './tracer';
import type { VerifyReport } from './verify';

export interface HeapOptions {
  gc: BackendName;
  /** Generation thresholds, default (700, 10, 10). */
  thresholds?: [number, number, number];
  /** Modelled heap limit in bytes (objects + buffers, block-rounded); 0 or absent = none. */
  maxHeap?: number;
  /** Largest single request the model hands out (MAX_REQUEST when absent). */
  maxRequest?: number;
  /** --gc-torture: a collection at every safepoint. */
  torture?: boolean;
  /** --verify-heap: implies trackAllObjects. */
  verify?: boolean;
  /** Keep a registry of every live object (needed by verify); off by default, it costs a Set op. */
  trackAllObjects?: boolean;
}

/** Nesting of dealloc beyond which dying objects wait on the trashcan (Py_TRASHCAN's limit). */
export const TRASHCAN_DEPTH = 50;
/** Modelled address range of immortal statics (the interpreter binary's data segment). */
export const STATIC_BASE = 0x5555_5555_0000;

/**
 * The largest single block the model hands out by default: 512 MiB. A bigger request fails with
 * MemoryLimitError (Python's MemoryError), as malloc fails in CPython, before the VM builds a
 * payload the host could not hold: V8 caps strings at 2**29 - 24 characters and aborts the
 * process (no exception) when an array grows past about 2**27 elements, which a list of 2**26
 * items (a 512 MiB item block) keeps clear of. CPython on a machine with the RAM would succeed:
 * a documented deviation (docs/deviations.md).
 */
export const MAX_REQUEST = 2 ** 29;

/** Bytes a request of nbytes occupies in the model: its pool block or its raw block. */
export function blockSize(nbytes: number): number {
  return (nbytes - 1) >>> 0 < SMALL_REQUEST_THRESHOLD ? ((nbytes + 15) >> 4) << 4 : rawSize(nbytes);
}

export class Heap implements CollectorHost {
  readonly backend: BackendName;
  readonly obmalloc = new Obmalloc();
  readonly raw = new RawAllocator();
  readonly freelists = new FreeLists();
  readonly collector: Collector;
  /** Every collection, oldest first (--gc-trace, gc.callbacks, --stats, benchmarks). */
  readonly events = new GcEventLog();
  /** Polled by the VM at safepoints; when set it calls safepoint(roots). */
  collectPending = false;
  readonly torture: boolean;
  /** 0 = unlimited. */
  maxHeap: number;
  /** Largest single request (MAX_REQUEST unless HeapOptions.maxRequest). */
  maxRequest: number;
  /** --verify-heap: check every refcount after each collection (HeapOptions.verify). */
  verifyEachCollection: boolean;
  /** What those checks found (empty while the heap is consistent). */
  readonly verifyFailures: string[] = [];
  /** Set by the VM's weakref module. */
  weakrefHooks: WeakrefHooks | null = null;
  /**
   * Set by the VM's tracemalloc module while it traces: told of each allocator block handed out
   * or taken back (tracer.ts). Null otherwise, and then each path pays one `!== null` test.
   */
  tracer: AllocationTracer | null = null;

  // ---- counters (plain fields: bumped on every allocation) ----
  allocations = 0; // objects handed out by alloc()
  frees = 0; // objects freed (to a free list or the allocator)
  liveObjects = 0;
  objectBytes = 0; // block-rounded bytes held by objects, incl. free-listed blocks
  bufferBytes = 0; // block-rounded bytes held by allocBuffer blocks
  peakBytes = 0;
  bufferAllocations = 0;
  trashcanHighWater = 0;

  private readonly reclaims: boolean;
  /**
   * Storage-block addresses by handle. PyObject.buf holds a small-int handle, not the address:
   * addresses exceed V8's small integers, and a field holding them makes V8 box a number for it in
   * every PyObject created (measured: +60% host GC time on a slicing benchmark). 0 = no block.
   */
  private bufAddrs = new Float64Array(1024);
  private bufHandlesNext = 1;
  /**
   * Free handles, a stack below bufFreeTop. A typed array the size of bufAddrs, not a JS array:
   * V8 shrinks an array's storage when pops empty it and grows it again on the next pushes, an
   * allocation on every burst of frees, and a collection frees in bursts (inside its pause).
   */
  private bufFree = new Int32Array(1024);
  private bufFreeTop = 0;
  private readonly registry: Set<PyObject> | null;
  /** Every live object, oldest first, for a tracing collector's sweep (CollectorHost.allObjects). */
  readonly allObjects: PyObject[] | null;
  /** Dead floats stay on the float free list with their blocks (allocFloat): not when verifying or tracing. */
  private readonly keepsShells: boolean;
  private deallocDepth = 0;
  private readonly trashcan: PyObject[] = [];
  /** Per trashcan entry: it was tracked by the collector when it was deposited. */
  private readonly trashcanTracked: boolean[] = [];
  private collecting = false;
  private nextStatic = STATIC_BASE;

  constructor(options: HeapOptions) {
    this.backend = options.gc;
    this.maxHeap = options.maxHeap ?? 0;
    this.maxRequest = options.maxRequest ?? MAX_REQUEST;
    this.torture = options.torture ?? false;
    this.registry = options.verify || options.trackAllObjects ? new Set() : null;
    this.verifyEachCollection = options.verify ?? false;
    const thresholds = options.thresholds ?? [700, 10, 10];
    switch (options.gc) {
      case 'pymalloc':
        this.collector = new PymallocCollector(this, thresholds);
        break;
      case 'refcount':
        this.collector = new RefcountCollector(this, thresholds);
        break;
      case 'generational':
        this.collector = new GenerationalCollector(this, thresholds, this.torture);
        break;
      case 'incremental':
        this.collector = new IncrementalCollector(this, options.thresholds ?? INCREMENTAL_THRESHOLDS, this.torture);
        break;
      case 'marksweep':
        this.collector = new MarkSweepCollector(this, thresholds, this.torture);
        break;
      default:
        throw new Error(`unknown gc backend: ${String(options.gc)}`);
    }
    this.reclaims = this.collector.reclaims;
    this.allObjects = this.collector.needsAllObjects ? [] : null;
    this.keepsShells = this.registry === null && this.allObjects === null;
    if (this.torture) this.collectPending = true;
  }

  /** Modelled heap bytes in use: objects + buffers, each rounded to its block. */
  get currentBytes(): number {
    return this.objectBytes + this.bufferBytes;
  }

  // ---------------------------------------------------------------------------------------------
  // Objects

  /**
   * A new object (new reference, refcnt 1) of `type`, charged nbytes. Its address comes from the
   * free list `freelist` when it has a fitting block, else from the pools (1..512 bytes) or the raw
   * allocator. Throws MemoryLimitError, changing nothing, when maxHeap would be exceeded.
   * `gcFlags` gives initial flag bits (GC_INLINE for an instance's attribute storage).
   */
  alloc(type: PyObject, nbytes: number, data: unknown, freelist: number = FREELIST_NONE, gcFlags = 0): PyObject {
    let addr = freelist >= 0 ? this.freelists.pop(freelist, nbytes) : 0;
    const fresh = addr === 0;
    if (fresh) {
      addr = this.mallocBlock(nbytes);
      this.objectBytes += blockSize(nbytes);
      if (this.objectBytes + this.bufferBytes > this.peakBytes) this.peakBytes = this.objectBytes + this.bufferBytes;
      if (this.tracer !== null) this.tracer.objectAlloc(addr, blockSize(nbytes)); // free-list hits are not traced
    }
    const o = new PyObject(type, data);
    o.addr = addr;
    o.nbytes = nbytes;
    o.gcFlags = gcFlags;
    this.allocations++;
    this.liveObjects++;
    if (this.registry !== null) this.registry.add(o);
    if (this.allObjects !== null) this.allObjects.push(o);
    // CPython 3.11 counts a GC object for gen 0 only when it comes from the allocator.
    if (fresh) this.collector.onAlloc(o);
    return o;
  }

  /**
   * alloc() for an exact float (a plainAtom type on FREELIST_FLOAT): when the free list's top block
   * kept its dead object, that object comes back with it, refilled. Not under --verify-heap or a
   * tracing backend, where a dead object must stay dead (freed-reference checks, the sweep's list).
   */
  allocFloat(type: PyObject, nbytes: number, value: number): PyObject {
    const o = this.freelists.popFloatShell(nbytes);
    if (o === null) return this.alloc(type, nbytes, value, FREELIST_FLOAT);
    o.type = type;
    o.data = value;
    o.refcnt = 1;
    o.gcFlags = 0;
    this.allocations++;
    this.liveObjects++;
    return o;
  }

  /**
   * An immortal static (None, True, builtin types...): refcnt IMMORTAL_REFCNT, GC_IMMORTAL, an
   * address in the static range, not counted in the heap; dealloc never frees it.
   */
  allocStatic(type: PyObject | null, nbytes: number, data: unknown): PyObject {
    const o = new PyObject(type, data);
    o.refcnt = IMMORTAL_REFCNT;
    o.gcFlags = GC_IMMORTAL;
    o.addr = this.nextStatic;
    o.nbytes = nbytes;
    this.nextStatic += blockSize(nbytes > 0 ? nbytes : 16);
    return o;
  }

  /**
   * The object's refcount reached zero (the VM calls this after `--o.refcnt === 0`). In order
   * (CPython's subtype_dealloc, PEP 442): __del__ once, with the object resurrected around it;
   * stop if it was resurrected; clear weakrefs; untrack; release the object's references
   * (slots.dealloc, which decrefs children through this method); free the block (free list,
   * pool or raw) and mark it GC_FREED. Under pymalloc it does nothing at all.
   * Never recurses more than TRASHCAN_DEPTH levels: deeper deaths wait on the trashcan, which the
   * outermost call drains iteratively (Py_TRASHCAN_BEGIN/END).
   */
  dealloc(o: PyObject): void {
    if (!this.reclaims) return;
    const slots = o.type.data as TypeSlots;
    if (slots.plainAtom === true && (o.gcFlags & (GC_IMMORTAL | GC_FREED)) === 0) {
      // Nothing to finalize, untrack, clear or release (a float): straight back to its free list.
      this.release(o, slots.freelistOf(o));
      return;
    }
    if ((o.gcFlags & (GC_IMMORTAL | GC_FREED)) !== 0) {
      if ((o.gcFlags & GC_FREED) !== 0) throw new Error(`dealloc of freed object at 0x${o.addr.toString(16)}`);
      return;
    }
    const depth = this.deallocDepth;
    if (depth > 0) {
      if (depth >= TRASHCAN_DEPTH) {
        // Untracked while it waits, as _PyTrash_thread_deposit_object requires: a collection that
        // runs meanwhile (a __del__ further up runs Python code) must not find an object whose
        // count is 0 and free it before the trashcan does.
        const tracked = o.gcNext !== null;
        if (tracked) this.collector.untrack(o);
        this.trashcan.push(o);
        this.trashcanTracked.push(tracked);
        if (this.trashcan.length > this.trashcanHighWater) this.trashcanHighWater = this.trashcan.length;
        return;
      }
      this.deallocDepth = depth + 1;
      this.deallocOne(o);
      this.deallocDepth = depth;
      return;
    }
    // Outermost: drain whatever deeper levels deposited. Invariant: objects on the trashcan have
    // refcnt 0 and have not started deallocation.
    this.deallocDepth = 1;
    try {
      this.deallocOne(o);
      const pending = this.trashcan;
      while (pending.length > 0) {
        const next = pending.pop()!;
        // Tracked again for its finalizer, as subtype_dealloc re-tracks: a resurrected object
        // stays tracked; deallocOne untracks the others.
        if (this.trashcanTracked.pop()!) this.collector.track(next);
        this.deallocOne(next);
      }
    } finally {
      this.deallocDepth = 0;
    }
  }

  private deallocOne(o: PyObject): void {
    const slots = o.type.data as TypeSlots;
    if (slots.finalize !== null && (o.gcFlags & GC_FINALIZED) === 0) {
      if (this.finalizeFromDealloc(o, slots)) return;
    }
    // Untracked first (subtype_dealloc): weakref callbacks run Python code, a collection may
    // start there, and a tracked object with refcount 0 would look like trash to it.
    if (o.gcNext !== null) this.collector.untrack(o);
    if (o.weakrefs !== null && this.weakrefHooks !== null) this.weakrefHooks.clear(o, false);
    const freelist = slots.freelistOf(o); // asked before dealloc empties the payload
    slots.dealloc(o);
    this.release(o, freelist);
  }

  /**
   * A tracing collector's sweep found `o` dead, after running its finalizer and clearing its
   * weakrefs: untrack it, release its references (to objects that may be dead too: their counts
   * drop, nothing more, since reclaims is false) and free its block.
   */
  sweep(o: PyObject): void {
    if (o.gcNext !== null) this.collector.untrack(o);
    const slots = o.type.data as TypeSlots;
    const freelist = slots.freelistOf(o);
    slots.dealloc(o);
    this.release(o, freelist);
  }

  /** PyObject_CallFinalizerFromDealloc. Returns true when __del__ resurrected the object. */
  private finalizeFromDealloc(o: PyObject, slots: TypeSlots): boolean {
    o.gcFlags |= GC_FINALIZED;
    o.refcnt = 1; // temporarily alive while __del__ runs
    slots.finalize!(o);
    return --o.refcnt > 0;
  }

  /** The object is dead and has dropped its references: give its block back. */
  private release(o: PyObject, freelist: number): void {
    o.gcFlags |= GC_FREED;
    this.frees++;
    this.liveObjects--;
    if (this.registry !== null) this.registry.delete(o);
    // The storage block goes first, as list_dealloc frees ob_item before parking the list.
    if (o.buf !== 0) this.freeObjectBuffer(o);
    const shell = freelist === FREELIST_FLOAT && this.keepsShells ? o : null;
    if (freelist >= 0 && this.freelists.push(freelist, o.addr, o.nbytes, shell)) return;
    if (this.tracer !== null) this.tracer.objectFree(o.addr);
    this.freeBlock(o.addr, o.nbytes);
    this.objectBytes -= blockSize(o.nbytes);
    this.collector.onDealloc(o);
  }

  // ---------------------------------------------------------------------------------------------
  // Variable-size buffers (PyMem_Malloc): list item arrays, dict tables, big strings and bytes.

  /** A buffer block of nbytes; returns its address. Throws MemoryLimitError (no state change). */
  allocBuffer(nbytes: number): number {
    const addr = this.mallocBlock(nbytes);
    this.bufferBytes += blockSize(nbytes);
    if (this.objectBytes + this.bufferBytes > this.peakBytes) this.peakBytes = this.objectBytes + this.bufferBytes;
    this.bufferAllocations++;
    if (this.tracer !== null) this.tracer.bufferAlloc(addr, blockSize(nbytes));
    return addr;
  }

  /**
   * PyMem_Realloc: the new address (maybe the same). A pooled block stays put when the new size
   * fits its class and shrinks it by less than a quarter (pymalloc_realloc); raw blocks use the
   * raw allocator's realloc. Throws MemoryLimitError before changing anything.
   */
  reallocBuffer(addr: number, oldN: number, newN: number): number {
    const oldSmall = (oldN - 1) >>> 0 < SMALL_REQUEST_THRESHOLD;
    const newSmall = (newN - 1) >>> 0 < SMALL_REQUEST_THRESHOLD;
    const oldSize = this.bufferBlockSize(addr, oldN);
    const newSize = blockSize(newN);
    if (newN > this.maxRequest) throw new MemoryLimitError(newN, this.currentBytes, this.maxRequest);
    if (oldSmall && newSmall && newN <= oldSize && 4 * newN > 3 * oldSize) {
      if (this.tracer !== null) this.tracer.bufferRealloc(addr, addr, oldSize); // in place: same block
      return addr;
    }
    if (this.maxHeap > 0 && newSize > oldSize && this.currentBytes + newSize - oldSize > this.maxHeap) {
      throw new MemoryLimitError(newSize, this.currentBytes, this.maxHeap);
    }
    let fresh: number;
    if (!oldSmall && !newSmall) {
      fresh = this.raw.realloc(addr, oldN, newN);
    } else {
      // Allocate, then free, as pymalloc_realloc (malloc + memcpy + free). The limit check above
      // is on the net growth: the copy's transient overlap is not charged.
      fresh = newSmall ? this.obmalloc.malloc(newN) : this.raw.malloc(newN);
      this.freeBlock(addr, oldN);
    }
    this.bufferBytes += newSize - oldSize;
    if (this.objectBytes + this.bufferBytes > this.peakBytes) this.peakBytes = this.objectBytes + this.bufferBytes;
    if (this.tracer !== null) this.tracer.bufferRealloc(addr, fresh, newSize);
    return fresh;
  }

  freeBuffer(addr: number, nbytes: number): void {
    this.bufferBytes -= this.bufferBlockSize(addr, nbytes);
    if (this.tracer !== null) this.tracer.bufferFree(addr);
    this.freeBlock(addr, nbytes);
  }

  /**
   * A buffer's real block size: a pooled buffer may sit in a larger class than its current
   * length asks for, after an in-place shrink, so ask the pool.
   */
  private bufferBlockSize(addr: number, nbytes: number): number {
    return (nbytes - 1) >>> 0 < SMALL_REQUEST_THRESHOLD ? indexToSize(this.obmalloc.sizeClassOf(addr)) : rawSize(nbytes);
  }

  // ---- an object's own storage block (PyObject.buf / bufSize) ----

  /**
   * PyMem_Realloc of o's storage to nbytes (PyMem_Malloc when it has none): list_resize. Throws
   * MemoryLimitError with o unchanged.
   */
  resizeObjectBuffer(o: PyObject, nbytes: number): void {
    const h = o.buf;
    if (h === 0) o.buf = this.newBufferHandle(this.allocBuffer(nbytes));
    else this.bufAddrs[h] = this.reallocBuffer(this.bufAddrs[h]!, o.bufSize, nbytes);
    o.bufSize = nbytes;
  }

  /**
   * A new storage block of nbytes, then the old one freed: dictresize and set_table_resize, which
   * hold both while they copy. Throws MemoryLimitError with o unchanged.
   */
  replaceObjectBuffer(o: PyObject, nbytes: number): void {
    const fresh = this.allocBuffer(nbytes);
    const h = o.buf;
    if (h === 0) {
      o.buf = this.newBufferHandle(fresh);
    } else {
      this.freeBuffer(this.bufAddrs[h]!, o.bufSize);
      this.bufAddrs[h] = fresh;
    }
    o.bufSize = nbytes;
  }

  /** PyMem_Free of o's storage, if any (list clear, dict clear, a set back to its smalltable). */
  freeObjectBuffer(o: PyObject): void {
    const h = o.buf;
    if (h === 0) return;
    const n = o.bufSize;
    o.buf = 0;
    o.bufSize = 0;
    this.freeBufferHandle(h, n);
  }

  /**
   * Frees a storage block already taken off its object (handle and size read, then o.buf and
   * o.bufSize zeroed): the clear routines empty the object before releasing what it held.
   */
  freeBufferHandle(handle: number, nbytes: number): void {
    const addr = this.bufAddrs[handle]!;
    this.bufFree[this.bufFreeTop++] = handle;
    this.freeBuffer(addr, nbytes);
  }

  /** The address of the storage block behind a PyObject.buf handle. */
  bufferAddress(handle: number): number {
    return this.bufAddrs[handle]!;
  }

  private newBufferHandle(addr: number): number {
    let h: number;
    if (this.bufFreeTop > 0) {
      h = this.bufFree[--this.bufFreeTop]!;
    } else {
      h = this.bufHandlesNext++;
      if (h === this.bufAddrs.length) {
        const grown = new Float64Array(this.bufAddrs.length * 2);
        grown.set(this.bufAddrs);
        this.bufAddrs = grown;
        const free = new Int32Array(grown.length);
        free.set(this.bufFree);
        this.bufFree = free;
      }
    }
    this.bufAddrs[h] = addr;
    return h;
  }

  /**
   * Throws MemoryLimitError if a new block of nbytes could not be had now (maxRequest, maxHeap).
   * For callers that must build a large payload (a JS string, array or byte array) before the
   * object that owns it is allocated: they ask first, so the host never builds what the model
   * would refuse.
   */
  checkRequest(nbytes: number): void {
    if (nbytes > this.maxRequest) throw new MemoryLimitError(nbytes, this.currentBytes, this.maxRequest);
    if (this.maxHeap > 0 && this.objectBytes + this.bufferBytes + blockSize(nbytes) > this.maxHeap) {
      throw new MemoryLimitError(blockSize(nbytes), this.objectBytes + this.bufferBytes, this.maxHeap);
    }
  }

  /** A block from the pools or the raw allocator, after the maxRequest and maxHeap checks. */
  private mallocBlock(nbytes: number): number {
    if (nbytes > this.maxRequest) throw new MemoryLimitError(nbytes, this.currentBytes, this.maxRequest);
    if (this.maxHeap > 0 && this.objectBytes + this.bufferBytes + blockSize(nbytes) > this.maxHeap) {
      throw new MemoryLimitError(blockSize(nbytes), this.objectBytes + this.bufferBytes, this.maxHeap);
    }
    return (nbytes - 1) >>> 0 < SMALL_REQUEST_THRESHOLD ? this.obmalloc.malloc(nbytes) : this.raw.malloc(nbytes);
  }

  private freeBlock(addr: number, nbytes: number): void {
    if ((nbytes - 1) >>> 0 < SMALL_REQUEST_THRESHOLD) this.obmalloc.free(addr);
    else this.raw.free(addr, nbytes);
  }

  /** clear_freelists: return every parked block to the allocator (full collections do this). */
  clearFreeLists(): void {
    const fl = this.freelists;
    const tracer = this.tracer;
    for (let id = 0; id < FREELIST_COUNT; id++) {
      for (let i = fl.sizes[id] - 1; i >= 0; i--) {
        const nbytes = fl.nbytesAt(id, i);
        if (tracer !== null) tracer.objectFree(fl.addressAt(id, i)); // parked blocks were still traced
        this.freeBlock(fl.addressAt(id, i), nbytes);
        this.objectBytes -= blockSize(nbytes);
      }
      fl.sizes[id] = 0;
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Tracking and collection

  /** PyObject_GC_Track: the object joins generation 0. Idempotent. */
  track(o: PyObject): void {
    this.collector.track(o);
  }

  /** PyObject_GC_UnTrack. Idempotent. */
  untrack(o: PyObject): void {
    this.collector.untrack(o);
  }

  isTracked(o: PyObject): boolean {
    return o.gcNext !== null;
  }

  /** True while a collection runs (gc.collect() inside __del__ or a callback returns 0). */
  get isCollecting(): boolean {
    return this.collecting;
  }

  /**
   * gc.collect(generation): collects it and the younger generations; returns collected +
   * uncollectable. Records one CollectionEvent. Re-entrant calls return 0, as CPython.
   * `record` false: no event and no listeners (the interpreter's shutdown collections, which
   * CPython runs without gc.callbacks: _PyGC_CollectNoFail).
   */
  collect(generation: number, roots: RootSet, record = true): number {
    if (generation < 0 || generation > 2 || generation !== Math.floor(generation)) {
      throw new RangeError('invalid generation');
    }
    if (this.collecting || !this.collector.canCollect(roots)) return 0;
    this.collecting = true;
    if (!record) {
      try {
        return this.collector.collect(generation, roots);
      } finally {
        this.collecting = false;
      }
    }
    const before = this.objectBytes + this.bufferBytes;
    const event: CollectionEvent = {
      backend: this.backend,
      generation,
      startMs: performance.now(),
      durationMs: 0,
      examined: 0,
      collected: 0,
      uncollectable: 0,
      heapBytesBefore: before,
      heapBytesAfter: before,
    };
    // Listeners (gc.callbacks) run inside the collecting state, as CPython's: a collection
    // they would trigger is skipped rather than nested.
    try {
      this.events.emitStart(event);
      event.startMs = performance.now(); // the pause excludes the listeners
      const n = this.collector.collect(generation, roots);
      const c = this.collector;
      event.durationMs = performance.now() - event.startMs;
      event.examined = c.lastExamined;
      event.collected = c.lastCollected;
      event.uncollectable = c.lastUncollectable;
      event.heapBytesAfter = this.objectBytes + this.bufferBytes;
      this.events.record(event);
      if (this.verifyEachCollection) this.verifyAfterCollection(roots, generation);
      return n;
    } finally {
      this.collecting = false;
    }
  }

  /** The VM's safepoint: runs the pending automatic collection, if any. */
  safepoint(roots: RootSet): void {
    if (!this.collectPending || this.collecting) return;
    this.collectPending = this.torture;
    const generation = this.collector.chooseGeneration();
    if (generation >= 0) this.collect(generation, roots);
  }

  // ---------------------------------------------------------------------------------------------
  // Statistics and checking

  /** Plain data for --stats and tests. */
  stats(): HeapStats {
    return collectHeapStats(this);
  }

  /** A report in the spirit of sys._debugmallocstats(). */
  debugMallocStats(): string {
    return formatDebugMallocStats(this);
  }

  /** Live non-immortal objects, when the registry is on (verify / trackAllObjects), else null. */
  liveObjectSet(): ReadonlySet<PyObject> | null {
    return this.registry;
  }

  /**
   * --verify-heap after a collection: the first mismatches found are kept (verifyFailures) and
   * checking stops, so one bug does not drown the report or slow the run further. Collections
   * that run inside a deallocation, or while native code holds references the roots cannot
   * show, are not checked; the next one is.
   */
  private verifyAfterCollection(roots: RootSet, generation: number): void {
    // Inside a deallocation (a __del__ or weakref callback run by a dying object) references are
    // in flight, held by the half-released object's own code: check at the next collection.
    if (this.deallocDepth > 0) return;
    if (roots.rootsComplete !== undefined && !roots.rootsComplete()) return;
    const report = this.verify(roots);
    if (report.ok) return;
    this.verifyEachCollection = false;
    this.verifyFailures.push(`after collection #${this.events.length} (generation ${generation}):`);
    for (const m of report.mismatches.slice(0, 20)) this.verifyFailures.push(JSON.stringify(m));
    if (report.allocatorError !== null) this.verifyFailures.push(`allocator: ${report.allocatorError}`);
  }

  /** --verify-heap: recompute every refcount from the roots and the heap. Needs the registry. */
  verify(roots: RootSet): VerifyReport {
    if (this.registry === null) {
      throw new Error('Heap.verify needs HeapOptions.verify or trackAllObjects');
    }
    const c = this.collector;
    const extra = c instanceof GenerationalCollector ? c.garbage : [];
    const report = verifyHeap(this.registry, roots, extra);
    report.allocatorError = this.obmalloc.checkConsistency();
    if (report.allocatorError !== null) report.ok = false;
    return report;
  }
}

/** The heap for a backend (ANCHORS.md section 7's createHeap). */
export function createHeap(options: HeapOptions): Heap {
  return new Heap(options);
}
