// Resource limits, through the command line (a process of its own, with Node's default stack):
// Python recursion stops at the recursion limit with RecursionError; deep nesting in repr, in
// comparisons, in deallocation and in the collector's traversal never overflows the host stack;
// --max-heap gives a MemoryError the program can catch and go on from; --timeout stops a runaway
// loop with its documented line and status 124 (docs/cli.md). Expected outputs are CPython 3.11's
// where CPython runs the same program.
import { describe, expect, it } from 'vitest';
import { cliBuilt, pyarena, scratchDir, writeProgram } from '../src/cli';

const BACKENDS = ['generational', 'refcount', 'pymalloc'] as const;
const dir = cliBuilt() ? scratchDir() : '';

const RECURSION = `import sys
depth = 0
def f():
    global depth
    depth += 1
    f()
try:
    f()
except RecursionError as e:
    print('RecursionError:', e, depth)
print(sys.getrecursionlimit())
sys.setrecursionlimit(100000)
def g(n):
    return 0 if n == 0 else 1 + g(n - 1)
print(g(50000))
`;

const DEEP_CONTAINERS = `x = []
for i in range(100000):
    x = [x]
try:
    repr(x)
except RecursionError as e:
    print('list:', e)
d = {}
for i in range(100000):
    d = {'k': d}
try:
    str(d)
except RecursionError as e:
    print('dict:', e)
t = ()
for i in range(100000):
    t = (t,)
try:
    print(t)
except RecursionError as e:
    print('tuple:', e)
a, b = [], []
for i in range(100000):
    a, b = [a], [b]
try:
    a == b
except RecursionError as e:
    print('compare:', e)
del x, d, t, a, b
print('done')
`;

const DEEP_CONTAINERS_OUT = `list: maximum recursion depth exceeded while getting the repr of an object
dict: maximum recursion depth exceeded while getting the repr of an object
tuple: maximum recursion depth exceeded while getting the repr of an object
compare: maximum recursion depth exceeded in comparison
done
`;

/** A million instances in a linked list, made a cycle, then collected (CPython prints 1000000, 0). */
const CYCLE = `import gc
class Node:
    def __init__(self, nxt):
        self.next = nxt
head = None
for i in range(1000000):
    head = Node(head)
tail = head
while tail.next is not None:
    tail = tail.next
tail.next = head
del tail, head
print('collected', gc.collect())
print('again', gc.collect())
`;

/** A million instances in a linked list, dropped: reference counting frees the whole chain. */
const CHAIN = `import weakref
class Node:
    def __init__(self, nxt):
        self.next = nxt
head = None
for i in range(1000000):
    head = Node(head)
last = head
while last.next is not None:
    last = last.next
probe = weakref.ref(last)
del last
print('alive', probe() is not None)
del head
print('freed', probe() is None)
`;

const MEMORY = `def hog():
    blocks = []
    while True:
        blocks.append('x' * 10000)
try:
    hog()
except MemoryError:
    print('MemoryError caught')
print('still running', sum(range(1000)))
try:
    big = [0] * 10**9
except MemoryError as e:
    print('list:', type(e).__name__, repr(str(e)))
print('end')
`;

describe.runIf(cliBuilt())('resource limits', () => {
  it('deep Python recursion is a RecursionError at the recursion limit (as CPython: depth 999 of 1000)', () => {
    const file = writeProgram(dir, 'recursion.py', RECURSION);
    for (const gc of BACKENDS) {
      const r = pyarena(['--gc', gc, file], dir);
      expect({ gc, ...r, ms: 0 }).toEqual({
        gc, stdout: 'RecursionError: maximum recursion depth exceeded 999\n1000\n50000\n', stderr: '', status: 0, ms: 0,
      });
    }
  });

  it('--recursion-limit sets the limit, and an uncaught RecursionError ends with CPython\'s last line', () => {
    const file = writeProgram(dir, 'uncaught.py', 'import sys\nprint(sys.getrecursionlimit())\ndef f(n):\n    return f(n + 1)\nf(0)\n');
    const r = pyarena(['--recursion-limit', '5000', file], dir);
    expect(r.stdout).toBe('5000\n');
    expect(r.stderr).toContain('  [Previous line repeated 4996 more times]\n');
    expect(r.stderr.endsWith('RecursionError: maximum recursion depth exceeded\n')).toBe(true);
    expect(r.status).toBe(1);
  });

  it('deep nesting in repr and comparisons is a RecursionError, and freeing it overflows nothing', () => {
    const file = writeProgram(dir, 'deep.py', DEEP_CONTAINERS);
    for (const gc of BACKENDS) {
      const r = pyarena(['--gc', gc, file], dir);
      expect({ gc, stdout: r.stdout, stderr: r.stderr, status: r.status }).toEqual({ gc, stdout: DEEP_CONTAINERS_OUT, stderr: '', status: 0 });
    }
  });

  it('the collector traverses and frees a cycle of a million instances (gc.collect() finds 1000000)', () => {
    const file = writeProgram(dir, 'cycle.py', CYCLE);
    const r = pyarena(['--gc', 'generational', file], dir);
    expect({ stdout: r.stdout, stderr: r.stderr, status: r.status }).toEqual({ stdout: 'collected 1000000\nagain 0\n', stderr: '', status: 0 });
  });

  it('reference counting frees a dropped chain of a million instances (--gc refcount)', () => {
    const file = writeProgram(dir, 'chain.py', CHAIN);
    const r = pyarena(['--gc', 'refcount', file], dir);
    expect({ stdout: r.stdout, stderr: r.stderr, status: r.status }).toEqual({ stdout: 'alive True\nfreed True\n', stderr: '', status: 0 });
  });

  it('--max-heap: MemoryError is raised, caught by `except MemoryError:`, and the program goes on', () => {
    const file = writeProgram(dir, 'memory.py', MEMORY);
    for (const gc of BACKENDS) {
      const r = pyarena(['--gc', gc, '--max-heap', '16M', file], dir);
      expect({ gc, stdout: r.stdout, stderr: r.stderr, status: r.status }).toEqual({
        gc, stdout: "MemoryError caught\nstill running 499500\nlist: MemoryError ''\nend\n", stderr: '', status: 0,
      });
    }
  });

  it('--max-heap: an uncaught MemoryError is CPython\'s traceback and status 1', () => {
    const file = writeProgram(dir, 'oom.py', 'x = []\nwhile True:\n    x.append([0] * 100)\n');
    const r = pyarena(['--max-heap', '8M', file], dir);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`Traceback (most recent call last):\n  File "${file}", line 3, in <module>\n    x.append([0] * 100)\n             ~~~~^~~~~\nMemoryError\n`);
    expect(r.status).toBe(1);
  });

  it('--timeout stops `while True: pass` with its documented line and status 124', () => {
    const file = writeProgram(dir, 'spin.py', "print('start', flush=True)\ndef spin():\n    while True:\n        pass\nspin()\n");
    const r = pyarena(['--timeout', '1', file], dir);
    expect({ stdout: r.stdout, stderr: r.stderr, status: r.status }).toEqual({
      stdout: 'start\n',
      stderr: `pyarena: timeout: the program ran longer than its --timeout of 1 s; stopped in spin() (${file})\n`,
      status: 124,
    });
    expect(r.ms).toBeLessThan(15_000);
  });

  it('--timeout also stops a long loop inside a builtin, and works under every backend', () => {
    for (const gc of BACKENDS) {
      const r = pyarena(['--gc', gc, '--timeout', '0.5', '-c', 'print(sum(range(10**12)))'], dir);
      expect({ gc, stdout: r.stdout, stderr: r.stderr, status: r.status }).toEqual({
        gc, stdout: '', stderr: 'pyarena: timeout: the program ran longer than its --timeout of 0.5 s; stopped in <module> (<string>)\n', status: 124,
      });
    }
  });
});
