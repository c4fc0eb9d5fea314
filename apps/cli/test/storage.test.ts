// Storage blocks (list items, dict keys, set tables, big strs) count toward --max-heap in the
// built CLI: a program that grows a container ends with a Python MemoryError it can catch, and
// huge requests fail before the host builds them (never a crash of the process).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(__dirname, '../../..');
const launcher = join(root, 'pyarena');

function pyarena(...args: string[]) {
  const r = spawnSync(process.execPath, [launcher, ...args], { encoding: 'utf8', cwd: root });
  return { stdout: r.stdout, stderr: r.stderr, status: r.status };
}

const GROW = `
def fill(add):
    c = []
    try:
        while True:
            add(c)
    except MemoryError:
        n = len(c)
    c = None
    return n
n = fill(lambda c: c.append(len(c)))
print('ints', 1_500_000 < n < 2_100_000)
print('floats', fill(lambda c: c.append(len(c) * 0.5)) > 100_000)
d = {}
try:
    while True:
        d[len(d)] = None
except MemoryError:
    print('dict', len(d) > 100_000)
d = None
s = set()
try:
    while True:
        s.add(len(s))
except MemoryError:
    print('set', len(s) > 100_000)
s = None
try:
    x = 'x' * 20_000_000
except MemoryError:
    print('str')
print('done')
`;

describe.runIf(existsSync(join(root, 'apps/cli/dist/pyarena.mjs')))('storage and --max-heap', () => {
  for (const gc of ['refcount', 'generational']) {
    it(`--max-heap 16M: growing a list, a dict and a set ends in a catchable MemoryError (${gc})`, () => {
      const r = pyarena('--gc', gc, '--max-heap', '16M', '--verify-heap', '-c', GROW);
      expect(r).toEqual({ stdout: 'ints True\nfloats True\ndict True\nset True\nstr\ndone\n', stderr: '', status: 0 });
    }, 60_000);
  }

  it('an uncaught MemoryError from a growing list ends the program with a traceback', () => {
    const r = pyarena('--max-heap', '16M', '-c', 'l = []\nwhile True:\n    l.append(0)');
    expect(r.status).toBe(1);
    expect(r.stderr).toBe('Traceback (most recent call last):\n  File "<string>", line 3, in <module>\nMemoryError\n');
  });

  it('huge requests are a MemoryError with no limit set, and the process survives', () => {
    const r = pyarena('-c', `
for f in (lambda: [0] * 10**10, lambda: 'x' * 10**12, lambda: [0] * 2**27, lambda: 'x' * 10**9,
          lambda: list(range(10**10)), lambda: bytes(10**12)):
    try:
        f()
    except MemoryError:
        print('MemoryError')
print(len([0] * 10**6))
`);
    expect(r).toEqual({ stdout: 'MemoryError\n'.repeat(6) + '1000000\n', stderr: '', status: 0 });
  });
});
