import { describe, expect, it } from 'vitest';
import { GC_FREED, Heap, IncrementalCollector } from '../src/index';
import type { PyObject } from '../src/index';
import { decref, makeTypes } from './fake-types';

function setup(thresholds: [number, number, number] = [10, 2, 0]) {
  const heap = new Heap({ gc: 'incremental', thresholds, verify: true });
  const t = makeTypes(heap);
  const gc = heap.collector as IncrementalCollector;
  return { heap, t, gc };
}

const freed = (o: PyObject): boolean => (o.gcFlags & GC_FREED) !== 0;
const generationOf = (gc: IncrementalCollector, o: PyObject): number =>
  [0, 1, 2].find((g) => gc.getObjects(g).includes(o)) ?? -1;

/** A root holding a chain of n live nodes. */
function liveChain(t: ReturnType<typeof makeTypes>, n: number): PyObject[] {
  const nodes: PyObject[] = [];
  let head = t.newNode();
  nodes.push(head);
  for (let i = 1; i < n; i++) {
    head = t.newNode(head);
    nodes.push(head);
  }
  t.roots.items.push(head);
  return nodes;
}

describe('incremental collector', () => {
  it('collects a young cycle in the next increment', () => {
    const { heap, t } = setup();
    const a = t.newNode();
    const b = t.newNode(a);
    t.setChild(a, 0, b);
    expect(heap.collect(1, t.roots)).toBe(2);
    expect([freed(a), freed(b)]).toEqual([true, true]);
  });

  it('young survivors become old (visited); the end of a scan makes them pending', () => {
    const { heap, t, gc } = setup();
    const [n] = liveChain(t, 1);
    heap.collect(0, t.roots);
    expect(generationOf(gc, n!)).toBe(2);
    // Marking reaches it again in the next scan; with nothing pending the scan ends at once.
    heap.collect(1, t.roots);
    expect(gc.getCount()[2]).toBe(1);
    expect(generationOf(gc, n!)).toBe(1);
  });

  it('bounds each increment: marking and the pending slice take at most the budget', () => {
    const { heap, t, gc } = setup([10, 2, 0]);
    liveChain(t, 500);
    heap.collect(2, t.roots); // all 500 old; the scan starts over with them pending
    expect(gc.getObjects(1).length).toBe(500);
    const scans = gc.scansCompleted;
    let increments = 0;
    while (gc.scansCompleted === scans && increments < 1000) {
      heap.collect(1, t.roots);
      increments++;
      expect(heap.events.last()!.examined).toBeLessThanOrEqual(20);
      if (gc.scansCompleted === scans) expect(gc.getObjects(1).length + gc.getObjects(2).length).toBe(500);
    }
    // 500 objects and 499 references, 20 units of work at a time: spread over about 50 increments.
    expect(increments).toBeGreaterThanOrEqual(45);
    expect(increments).toBeLessThan(60);
  });

  it('finds a garbage cycle that reached the old spaces within a scan', () => {
    const { heap, t, gc } = setup([10, 2, 0]);
    liveChain(t, 100);
    const a = t.newNode();
    const b = t.newNode(a);
    t.setChild(a, 0, b);
    t.roots.items.push(a);
    a.refcnt++;
    heap.collect(0, t.roots); // a, b and the chain are old now
    t.roots.items.pop();
    decref(heap, a); // a <-> b is garbage in the old space
    let collected = 0;
    for (let i = 0; i < 40 && collected === 0; i++) collected += heap.collect(1, t.roots);
    expect(collected).toBe(2);
    expect([freed(a), freed(b)]).toEqual([true, true]);
    expect(gc.scansCompleted).toBeLessThanOrEqual(2);
    expect(heap.verify(t.roots).ok).toBe(true);
  });

  it('takes a garbage cycle whole even when it is longer than the slice', () => {
    const { heap, t } = setup([10, 1, 0]);
    // A 200-node ring, old and unreachable: larger than the 10-object slice.
    const first = t.newNode();
    let last = first;
    for (let i = 0; i < 199; i++) last = t.newNode(last);
    t.setChild(first, 0, last);
    last.refcnt++;
    t.roots.items.push(last);
    heap.collect(0, t.roots);
    t.roots.items.pop();
    decref(heap, last);
    let collected = 0;
    for (let i = 0; i < 20 && collected === 0; i++) collected += heap.collect(1, t.roots);
    expect(collected).toBe(200);
  });

  it('counts the objects a slice reaches against its budget, not only the ones it starts from', () => {
    const { heap, t, gc } = setup([10, 8, 0]); // 80 units: a slice of 10 pending objects
    const pairs: PyObject[] = [];
    for (let i = 0; i < 100; i++) {
      const a = t.newNode();
      const b = t.newNode(a);
      t.setChild(a, 0, b);
      t.roots.items.push(a);
      a.refcnt++;
      pairs.push(a);
    }
    heap.collect(0, t.roots); // 100 old two-object cycles
    for (const a of pairs) {
      t.roots.items.pop();
      decref(heap, a);
    }
    let collected = 0;
    for (let i = 0; i < 100 && collected < 200; i++) {
      const m = heap.collect(1, t.roots);
      // Ten objects, plus the partner of the last one taken (a cycle is taken whole).
      expect(m).toBeLessThanOrEqual(11);
      collected += m;
    }
    expect(collected).toBe(200);
    expect(pairs.every(freed)).toBe(true);
    expect(gc.scansCompleted).toBeGreaterThanOrEqual(1);
  });

  it('skips objects on the grey stack that died between increments', () => {
    const { heap, t } = setup([10, 1, 0]);
    const nodes = liveChain(t, 300);
    heap.collect(2, t.roots);
    heap.collect(1, t.roots); // marking has started: part of the chain is still grey
    // The program drops the whole chain: refcounting frees it, grey entries included.
    t.roots.items.length = 0;
    decref(heap, nodes[nodes.length - 1]!);
    expect(nodes.every(freed)).toBe(true);
    for (let i = 0; i < 5; i++) heap.collect(1, t.roots);
    expect(heap.verify(t.roots).ok).toBe(true);
  });

  it('a full collection finds everything, as the generational backend', () => {
    const { heap, t } = setup();
    liveChain(t, 50);
    const a = t.newNode();
    const b = t.newNode(a);
    t.setChild(a, 0, b);
    t.roots.items.push(a);
    a.refcnt++;
    heap.collect(0, t.roots); // the cycle is old now
    t.roots.items.pop();
    decref(heap, a);
    expect(heap.collect(2, t.roots)).toBe(2);
    expect(heap.liveObjects).toBe(50);
  });

  it('traverses a big container in pieces across increments', () => {
    const { heap, t, gc } = setup([10, 2, 0]);
    const items: PyObject[] = [];
    for (let i = 0; i < 2000; i++) items.push(t.newNode());
    const big = t.newNode(...items);
    t.roots.items.push(big);
    heap.collect(2, t.roots); // all old and pending
    const scans = gc.scansCompleted;
    let increments = 0;
    while (gc.scansCompleted === scans && increments < 1000) {
      heap.collect(1, t.roots);
      increments++;
      expect(heap.events.last()!.examined).toBeLessThanOrEqual(20);
    }
    // 2,001 objects and 2,000 references at 20 units an increment: about 200 increments.
    expect(increments).toBeGreaterThanOrEqual(190);
    expect(gc.scansCompleted).toBe(scans + 1);
    expect(heap.liveObjects).toBe(2001);
  });
});
