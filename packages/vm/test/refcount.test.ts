// Reference counting is exact: objects die at refcount zero and their blocks are reused.
import { describe, expect, it } from 'vitest';
import { run } from './run-helper';

describe('reference counting', () => {
  it('frees a list when its last name is deleted, and reuses its block for the next list', () => {
    const { out, outcome } = run(`
a = [1, 2, 3]
first = id(a)
del a
b = [4, 5]
print(id(b) == first)
`, 'refcount');
    expect(out).toBe('True\n');
    expect(outcome.verifyErrors).toEqual([]);
  });

  it('never frees anything under pymalloc, so the next list gets a new block', () => {
    const { out } = run(`
a = [1, 2, 3]
first = id(a)
del a
b = [4, 5]
print(id(b) == first)
`, 'pymalloc');
    expect(out).toBe('False\n');
  });

  it('keeps frees equal to allocations minus live objects after a loop of temporaries', () => {
    const { outcome } = run(`
total = 0
for i in range(1000):
    s = str(i) + "x"
    total += len([s, s])
print(total)
`, 'refcount');
    const stats = outcome.heap.stats();
    expect(stats.frees).toBeGreaterThan(1900);
    expect(outcome.verifyErrors).toEqual([]);
  });

  it('passes the heap verifier on closures, generators and exceptions', () => {
    const { out, outcome } = run(`
def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc
c = counter()
c(); c()
def gen(k):
    for i in range(k):
        yield i * i
print(c(), list(gen(4)), sum(x for x in gen(5)))
def boom():
    return {}["missing"]
boom()
`);
    expect(out).toBe('3 [0, 1, 4, 9] 30\n');
    expect(outcome.exitCode).toBe(1);
    expect(outcome.verifyErrors).toEqual([]);
  });

  it('deallocates a long chain of nested lists without overflowing the host stack', () => {
    const { out, outcome } = run(`
head = None
for i in range(200000):
    head = [i, head]
head = None
print("done")
`, 'refcount', false);
    expect(out).toBe('done\n');
    expect(outcome.exitCode).toBe(0);
  }, 60_000); // 400,000 objects made and freed from the TypeScript sources: 5-6 s on a busy machine
});
