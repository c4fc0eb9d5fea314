// Variable-size storage is charged to the modelled heap as CPython's PyMem blocks: a list's item
// block, a dict's keys object, a set's table (PyObject.buf), big strs and bytes in their own
// block. So peak heap and --max-heap see them, and a MemoryError leaves exact refcounts.
import { describe, expect, it } from 'vitest';
import { indexToSize, rawSize, type Heap } from '@pyarena/memory';
import { captureIO, runProgram } from '../src/index';
import type { Backend } from './run-helper';

function run(source: string, options: { gc?: Backend; maxHeap?: number } = {}) {
  const io = captureIO();
  const outcome = runProgram(source, {
    filename: 'test.py', gc: options.gc ?? 'generational', maxHeap: options.maxHeap, verifyHeap: true, io,
  });
  return { out: io.out.join(''), err: io.err.join(''), outcome };
}

/** Block-rounded bytes of the storage blocks live objects hold: must equal heap.bufferBytes. */
function liveBufferBytes(heap: Heap): number {
  let n = 0;
  for (const o of heap.liveObjectSet()!) {
    if (o.buf === 0) continue;
    n += (o.bufSize - 1) >>> 0 < 512 ? indexToSize(heap.obmalloc.sizeClassOf(heap.bufferAddress(o.buf))) : rawSize(o.bufSize);
  }
  return n;
}

const MiB = 1024 * 1024;

describe('storage blocks in the modelled heap', () => {
  it('counts a list item block, a dict keys object and a set table toward peak heap', () => {
    const base = run('x = 1').outcome.heap.stats().peakBytes;
    const list = run('l = [0] * 1000000').outcome.heap.stats().peakBytes;
    expect(list - base).toBeGreaterThanOrEqual(7_990_000);
    expect(list - base).toBeLessThan(8_100_000);
    const dict = run('d = dict.fromkeys(range(100000))').outcome.heap.stats().peakBytes;
    // 262144 slots: 32 + 4 * 262144 index bytes + 174762 entries of 24 bytes
    expect(dict - base).toBeGreaterThanOrEqual(32 + 4 * 262144 + 174762 * 24);
    const set = run('s = set(range(100000))').outcome.heap.stats().peakBytes;
    expect(set - base).toBeGreaterThanOrEqual(16 * 262144);
  }, 60_000);

  it('counts a 10 MB str and bytes about 10 MB', () => {
    const base = run('x = 1').outcome.heap.stats().peakBytes;
    const s = run("s = 'x' * 10_000_000").outcome.heap.stats().peakBytes;
    expect(s - base).toBeGreaterThanOrEqual(9_990_000);
    expect(s - base).toBeLessThan(10_100_000);
    const b = run('b = bytes(10_000_000)').outcome.heap.stats().peakBytes;
    expect(b - base).toBeGreaterThanOrEqual(9_990_000);
    expect(b - base).toBeLessThan(10_100_000);
  }, 60_000);

  it('frees storage blocks with their objects, on clear() and on resize', () => {
    const { out, outcome } = run(`
import gc
l = [i for i in range(10000)]
d = {i: i for i in range(10000)}
s = set(range(10000))
l.clear(); d.clear(); s.clear()
keep = [[1] * 100, {1: 2}, {3}, 'y' * 1000]
for i in range(2000):
    t = [i] * (i % 50)
    t.append(i)
    u = {i: t}
    v = {i, i + 1}
    v.discard(i)
cyc = []
cyc.append(cyc)
del cyc
gc.collect()
print('ok')
`);
    expect(out).toBe('ok\n');
    expect(outcome.verifyErrors).toEqual([]);
    expect(outcome.heap.bufferBytes).toBe(liveBufferBytes(outcome.heap));
  }, 60_000);

  it('keeps the invariant under every backend', () => {
    for (const gc of ['pymalloc', 'refcount', 'generational'] as const) {
      const { outcome } = run('l = []\nfor i in range(1000): l.append([i] * (i % 7))\nl.sort()\nd = dict.fromkeys(l[0])', { gc });
      expect(outcome.heap.bufferBytes).toBe(liveBufferBytes(outcome.heap));
      expect(outcome.verifyErrors).toEqual([]);
    }
  }, 60_000);
});

describe('MemoryError', () => {
  const grow = `
l = []
try:
    while True:
        l.append(len(l))
except MemoryError:
    n = len(l)
    del l
    print('MemoryError after', n > 30000)  # 512 KiB hold about 60000 slots
t = []
try:
    t.extend(i for i in range(10 ** 9))
except MemoryError:
    ok = len(t) > 0
    t = None
    print('extend', ok)
try:
    d = {i: i for i in range(10 ** 9)}
except MemoryError:
    print('dict')
try:
    s = set(range(10 ** 9))
except MemoryError:
    print('set')
print('done')
`;
  for (const gc of ['refcount', 'generational'] as const) {
    // A small heap keeps this quick from TypeScript sources; apps/cli/test/storage.test.ts runs
    // the bundle with --max-heap 16M.
    it(`ends a growing loop with a catchable MemoryError under maxHeap (${gc})`, () => {
      const { out, err, outcome } = run(grow, { gc, maxHeap: MiB / 2 });
      expect(err).toBe('');
      expect(out).toBe('MemoryError after True\nextend True\ndict\nset\ndone\n');
      expect(outcome.exitCode).toBe(0);
      expect(outcome.verifyErrors).toEqual([]);
      expect(outcome.heap.stats().peakBytes).toBeLessThanOrEqual(MiB / 2);
      expect(outcome.heap.bufferBytes).toBe(liveBufferBytes(outcome.heap));
    }, 60_000);
  }

  it('reports an uncaught MemoryError like CPython', () => {
    const { out, err, outcome } = run('print(1)\nx = [0] * 10**10\nprint(2)');
    expect(out).toBe('1\n');
    expect(err).toMatch(/\nMemoryError\n$/);
    expect(outcome.exitCode).toBe(1);
    expect(outcome.verifyErrors).toEqual([]);
  }, 60_000);

  it('raises MemoryError for requests the host could not hold, before building them', () => {
    const { out, outcome } = run(`
for f in (lambda: [0] * 10**10, lambda: 'x' * 10**12, lambda: b'x' * 10**12, lambda: (0,) * 10**10,
          lambda: bytes(10**12), lambda: list(range(10**10)), lambda: 'x' * 10**9):
    try:
        f()
        print('built')
    except MemoryError as e:
        print('MemoryError', repr(str(e)))
`);
    expect(out).toBe("MemoryError ''\n".repeat(7));
    expect(outcome.verifyErrors).toEqual([]);
  }, 60_000);

  it('leaves a list, dict and set whole when their growth fails', () => {
    const { out, outcome } = run(`
l = list(range(1000))
d = {i: i for i in range(10)}
s = set(range(18))
other = [object() for i in range(1000)]
big = {100: 1}
r1 = r2 = r3 = r4 = r5 = True
fill = None
try:
    while True:
        fill = (fill, 0)  # 56-byte blocks: the heap ends up full to the last few bytes
except MemoryError:
    pass
try:
    l.extend(other)
except MemoryError:
    r1 = False
try:
    l.insert(0, 1)
except MemoryError:
    r2 = False
try:
    l.append(1)
except MemoryError:
    r3 = False
try:
    d.update(big)
except MemoryError:
    r4 = False
try:
    s.add(100)
except MemoryError:
    r5 = False
fill = None
print(r1, r2, r3, r4, r5)
print(len(l), len(d), len(s), 100 in s)
l.append(1)
d[100] = 1
print(len(l), len(d), len(s))
`, { maxHeap: 2 * MiB });
    // set_add_entry stores the item before the resize that fails, as in CPython.
    expect(out).toBe('False False False False False\n1000 10 19 True\n1001 11 19\n');
    expect(outcome.verifyErrors).toEqual([]);
    expect(outcome.heap.bufferBytes).toBe(liveBufferBytes(outcome.heap));
  }, 60_000);
});
