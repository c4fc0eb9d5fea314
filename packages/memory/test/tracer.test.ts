// Heap.tracer: which allocator events reach an AllocationTracer, with which sizes (tracer.ts).
import { describe, expect, it } from 'vitest';
import { GC_FREED, Heap, PyFloat_MAXFREELIST, RAW_BASE } from '../src/index';
import type { AllocationTracer } from '../src/index';
import { decref, makeTypes } from './fake-types';

type Event = [string, ...number[]];

class Recorder implements AllocationTracer {
  readonly events: Event[] = [];
  objectAlloc(addr: number, size: number): void {
    this.events.push(['objectAlloc', addr, size]);
  }
  objectFree(addr: number): void {
    this.events.push(['objectFree', addr]);
  }
  bufferAlloc(addr: number, size: number): void {
    this.events.push(['bufferAlloc', addr, size]);
  }
  bufferRealloc(oldAddr: number, newAddr: number, size: number): void {
    this.events.push(['bufferRealloc', oldAddr, newAddr, size]);
  }
  bufferFree(addr: number): void {
    this.events.push(['bufferFree', addr]);
  }
  take(): Event[] {
    return this.events.splice(0);
  }
}

function traced(gc: 'refcount' | 'generational' | 'pymalloc' = 'refcount') {
  const heap = new Heap({ gc });
  const t = makeTypes(heap);
  const rec = new Recorder();
  heap.tracer = rec;
  return { heap, t, rec };
}

describe('Heap.tracer', () => {
  it('is null by default and sees nothing allocated before it is set', () => {
    const heap = new Heap({ gc: 'refcount' });
    expect(heap.tracer).toBeNull();
    const t = makeTypes(heap);
    const before = t.newNode();
    const rec = new Recorder();
    heap.tracer = rec;
    decref(heap, before); // freed while tracing: reported (the tracer ignores unknown blocks)
    expect(rec.take()).toEqual([['objectFree', before.addr]]);
  });

  it('reports object allocations and frees with block-rounded sizes', () => {
    const { heap, t, rec } = traced();
    const a = t.newNode(); // 56 bytes -> a 64-byte block
    const big = heap.alloc(t.node, 600, { children: [] }); // raw: rounded to 16
    expect(big.addr).toBeGreaterThanOrEqual(RAW_BASE);
    expect(rec.take()).toEqual([
      ['objectAlloc', a.addr, 64],
      ['objectAlloc', big.addr, 608],
    ]);
    decref(heap, a);
    decref(heap, big);
    expect(rec.take()).toEqual([
      ['objectFree', a.addr],
      ['objectFree', big.addr],
    ]);
  });

  it('does not report free-list traffic until the free list returns blocks to the allocator', () => {
    const { heap, t, rec } = traced('generational');
    const f1 = t.newFloat(1.5);
    const addr = f1.addr;
    expect(rec.take()).toEqual([['objectAlloc', addr, 32]]);
    decref(heap, f1); // parked on the float free list: still allocated as far as malloc knows
    expect(f1.gcFlags & GC_FREED).not.toBe(0);
    expect(rec.take()).toEqual([]);
    const f2 = t.newFloat(2.5); // reuses the parked block: no allocator call
    expect(f2.addr).toBe(addr);
    expect(rec.take()).toEqual([]);
    decref(heap, f2);
    heap.clearFreeLists();
    expect(rec.take()).toEqual([['objectFree', addr]]);
  });

  it('reports the free of a float beyond the free list capacity', () => {
    const { heap, t, rec } = traced();
    const fs = [];
    for (let i = 0; i <= PyFloat_MAXFREELIST; i++) fs.push(t.newFloat(i));
    rec.take();
    for (const f of fs) decref(heap, f);
    // The first PyFloat_MAXFREELIST go to the free list, the last one to the allocator.
    expect(rec.take()).toEqual([['objectFree', fs[fs.length - 1]!.addr]]);
  });

  it('reports buffer alloc, realloc (in place and moving) and free', () => {
    const { heap, rec } = traced();
    const a = heap.allocBuffer(64);
    expect(heap.reallocBuffer(a, 64, 60)).toBe(a); // in place, the block keeps its class
    const b = heap.reallocBuffer(a, 60, 200);
    const c = heap.reallocBuffer(b, 200, 4000); // to the raw allocator
    heap.freeBuffer(c, 4000);
    expect(rec.take()).toEqual([
      ['bufferAlloc', a, 64],
      ['bufferRealloc', a, a, 64],
      ['bufferRealloc', a, b, 208],
      ['bufferRealloc', b, c, 4000],
      ['bufferFree', c],
    ]);
  });

  it('reports nothing for immortal statics, nor frees under pymalloc', () => {
    const { heap, t, rec } = traced('pymalloc');
    heap.allocStatic(t.typeType, 16, null);
    expect(rec.take()).toEqual([]);
    const a = t.newNode();
    decref(heap, a);
    expect(rec.take()).toEqual([['objectAlloc', a.addr, 64]]);
  });

  it('stops reporting when cleared', () => {
    const { heap, t, rec } = traced();
    heap.tracer = null;
    const a = t.newNode();
    decref(heap, a);
    heap.freeBuffer(heap.allocBuffer(32), 32);
    expect(rec.take()).toEqual([]);
  });
});
