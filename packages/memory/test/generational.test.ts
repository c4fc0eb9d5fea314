import { describe, expect, it } from 'vitest';
import { GC_FINALIZED, GC_FREED, GenerationalCollector, Heap } from '../src/index';
import type { PyObject } from '../src/index';
import { decref, incref, makeTypes } from './fake-types';

function setup(thresholds?: [number, number, number]) {
  const heap = new Heap({ gc: 'generational', thresholds, verify: true });
  const t = makeTypes(heap);
  const gc = heap.collector as GenerationalCollector;
  return { heap, t, gc };
}

/** Two nodes referring to each other, with no outside reference left. */
function dropCycle(t: ReturnType<typeof makeTypes>): [PyObject, PyObject] {
  const a = t.newNode();
  const b = t.newNode(a);
  t.setChild(a, 0, b);
  return [a, b];
}

describe('generational collector', () => {
  it('collects a 2-object cycle with collect(2) and reports the count', () => {
    const { heap, t } = setup();
    const [a, b] = dropCycle(t);
    expect(heap.collect(2, t.roots)).toBe(2);
    expect(a.gcFlags & GC_FREED).toBe(GC_FREED);
    expect(b.gcFlags & GC_FREED).toBe(GC_FREED);
    expect(heap.liveObjects).toBe(0);
    const ev = heap.events.last()!;
    expect(ev).toMatchObject({ backend: 'generational', generation: 2, examined: 2, collected: 2, uncollectable: 0 });
    expect(ev.heapBytesBefore).toBe(128);
    expect(ev.heapBytesAfter).toBe(0);
    expect(heap.verify(t.roots).ok).toBe(true);
  });

  it('leaves reachable objects alone, even when the scan meets them before their referrer', () => {
    const { heap, t, gc } = setup();
    // b is tracked first and only referenced by a: the scan moves b to unreachable, then a
    // (reachable from the roots) rescues it. b has a __del__, which must not run.
    let dels = 0;
    t.onDel = () => dels++;
    const b = t.newDelNode();
    const a = t.newNode(b);
    t.setChild(b, 0, incref(a)); // a cycle, but rooted
    t.roots.items.push(a);
    expect(heap.collect(0, t.roots)).toBe(0);
    expect(a.gcFlags & GC_FREED).toBe(0);
    expect(b.gcFlags & GC_FREED).toBe(0);
    expect(dels).toBe(0);
    // Survivors move up a generation, with no collector flags left behind.
    expect(gc.getObjects(0)).toEqual([]);
    expect(new Set(gc.getObjects(1))).toEqual(new Set([a, b]));
    expect(a.gcFlags).toBe(0);
    expect(b.gcFlags).toBe(0);
    heap.collect(1, t.roots);
    expect(new Set(gc.getObjects(2))).toEqual(new Set([a, b]));
    expect(heap.verify(t.roots).ok).toBe(true);
  });

  it('collects a cycle hanging off a dead cycle, and keeps what the roots hold', () => {
    const { heap, t } = setup();
    const kept = t.newNode();
    t.roots.items.push(kept);
    const [a] = dropCycle(t);
    const [c] = dropCycle(t);
    t.setChild(a, 1, incref(c));
    t.setChild(a, 2, incref(kept));
    expect(heap.collect(2, t.roots)).toBe(4);
    expect(kept.refcnt).toBe(1);
    expect(heap.liveObjects).toBe(1);
  });

  it('follows gc.get_count semantics', () => {
    const { heap, t, gc } = setup();
    const keep = [t.newNode(), t.newNode(), t.newFloat(1)];
    expect(gc.getCount()).toEqual([2, 0, 0]); // floats are not GC objects
    decref(heap, keep[0]);
    expect(gc.getCount()).toEqual([1, 0, 0]);
    heap.collect(0, t.roots);
    expect(gc.getCount()).toEqual([0, 1, 0]);
    heap.collect(0, t.roots);
    expect(gc.getCount()).toEqual([0, 2, 0]);
    heap.collect(1, t.roots);
    expect(gc.getCount()).toEqual([0, 0, 1]);
    heap.collect(2, t.roots);
    expect(gc.getCount()).toEqual([0, 0, 0]);
    expect(gc.stats().collections).toEqual([2, 1, 1]);
  });

  it('sets collectPending past threshold 0 and collects at the next safepoint', () => {
    const { heap, t, gc } = setup();
    for (let i = 0; i < 700; i++) t.roots.items.push(t.newNode());
    expect(heap.collectPending).toBe(false);
    dropCycle(t); // 701st and 702nd allocations
    expect(heap.collectPending).toBe(true);
    heap.safepoint(t.roots);
    expect(heap.collectPending).toBe(false);
    expect(heap.events.length).toBe(1);
    expect(heap.events.last()!).toMatchObject({ generation: 0, examined: 702, collected: 2 });
    expect(gc.getCount()).toEqual([0, 1, 0]);
    heap.safepoint(t.roots); // nothing pending: no collection
    expect(heap.events.length).toBe(1);
  });

  it('chooses older generations by their counts and the long-lived rule', () => {
    const { heap, t, gc } = setup([1, 2, 2]);
    const generations: number[] = [];
    heap.events.subscribe((phase, ev) => {
      if (phase === 'stop') generations.push(ev.generation);
    });
    for (let i = 0; i < 40; i++) {
      t.roots.items.push(t.newNode(), t.newNode());
      heap.safepoint(t.roots);
    }
    expect(generations.slice(0, 9)).toEqual([0, 0, 0, 1, 0, 0, 0, 1, 0]);
    expect(generations).toContain(2);
    expect(gc.longLivedTotal).toBeGreaterThan(0);
  });

  it('does not collect automatically when disabled', () => {
    const { heap, t, gc } = setup([1, 10, 10]);
    gc.enabled = false;
    t.roots.items.push(t.newNode(), t.newNode());
    heap.safepoint(t.roots);
    expect(heap.events.length).toBe(0);
  });

  it('runs a finalizer once; resurrection keeps the object alive', () => {
    const { heap, t } = setup();
    let calls = 0;
    const saved: PyObject[] = [];
    t.onDel = (o) => {
      calls++;
      if (saved.length === 0) saved.push(incref(o));
    };
    t.roots = Object.assign(t.roots, {
      visitRoots(visit: (o: PyObject) => void) {
        for (const o of saved) visit(o);
      },
    });
    const a = t.newDelNode();
    const b = t.newNode(a);
    t.setChild(a, 0, b);
    expect(heap.collect(2, t.roots)).toBe(0); // resurrected: nothing collected
    expect(calls).toBe(1);
    expect(a.gcFlags & (GC_FREED | GC_FINALIZED)).toBe(GC_FINALIZED);
    expect(b.gcFlags & GC_FREED).toBe(0);
    expect(heap.verify(t.roots).ok).toBe(true);
    decref(heap, saved.pop()!);
    expect(heap.collect(2, t.roots)).toBe(2);
    expect(calls).toBe(1); // __del__ does not run a second time
    expect(heap.liveObjects).toBe(0);
  });

  it('lets a finalizer break its own cycle', () => {
    const { heap, t } = setup();
    t.onDel = (o) => t.setChild(o, 0, null);
    const a = t.newDelNode();
    const b = t.newNode(a);
    t.setChild(a, 0, b);
    expect(heap.collect(2, t.roots)).toBe(0); // refcounting freed both during finalization
    expect(heap.liveObjects).toBe(0);
    expect(heap.obmalloc.checkConsistency()).toBeNull();
  });

  it('untracks tuples of atoms that survive a collection', () => {
    const { heap, t } = setup();
    const tup = t.newTuple(t.newFloat(1));
    const holder = t.newTuple(t.newNode());
    t.roots.items.push(tup, holder);
    heap.collect(0, t.roots);
    expect(heap.isTracked(tup)).toBe(false);
    expect(heap.isTracked(holder)).toBe(true);
  });

  it('keeps trash in gc.garbage under DEBUG_SAVEALL', () => {
    const { heap, t, gc } = setup();
    gc.debug = 32;
    const [a, b] = dropCycle(t);
    expect(heap.collect(2, t.roots)).toBe(2);
    expect(gc.garbage).toEqual([a, b]);
    expect(a.gcFlags & GC_FREED).toBe(0);
    expect(heap.verify(t.roots).ok).toBe(true);
  });

  it('collects a 100,000-node ring without recursion', () => {
    const { heap, t } = setup();
    const first = t.newNode();
    let prev = first;
    for (let i = 1; i < 100_000; i++) {
      const n = t.newNode();
      t.setChild(prev, 0, n);
      prev = n;
    }
    t.setChild(prev, 0, incref(first));
    decref(heap, first);
    expect(heap.collect(2, t.roots)).toBe(100_000);
    expect(heap.liveObjects).toBe(0);
  });

  it('freezes objects out of collections', () => {
    const { heap, t, gc } = setup();
    dropCycle(t);
    gc.freeze();
    expect(gc.getFreezeCount()).toBe(2);
    expect(heap.collect(2, t.roots)).toBe(0);
    gc.unfreeze();
    expect(heap.collect(2, t.roots)).toBe(2);
  });
});
