// Weak references (modules/weakref.ts, lib/weakref.py): what the conformance corpus cannot see,
// i.e. behaviour per backend, state across runs in one process, and exact refcounts.
import { describe, expect, it } from 'vitest';
import { captureIO, runProgram } from '../src/index';
import { run } from './run-helper';

describe('weakref', () => {
  it('runs callbacks at refcount zero with exact refcounts (verify-heap)', () => {
    const { out, err, outcome } = run(`
import weakref
class A: pass
a = A()
r = weakref.ref(a, lambda w: print("dead", w() is None))
p = weakref.proxy(a)
del a
print(r(), weakref.getweakrefcount(r))
`, 'refcount');
    expect(err).toBe('');
    expect(out).toBe('dead True\nNone 0\n');
    expect(outcome.verifyErrors).toEqual([]);
  });

  it('never clears anything under pymalloc; finalizers run only at exit', () => {
    const { out } = run(`
import weakref
class A: pass
a = A()
r = weakref.ref(a, lambda w: print("callback"))
f = weakref.finalize(a, print, "finalizer at exit")
del a
print(r() is not None, f.alive)
`, 'pymalloc', false);
    expect(out).toBe('True True\nfinalizer at exit\n');
  });

  it('leaves cycles (and their weakrefs) alone under refcount', () => {
    const { out, outcome } = run(`
import weakref
class A: pass
a = A(); a.me = a
r = weakref.ref(a, lambda w: print("callback"))
del a
print(r() is not None)
`, 'refcount');
    expect(out).toBe('True\n');
    expect(outcome.verifyErrors).toEqual([]);
  });

  it('clears the weakrefs of a collected cycle and runs the survivors\' callbacks', () => {
    const { out, outcome } = run(`
import gc, weakref
class A: pass
a = A(); a.me = a
log = []
r = weakref.ref(a, lambda w: log.append(w() is None))
del a
gc.collect()
print(log, r())
`, 'generational');
    expect(out).toBe('[True] None\n');
    expect(outcome.verifyErrors).toEqual([]);
  });

  it('does not carry weakrefs to builtin statics from one run into the next', () => {
    const first = run(`
import weakref
keep = [weakref.ref(len, print), weakref.ref(int)]
print(weakref.getweakrefcount(len), weakref.getweakrefcount(int))
`, 'pymalloc', false);
    expect(first.out).toBe('1 1\n');
    const second = run(`
import weakref
print(weakref.getweakrefcount(len), weakref.getweakrefcount(int), weakref.ref(int)() is int)
`, 'refcount');
    expect(second.out).toBe('0 0 True\n');
    expect(second.outcome.verifyErrors).toEqual([]);
  });

  it('survives collections started inside callbacks (gc-torture)', () => {
    const io = captureIO();
    const outcome = runProgram(`
import weakref
class A: pass
class Box: pass
b = Box()
b.item = A()
seen = []
r = weakref.ref(b.item, lambda w: seen.append([x for x in range(3)]))
del b.item
d = weakref.WeakValueDictionary()
for i in range(5):
    d[i] = A()
print(seen, len(d), r())
`, { filename: 'test.py', gc: 'generational', torture: true, io });
    expect(io.err.join('')).toBe('');
    expect(io.out.join('')).toBe('[[0, 1, 2]] 0 None\n');
    expect(outcome.exitCode).toBe(0);
  });
});
