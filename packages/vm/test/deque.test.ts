// collections.deque's blocks in the modelled heap (objects/deque.ts): 528-byte raw blocks, one
// chain per deque plus a cache of up to 16 spare blocks, all freed with the deque. Conformance
// cases check what Python sees (sys.getsizeof, errors, gc); these check the heap's own books.
import { describe, expect, it } from 'vitest';
import { indexToSize, rawSize, type Heap } from '@pyarena/memory';
import { captureIO, runProgram } from '../src/index';
import { BLOCK_BYTES, DequeType, type DequeData } from '../src/objects/deque';
import { isSubtype } from '../src/objects/typeobject';

type Backend = 'pymalloc' | 'refcount' | 'generational' | 'incremental' | 'marksweep';

function run(source: string, options: { gc?: Backend; maxHeap?: number } = {}) {
  const io = captureIO();
  const outcome = runProgram(source, {
    filename: 'test.py', gc: options.gc ?? 'generational', maxHeap: options.maxHeap, verifyHeap: true, io,
  });
  return { out: io.out.join(''), err: io.err.join(''), outcome };
}

/** Block-rounded bytes of every storage block and deque block live objects hold. */
function heldBufferBytes(heap: Heap): number {
  let n = 0;
  for (const o of heap.liveObjectSet()!) {
    if (o.buf !== 0) {
      n += (o.bufSize - 1) >>> 0 < 512 ? indexToSize(heap.obmalloc.sizeClassOf(heap.bufferAddress(o.buf))) : rawSize(o.bufSize);
    }
    if (isSubtype(o.type, DequeType)) n += (o.data as DequeData).blocks.length * rawSize(BLOCK_BYTES);
  }
  return n;
}

describe('deque blocks in the modelled heap', () => {
  it('counts a long deque toward peak heap, block by block', () => {
    const base = run('x = 1').outcome.heap.stats().peakBytes;
    const peak = run('from collections import deque\nd = deque(range(640000))').outcome.heap.stats().peakBytes;
    // 10000 blocks of 528 bytes, and the deque object.
    expect(peak - base).toBeGreaterThanOrEqual(10000 * 528);
    expect(peak - base).toBeLessThan(10000 * 528 + 100_000);
  }, 60_000);

  it('frees every block with its deque, after clear() and in collected cycles', () => {
    for (const gc of ['refcount', 'generational', 'incremental', 'marksweep'] as const) {
      const { out, outcome } = run(`
import gc
from collections import deque
keep = deque(range(1000))
for i in range(300):
    q = deque(range(i * 7))
    q.rotate(i)
    q.insert(i // 2, q)
    q.extendleft(range(i))
    if i % 3 == 0:
        q.clear()
    del q
for i in range(5000):
    keep.append(keep.popleft())
gc.collect()
print(len(keep), keep[0])
`, { gc });
      expect(out).toBe('1000 0\n');
      expect(outcome.verifyErrors).toEqual([]);
      expect(outcome.heap.bufferBytes).toBe(heldBufferBytes(outcome.heap));
    }
  }, 60_000);

  it('reuses its spare blocks: a queue of steady length allocates no new ones', () => {
    const steady = (n: number) => run(`
from collections import deque
q = deque(range(500))
for i in range(${n}):
    q.append(q.popleft())
`).outcome.heap.bufferAllocations;
    expect(steady(50_000)).toBe(steady(100));
  }, 60_000);

  it('leaves a deque whole when a block cannot be had, with exact refcounts', () => {
    for (const gc of ['refcount', 'generational'] as const) {
      const { out, err, outcome } = run(`
from collections import deque
d = deque()
n = 0  # bound before the heap is full: the handler must not need to grow the globals
try:
    while True:
        d.append([len(d)])
except MemoryError:
    n = len(d)
print(n > 1000, d[-1] == [n - 1])
try:
    while True:
        d.appendleft(0)
except MemoryError:
    pass
try:
    d.rotate(n // 3)  # may need a block too
except MemoryError:
    pass
d.clear()  # without a block to spare, by pops
print(len(d), d.maxlen)
`, { gc, maxHeap: 1024 * 1024 });
      expect(err).toBe('');
      expect(out).toBe('True True\n0 None\n');
      expect(outcome.verifyErrors).toEqual([]);
      expect(outcome.heap.bufferBytes).toBe(heldBufferBytes(outcome.heap));
    }
  }, 60_000);
});
