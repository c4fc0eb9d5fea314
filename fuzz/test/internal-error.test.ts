// A bug inside pyarena (a JavaScript exception that is not a Python error) is reported as one
// line naming the program, the Python line that was running and the error, then the hint to
// report it, with exit status 70 (docs/cli.md); the JavaScript stack only with --debug. The bug is
// forced in process: Heap.prototype.collect, which gc.collect() calls, is patched to throw the
// TypeError a real slip (reading a field of undefined) would throw. These tests import the sources
// (not the fuzzers' bundle), so the patched class is the one the interpreter uses.
import { afterEach, describe, expect, it } from 'vitest';
import { Heap } from '@pyarena/memory';
import { runSource } from 'pyarena';
import { runSession } from '../../apps/cli/src/session';
import { captureIO } from '@pyarena/vm';

const HINT = 'This is a bug in pyarena, not in your program; please report it with the program that triggered it.\n';
const BUG = "Cannot read properties of undefined (reading 'gcRefs')";

const original = Heap.prototype.collect;
function breakCollector(): void {
  Heap.prototype.collect = function broken(this: Heap) {
    Heap.prototype.collect = original; // once: only the program's own gc.collect() fails
    const header = undefined as unknown as { gcRefs: number };
    return header.gcRefs; // throws the TypeError of a real bug
  };
}
afterEach(() => {
  Heap.prototype.collect = original;
});

const PROGRAM = `print('before')
import gc
def work():
    return gc.collect()
work()
print('not reached')
`;

describe('internal errors', () => {
  for (const gc of ['generational', 'refcount', 'pymalloc'] as const) {
    it(`are one line with the file, the Python line and the error, then the hint, status 70 [${gc}]`, () => {
      breakCollector();
      const r = runSource(PROGRAM, { filename: 'prog.py', gc });
      expect(r).toEqual({
        stdout: 'before\n',
        stderr: `pyarena: internal error while running prog.py, at line 4: ${BUG}\n${HINT}`,
        exitCode: 70,
      });
    });
  }

  it('at module level, the module line is named', () => {
    breakCollector();
    const r = runSource('import gc\nx = 1\ngc.collect()\n', { filename: 'top.py' });
    expect(r.stderr).toBe(`pyarena: internal error while running top.py, at line 3: ${BUG}\n${HINT}`);
  });

  it('show the JavaScript stack only with --debug', () => {
    for (const debug of [false, true]) {
      breakCollector();
      const io = captureIO('');
      const session = runSession(PROGRAM, { filename: 'prog.py', debug }, io);
      const stderr = io.err.join('');
      expect(session.exitCode).toBe(70);
      expect(stderr.startsWith(`pyarena: internal error while running prog.py, at line 4: ${BUG}\n${HINT}`)).toBe(true);
      // A JS stack names the functions it passed through ("    at broken (...)").
      expect(/\n {4}at .*broken/.test(stderr), `debug ${debug}:\n${stderr}`).toBe(debug);
    }
  });

  it('leave the interpreter usable: the next run is normal', () => {
    breakCollector();
    runSource(PROGRAM, { filename: 'prog.py' });
    expect(runSource('import gc\nprint(gc.collect() >= 0)\n', { filename: 'ok.py' })).toEqual({ stdout: 'True\n', stderr: '', exitCode: 0 });
  });
});
