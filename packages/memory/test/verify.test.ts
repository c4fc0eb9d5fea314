import { describe, expect, it } from 'vitest';
import { Heap, formatVerifyReport } from '../src/index';
import { decref, incref, makeTypes } from './fake-types';

describe('Heap.verify', () => {
  function graph() {
    const heap = new Heap({ gc: 'generational', verify: true });
    const t = makeTypes(heap);
    const shared = t.newNode();
    const a = t.newNode(incref(shared));
    const b = t.newNode(shared, t.newFloat(2));
    t.setChild(a, 1, a); // a refers to itself: a self-cycle
    incref(a);
    t.roots.items.push(a, b);
    return { heap, t, a, b, shared };
  }

  it('passes on a correct graph', () => {
    const { heap, t } = graph();
    const r = heap.verify(t.roots);
    expect(r.mismatches).toEqual([]);
    expect(r.ok).toBe(true);
    expect(r.checked).toBe(4);
  });

  it('reports an injected refcount error with type, address, expected and actual', () => {
    const { heap, t, shared } = graph();
    shared.refcnt++;
    const r = heap.verify(t.roots);
    expect(r.ok).toBe(false);
    expect(r.mismatches).toEqual([{ typeName: 'node', addr: shared.addr, expected: 2, actual: 3 }]);
    expect(formatVerifyReport(r)).toContain('refcnt 3, expected 2');
  });

  it('reports a freed object that is still referenced', () => {
    const { heap, t, b } = graph();
    const f = (b.data as { children: ReturnType<typeof t.newNode>[] }).children[1];
    decref(heap, f); // the VM forgot that b owns this reference
    const r = heap.verify(t.roots);
    expect(r.ok).toBe(false);
    expect(r.freedReferences).toEqual([{ typeName: 'float', addr: f.addr, referrer: `node at 0x${b.addr.toString(16)}` }]);
  });

  it('needs the registry', () => {
    const heap = new Heap({ gc: 'refcount' });
    expect(() => heap.verify(makeTypes(heap).roots)).toThrow(/verify/);
  });
});
