import { describe, expect, it } from 'vitest';
import { GC_FINALIZED, GC_FREED, GC_MARKED, Heap, MARKSWEEP_MIN_TRIGGER, MarkSweepCollector } from '../src/index';
import type { PyObject, RootSet, Visit } from '../src/index';
import { decref, makeTypes } from './fake-types';

function setup(torture = false) {
  const heap = new Heap({ gc: 'marksweep', verify: true, torture });
  const t = makeTypes(heap);
  const gc = heap.collector as MarkSweepCollector;
  return { heap, t, gc };
}

const freed = (o: PyObject): boolean => (o.gcFlags & GC_FREED) !== 0;

describe('marksweep collector', () => {
  it('frees nothing when a count reaches zero; the sweep frees it', () => {
    const { heap, t } = setup();
    const f = t.newFloat(1.5);
    decref(heap, f);
    expect(freed(f)).toBe(false);
    expect(heap.liveObjects).toBe(1);
    expect(heap.collect(2, t.roots)).toBe(0); // a float is not a GC object: freed, not counted
    expect(freed(f)).toBe(true);
    expect(heap.liveObjects).toBe(0);
  });

  it('keeps what the roots reach, through any depth, and frees cycles', () => {
    const { heap, t } = setup();
    // root -> n1 -> n2 -> float; a <-> b unreachable.
    const leaf = t.newFloat(2);
    const n2 = t.newNode(leaf);
    const n1 = t.newNode(n2);
    t.roots.items.push(n1);
    const a = t.newNode();
    const b = t.newNode(a);
    t.setChild(a, 0, b);
    expect(heap.collect(2, t.roots)).toBe(2);
    expect([freed(a), freed(b)]).toEqual([true, true]);
    expect([freed(n1), freed(n2), freed(leaf)]).toEqual([false, false, false]);
    expect(n1.gcFlags & GC_MARKED).toBe(0); // marks are cleared after the sweep
    expect(heap.allObjects!.length).toBe(3);
    expect(heap.verify(t.roots).ok).toBe(true);
  });

  it('releases the references of dead objects, so survivors have exact counts afterwards', () => {
    const { heap, t } = setup();
    const shared = t.newFloat(3);
    t.roots.items.push(shared);
    const holder = t.newNode(shared);
    shared.refcnt++; // the holder's reference (newNode steals one)
    decref(heap, holder); // dead, but nothing is released yet
    expect(shared.refcnt).toBe(2);
    heap.collect(2, t.roots);
    expect(freed(holder)).toBe(true);
    expect(shared.refcnt).toBe(1);
    expect(heap.verify(t.roots).ok).toBe(true);
  });

  it('marks a 1,000,000-node chain without recursion', () => {
    const { heap, t } = setup();
    let head = t.newNode();
    for (let i = 0; i < 1_000_000; i++) head = t.newNode(head);
    t.roots.items.push(head);
    expect(heap.collect(2, t.roots)).toBe(0);
    t.roots.items.length = 0;
    expect(heap.collect(2, t.roots)).toBe(1_000_001);
    expect(heap.liveObjects).toBe(0);
  });

  it('runs __del__ once; an object it resurrects survives, and what it holds', () => {
    const { heap, t } = setup();
    const inner = t.newFloat(4);
    const phoenix = t.newDelNode(inner);
    let calls = 0;
    t.onDel = (o) => {
      calls++;
      o.refcnt++;
      t.roots.items.push(o); // resurrected from a root already marked in the first pass
    };
    const holder = t.newNode();
    t.roots.items.push(holder);
    decref(heap, phoenix);
    expect(heap.collect(2, t.roots)).toBe(0);
    expect(calls).toBe(1);
    expect(phoenix.gcFlags & GC_FINALIZED).toBe(GC_FINALIZED);
    expect([freed(phoenix), freed(inner)]).toEqual([false, false]);
    // Dropped again: freed this time, without a second __del__.
    t.roots.items.pop();
    phoenix.refcnt--;
    expect(heap.collect(2, t.roots)).toBe(1);
    expect(calls).toBe(1);
    expect([freed(phoenix), freed(inner)]).toEqual([true, true]);
  });

  it('keeps objects a finalizer allocates during the collection', () => {
    const { heap, t } = setup();
    const made: PyObject[] = [];
    t.onDel = () => {
      made.push(t.newFloat(5)); // garbage at once, but not swept in this collection
    };
    const d = t.newDelNode();
    decref(heap, d);
    heap.collect(2, t.roots);
    expect(freed(d)).toBe(true);
    expect(freed(made[0]!)).toBe(false);
    heap.collect(2, t.roots);
    expect(freed(made[0]!)).toBe(true);
  });

  it('treats frozen objects as roots', () => {
    const { heap, t, gc } = setup();
    const n = t.newNode(t.newFloat(6));
    decref(heap, n);
    gc.freeze();
    expect(heap.collect(2, t.roots)).toBe(0);
    expect(freed(n)).toBe(false);
    gc.unfreeze();
    expect(heap.collect(2, t.roots)).toBe(1);
  });

  it('refuses to collect while the roots are incomplete, and asks again at the next safepoint', () => {
    const { heap, t } = setup();
    let complete = false;
    const roots: RootSet = {
      visitRoots: (visit: Visit) => t.roots.visitRoots(visit),
      rootsComplete: () => complete,
    };
    const n = t.newNode();
    decref(heap, n);
    expect(heap.collect(2, roots)).toBe(0);
    expect(freed(n)).toBe(false);
    expect(heap.events.length).toBe(0);
    expect(heap.collectPending).toBe(true);
    complete = true;
    expect(heap.collect(2, roots)).toBe(1);
  });

  it('collects automatically once the heap has grown past the trigger, then doubles it', () => {
    const { heap, t, gc } = setup();
    expect(gc.nextTriggerBytes).toBe(MARKSWEEP_MIN_TRIGGER);
    const keep = t.newNode();
    t.roots.items.push(keep);
    while (!heap.collectPending) decref(heap, t.newNode()); // 64-byte garbage nodes
    expect(heap.currentBytes).toBeGreaterThanOrEqual(MARKSWEEP_MIN_TRIGGER);
    heap.safepoint(t.roots);
    expect(heap.events.length).toBe(1);
    expect(heap.liveObjects).toBe(1);
    expect(gc.nextTriggerBytes).toBe(MARKSWEEP_MIN_TRIGGER); // 2 x 64 bytes is below the minimum
    expect(gc.getCount()[0]).toBe(0);
  });

  it('under torture collects at every safepoint and stays consistent', () => {
    const { heap, t } = setup(true);
    const keep = t.newNode();
    t.roots.items.push(keep);
    for (let i = 0; i < 50; i++) {
      t.setChild(keep, 0, t.newNode(t.newFloat(i)));
      heap.safepoint(t.roots);
      expect(heap.verify(t.roots).ok).toBe(true);
    }
    expect(heap.events.length).toBe(50);
    expect(heap.liveObjects).toBe(3);
  });
});
