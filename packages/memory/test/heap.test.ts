import { describe, expect, it } from 'vitest';
import {
  ARENA_BASE,
  FREELIST_FLOAT,
  GC_FINALIZED,
  GC_FREED,
  Heap,
  MemoryLimitError,
  PyFloat_MAXFREELIST,
  RAW_BASE,
  sizeClassIndex,
} from '../src/index';
import type { PyObject } from '../src/index';
import { decref, incref, makeTypes } from './fake-types';

describe('Heap.alloc', () => {
  it('returns a new reference with an address and a recorded size', () => {
    const heap = new Heap({ gc: 'refcount' });
    const t = makeTypes(heap);
    const o = t.newNode();
    expect(o.refcnt).toBe(1);
    expect(o.nbytes).toBe(56);
    expect(o.addr).toBe(ARENA_BASE + 48);
    expect(o.type).toBe(t.node);
    const s = heap.stats();
    expect(s.allocations).toBe(1);
    expect(s.liveObjects).toBe(1);
    expect(s.objectBytes).toBe(64);
    expect(s.blocksInUseByClass[sizeClassIndex(56)]).toBe(1);
  });

  it('sends requests above 512 bytes to the raw allocator, with address reuse', () => {
    const heap = new Heap({ gc: 'refcount' });
    const t = makeTypes(heap);
    const big = heap.alloc(t.node, 600, { children: [] });
    expect(big.addr).toBeGreaterThanOrEqual(RAW_BASE);
    expect(big.addr).toBeLessThan(ARENA_BASE);
    expect(big.addr % 16).toBe(0);
    const buf = heap.allocBuffer(600);
    expect(buf).toBe(big.addr + 608);
    expect(heap.stats().rawBytesInUse).toBe(1216);
    expect(heap.stats().arenasInUse).toBe(0);
    decref(heap, big);
    expect(heap.alloc(t.node, 600, { children: [] }).addr).toBe(big.addr);
    heap.freeBuffer(buf, 600);
    expect(heap.stats().bufferBytes).toBe(0);
    const zero = heap.allocBuffer(0); // malloc(0) also goes raw
    expect(zero).toBeGreaterThanOrEqual(RAW_BASE);
  });

  it('reallocates buffers in place when the size class allows, and accounts bytes', () => {
    const heap = new Heap({ gc: 'refcount' });
    const a = heap.allocBuffer(64);
    expect(heap.reallocBuffer(a, 64, 60)).toBe(a); // same class
    const b = heap.reallocBuffer(a, 60, 200);
    expect(b).not.toBe(a);
    expect(heap.bufferBytes).toBe(208);
    const c = heap.reallocBuffer(b, 200, 4000); // to raw
    expect(c).toBeGreaterThanOrEqual(RAW_BASE);
    expect(heap.reallocBuffer(c, 4000, 8000)).toBe(c); // topmost raw block grows in place
    expect(heap.bufferBytes).toBe(8000);
    heap.freeBuffer(c, 8000);
    expect(heap.bufferBytes).toBe(0);
    expect(heap.stats().blocksInUse).toBe(0);
  });
});

describe('Heap.dealloc', () => {
  it('cascades through children and returns the blocks', () => {
    const heap = new Heap({ gc: 'refcount' });
    const t = makeTypes(heap);
    const c = t.newNode();
    const b = t.newNode(c);
    const a = t.newNode(b);
    expect(heap.isTracked(a)).toBe(true);
    decref(heap, a);
    for (const o of [a, b, c]) {
      expect(o.gcFlags & GC_FREED).toBe(GC_FREED);
      expect(heap.isTracked(o)).toBe(false);
    }
    const s = heap.stats();
    expect(s.liveObjects).toBe(0);
    expect(s.frees).toBe(3);
    expect(s.objectBytes).toBe(0);
    expect(s.blocksInUse).toBe(0);
    // The last block freed is the first reused (id() reuse).
    expect(t.newNode().addr).toBe(c.addr);
  });

  it('deallocates a 1,000,000-long chain without overflowing the stack', () => {
    const heap = new Heap({ gc: 'refcount' });
    const t = makeTypes(heap);
    let head = t.newNode();
    for (let i = 1; i < 1_000_000; i++) head = t.newNode(head);
    expect(heap.liveObjects).toBe(1_000_000);
    decref(heap, head);
    expect(heap.liveObjects).toBe(0);
    expect(heap.stats().blocksInUse).toBe(0);
    expect(heap.trashcanHighWater).toBeGreaterThan(0);
  });

  it('runs __del__ once, and a resurrected object stays alive', () => {
    const heap = new Heap({ gc: 'refcount' });
    const t = makeTypes(heap);
    const saved: PyObject[] = [];
    let calls = 0;
    t.onDel = (o) => {
      calls++;
      saved.push(incref(o)); // resurrect
    };
    const o = t.newDelNode();
    decref(heap, o);
    expect(calls).toBe(1);
    expect(o.gcFlags & GC_FREED).toBe(0);
    expect(o.gcFlags & GC_FINALIZED).toBe(GC_FINALIZED);
    expect(o.refcnt).toBe(1);
    expect(heap.isTracked(o)).toBe(true);
    decref(heap, saved.pop()!);
    expect(calls).toBe(1);
    expect(o.gcFlags & GC_FREED).toBe(GC_FREED);
  });

  it('throws on a double free', () => {
    const heap = new Heap({ gc: 'refcount' });
    const t = makeTypes(heap);
    const o = t.newNode();
    decref(heap, o);
    expect(() => heap.dealloc(o)).toThrow(/freed/);
  });

  it('frees nothing under the pymalloc backend', () => {
    const heap = new Heap({ gc: 'pymalloc' });
    const t = makeTypes(heap);
    let dels = 0;
    t.onDel = () => dels++;
    const child = t.newNode();
    const a = t.newDelNode(child);
    decref(heap, a);
    expect(a.gcFlags & GC_FREED).toBe(0);
    expect(dels).toBe(0);
    expect(child.refcnt).toBe(1);
    expect(heap.stats().liveObjects).toBe(2);
    expect(heap.stats().frees).toBe(0);
    expect(t.newNode().addr).not.toBe(a.addr);
    expect(heap.collect(2, t.roots)).toBe(0);
  });
});

describe('free lists', () => {
  it('reuses a dead float address without pool traffic', () => {
    const heap = new Heap({ gc: 'refcount' });
    const t = makeTypes(heap);
    const x = t.newFloat(1.5);
    const addr = x.addr;
    decref(heap, x);
    expect(heap.freelists.sizes[FREELIST_FLOAT]).toBe(1);
    expect(heap.stats().blocksInUse).toBe(1); // the block is parked, not returned
    const y = t.newFloat(2.5);
    expect(y.addr).toBe(addr);
    expect(heap.freelists.sizes[FREELIST_FLOAT]).toBe(0);
  });

  it('gives a dead float back whole to allocFloat, refilled, except when verifying', () => {
    const heap = new Heap({ gc: 'generational' });
    const t = makeTypes(heap);
    const x = heap.allocFloat(t.float, 24, 1.5);
    decref(heap, x);
    expect(x.gcFlags & GC_FREED).not.toBe(0);
    const y = heap.allocFloat(t.float, 24, 2.5);
    expect(y).toBe(x);
    expect({ data: y.data, refcnt: y.refcnt, flags: y.gcFlags, size: heap.freelists.sizes[FREELIST_FLOAT] })
      .toEqual({ data: 2.5, refcnt: 1, flags: 0, size: 0 });
    expect(heap.stats().liveObjects).toBe(1);
    expect(heap.stats().allocations).toBe(2);
    // A block taken by a plain alloc() leaves no object behind for the next allocFloat.
    decref(heap, y);
    const z = t.newFloat(3.5);
    expect(z).not.toBe(y);
    decref(heap, z);
    expect(heap.allocFloat(t.float, 24, 4.5)).toBe(z);

    // --verify-heap must see a dead float stay dead (a stale reference is a freed reference).
    const checked = new Heap({ gc: 'generational', verify: true });
    const tv = makeTypes(checked);
    const a = checked.allocFloat(tv.float, 24, 1.5);
    decref(checked, a);
    const b = checked.allocFloat(tv.float, 24, 2.5);
    expect(b).not.toBe(a);
    expect(b.addr).toBe(a.addr);
    expect(a.gcFlags & GC_FREED).not.toBe(0);
  });

  it('respects the float limit of 100 and is emptied by a full collection', () => {
    const heap = new Heap({ gc: 'generational' });
    const t = makeTypes(heap);
    const xs: PyObject[] = [];
    for (let i = 0; i < 150; i++) xs.push(t.newFloat(i));
    for (const x of xs) decref(heap, x);
    expect(heap.freelists.sizes[FREELIST_FLOAT]).toBe(PyFloat_MAXFREELIST);
    expect(heap.stats().blocksInUse).toBe(100);
    expect(heap.stats().freelists.float).toBe(100);
    heap.collect(1, t.roots);
    expect(heap.freelists.sizes[FREELIST_FLOAT]).toBe(100);
    heap.collect(2, t.roots);
    expect(heap.freelists.sizes[FREELIST_FLOAT]).toBe(0);
    expect(heap.stats().blocksInUse).toBe(0);
    expect(heap.currentBytes).toBe(0);
  });

  it('keeps one list per tuple length', () => {
    const heap = new Heap({ gc: 'refcount' });
    const t = makeTypes(heap);
    const a = t.newTuple(t.newFloat(1));
    const b = t.newTuple(t.newFloat(1), t.newFloat(2));
    const [aAddr, bAddr] = [a.addr, b.addr];
    decref(heap, a);
    decref(heap, b);
    expect(heap.stats().freelists.tuple.slice(0, 3)).toEqual([1, 1, 0]);
    expect(t.newTuple(t.newFloat(3), t.newFloat(4)).addr).toBe(bAddr);
    expect(t.newTuple(t.newFloat(5)).addr).toBe(aAddr);
  });
});

describe('maxHeap', () => {
  it('throws MemoryLimitError without changing the heap', () => {
    const heap = new Heap({ gc: 'refcount', maxHeap: 4096 });
    const t = makeTypes(heap);
    const held: PyObject[] = [];
    for (let i = 0; i < 64; i++) held.push(t.newNode()); // 64 * 64 bytes = 4096
    const before = JSON.stringify(heap.stats());
    expect(() => t.newNode()).toThrow(MemoryLimitError);
    expect(() => heap.allocBuffer(1000)).toThrow(MemoryLimitError);
    expect(JSON.stringify(heap.stats())).toBe(before);
    expect(heap.obmalloc.checkConsistency()).toBeNull();
    decref(heap, held.pop()!);
    expect(t.newNode().refcnt).toBe(1);
  });
});

describe('statistics', () => {
  it('reports arenas, pools and blocks, and formats a _debugmallocstats-style table', () => {
    const heap = new Heap({ gc: 'generational' });
    const t = makeTypes(heap);
    const keep: PyObject[] = [];
    for (let i = 0; i < 600; i++) keep.push(t.newNode()); // class 3 (64 bytes): 255 per pool
    for (let i = 0; i < 3; i++) decref(heap, t.newFloat(i));
    const s = heap.stats();
    expect(s.arenasInUse).toBe(1);
    expect(s.poolsInUse).toBe(4); // 3 pools of nodes, 1 of floats
    expect(s.blocksInUseByClass[3]).toBe(600);
    expect(s.blocksInUse).toBe(601); // one float block parked on its free list
    expect(s.freelists.float).toBe(1);
    expect(s.peakBytes).toBe(600 * 64 + 32);
    expect(s.gc.count).toEqual([600, 0, 0]);
    const text = heap.debugMallocStats();
    expect(text).toContain('Small block threshold = 512, in 32 size classes.');
    expect(text).toContain('\n    3     64           3             600           165\n');
    expect(text).toMatch(/# arenas allocated current\s+=\s+1\n/);
    expect(text).toContain('1 free PyFloatObject * 24 bytes each');
  });
});

describe('weakref hooks', () => {
  it('clears weakrefs on the refcount path before the object is freed', () => {
    const heap = new Heap({ gc: 'refcount' });
    const t = makeTypes(heap);
    const cleared: Array<[PyObject, boolean, number]> = [];
    heap.weakrefHooks = { clear: (o, inGc) => cleared.push([o, inGc, o.gcFlags & GC_FREED]), runQueued: () => 0 };
    const o = t.newNode();
    o.weakrefs = ['a weakref'];
    decref(heap, o);
    expect(cleared).toEqual([[o, false, 0]]);
  });
});
