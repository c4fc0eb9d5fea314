// tracemalloc (modules/tracemalloc.ts, lib/tracemalloc.py): what the conformance corpus cannot see,
// i.e. exact byte accounting in the model, the tracer's bookkeeping, state across runs, and the
// glob translation behind Filter.
import { describe, expect, it } from 'vitest';
import { Heap, blockSize } from '@pyarena/memory';
import { TraceState, translateGlob } from '../src/modules/tracemalloc';
import { run } from './run-helper';

describe('TraceState (the heap tracer)', () => {
  const state = () => new TraceState(new Heap({ gc: 'refcount' }));

  it('accounts current and peak bytes, ignoring frees of untraced blocks', () => {
    const s = state();
    s.start(1);
    s.objectAlloc(0x1000, 32);
    s.bufferAlloc(0x2000, 512);
    expect([s.current, s.peak, s.traces.size]).toEqual([544, 544, 2]);
    s.objectFree(0x1000);
    s.objectFree(0x9999); // allocated before start(): ignored
    expect([s.current, s.peak]).toEqual([512, 544]);
    // Outside a run there is no Python frame: CPython's ('<unknown>', 0).
    expect(s.traces.get(0x2000)!.traceback.frames).toEqual([['<unknown>', 0]]);
    expect(s.traces.get(0x2000)!.totalNframe).toBe(0);
  });

  it('traces a realloc afresh, moving or in place, and adopts untraced blocks', () => {
    const s = state();
    s.start(1);
    s.bufferAlloc(0x100, 64);
    s.bufferRealloc(0x100, 0x100, 64); // in place
    expect([s.current, s.traces.size]).toEqual([64, 1]);
    s.bufferRealloc(0x100, 0x800, 4096); // moved and grown
    expect([s.current, s.peak, [...s.traces.keys()]]).toEqual([4096, 4096, [0x800]]);
    s.bufferRealloc(0x5000, 0x6000, 128); // an untraced block becomes traced
    expect(s.current).toBe(4224);
    s.bufferFree(0x800);
    s.bufferFree(0x6000);
    expect([s.current, s.traces.size]).toEqual([0, 0]);
  });

  it('installs itself on the heap while tracing; stop() clears traces and keeps the limit', () => {
    const s = state();
    s.start(7);
    expect(s.heap.tracer).toBe(s);
    s.start(3); // already tracing: unchanged
    expect(s.nframe).toBe(7);
    s.objectAlloc(0x10, 48);
    s.stop();
    expect(s.heap.tracer).toBeNull();
    expect([s.tracing, s.current, s.peak, s.traces.size, s.nframe]).toEqual([false, 0, 0, 0, 7]);
  });
});

describe('tracemalloc in a run', () => {
  it('counts block-rounded model sizes exactly', () => {
    const { out, err, outcome } = run(`
import tracemalloc
n = 47
a = b = c = None  # the globals' table does not grow while tracing
tracemalloc.start()
a = 'x' * n
b = 'y' * (n + 1)
c = 'z' * 600
print(tracemalloc.get_traced_memory())
del a, b, c
print(tracemalloc.get_traced_memory())
tracemalloc.stop()
`, 'refcount');
    expect(err).toBe('');
    const strBytes = (len: number) => blockSize(49 + len);
    const total = strBytes(47) + strBytes(48) + strBytes(600);
    expect(strBytes(47)).toBe(96);
    expect(strBytes(48)).toBe(112);
    expect(strBytes(600)).toBe(656); // raw allocator: 649 rounded to 16
    // The first result tuple (64 B) was traced, then parked on the tuple free list: still traced,
    // as in CPython, where free-listed blocks are never given back to malloc.
    expect(out).toBe(`(${total}, ${total})\n(64, ${total + 64})\n`);
    expect(outcome.verifyErrors).toEqual([]);
    expect(outcome.heap.tracer).toBeNull();
  });

  it('attributes allocations made by inline opcodes to the line executing them', () => {
    // BUILD_LIST and BINARY_OP allocate without a call: the frame's current instruction must
    // still be known (Frame.lasti is kept current by the eval loop).
    const { out, err } = run(`
import tracemalloc
def f(n):
    print(end='')
    s = 'q' * n
    lst = [s, s]
    return lst
tracemalloc.start()
r = f(30)
print(tracemalloc.get_object_traceback(r[0])[0].lineno, tracemalloc.get_object_traceback(r)[0].lineno)
`);
    expect(err).toBe('');
    expect(out).toBe('5 6\n');
  });

  it('starts each run with tracing off and the default limit', () => {
    const first = run('import tracemalloc\ntracemalloc.start(9)\nprint(tracemalloc.get_traceback_limit())\n');
    expect(first.out).toBe('9\n');
    const second = run('import tracemalloc\nprint(tracemalloc.is_tracing(), tracemalloc.get_traceback_limit(), tracemalloc.get_traced_memory())\n');
    expect(second.out).toBe('False 1 (0, 0)\n');
  });

  it('does not trace the objects a snapshot is made of', () => {
    const { out, err } = run(`
import tracemalloc
keep = []
before = raw = None
tracemalloc.start()
for i in range(50):
    keep.append(str(i) * 20)
tracemalloc.get_traced_memory()  # its result tuple is traced, then parked on a free list
before = tracemalloc.get_traced_memory()[0]
raw = tracemalloc._get_traces()
print(len(raw) >= 50, tracemalloc.get_traced_memory()[0] == before)
`, 'refcount');
    expect(err).toBe('');
    expect(out).toBe('True True\n');
  });

  it('keeps exact refcounts under every backend (verify-heap)', () => {
    const program = `
import tracemalloc
tracemalloc.start(3)
def g():
    return ['w' * 40 for _ in range(5)]
data = g()
snap = tracemalloc.take_snapshot()
print(len(snap.statistics('traceback')) > 0, tracemalloc.get_object_traceback(data[0]) is not None)
tracemalloc.clear_traces()
del data
tracemalloc.stop()
`;
    for (const gc of ['generational', 'refcount', 'pymalloc'] as const) {
      const { out, err, outcome } = run(program, gc);
      expect(err).toBe('');
      expect(out).toBe('True True\n');
      expect(outcome.verifyErrors).toEqual([]);
    }
  });
});

describe('translateGlob (fnmatch on POSIX)', () => {
  // Expected values recorded from CPython 3.11's fnmatch.fnmatch.
  const cases: [string, string, boolean][] = [
    ['a.py', 'a.py', true], ['a.py', '*.py', true], ['dir/a.py', '*.py', true],
    ['dir/a.py', 'dir/?.py', true], ['b.py', '[ab].py', true], ['c.py', '[!ab].py', true],
    ['a.py', '[!ab].py', false], ['[x].py', '[[]x].py', true], ['x.py', '[[]x].py', false],
    ['a]b', 'a]b', true], ['a]', 'a[]]', true], ['a-b', 'a[a-]b', true], ['a.b', 'a?b', true],
    ['ab', 'a*b*', true], ['a\nb', 'a*b', true], ['a.py', 'A.py', false], ['x[', 'x[', true],
    ['x[y', 'x[y', true], ['a+b', 'a+b', true], ['aab', 'a+b', false], ['(x)', '(x)', true],
    ['\\', '\\', true], ['a^b', 'a[^]b', true], ['aXb', 'a[^]b', false], ['a|b', 'a|b', true],
    ['b', 'a|b', false], ['abc', 'a[b-c]c', true], ['aa', 'a[!]', false], ['a!', 'a[!]', false],
    ['a', '', false],
  ];
  it.each(cases)('%j matches %j: %s', (name, pattern, expected) => {
    expect(translateGlob(pattern).test(name)).toBe(expected);
  });
});
