// `--stats-json FILE` and `pyarena bench` (docs/cli.md): the record's fields and the tables, on a
// small program that makes cyclic garbage. Nothing here depends on how long anything takes.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it, vi } from 'vitest';

vi.setConfig({ testTimeout: 60_000 });

const root = resolve(__dirname, '../../..');
const launcher = join(root, 'pyarena');
const dir = mkdtempSync(join(tmpdir(), 'pyarena-bench-'));

function pyarena(...args: string[]) {
  const r = spawnSync(process.execPath, [launcher, ...args], { encoding: 'utf8', cwd: root, timeout: 120_000 });
  return { stdout: r.stdout, stderr: r.stderr, status: r.status };
}

const program = join(dir, 'pairs.py');
writeFileSync(
  program,
  '# cycles: many\nclass N:\n    pass\nfor i in range(5000):\n    a = N(); b = N(); a.b = b; b.a = a\nprint("done")\n',
);

describe('--stats-json', () => {
  it('writes the run, its collections, the peak heap and the peak RSS', () => {
    const out = join(dir, 'stats.json');
    const r = pyarena('--stats-json', out, program);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('done\n');
    expect(r.stderr).toBe('');
    const s = JSON.parse(readFileSync(out, 'utf8'));
    expect(s.target).toBe('generational');
    expect(s.exitCode).toBe(0);
    expect(s.endMs).toBeGreaterThan(s.startMs);
    expect(s.collections.length).toBeGreaterThan(0);
    for (const [start, duration, generation, collected] of s.collections) {
      expect(start).toBeGreaterThanOrEqual(s.startMs);
      expect(duration).toBeGreaterThanOrEqual(0);
      expect([0, 1, 2]).toContain(generation);
      expect(collected).toBeGreaterThanOrEqual(0);
    }
    expect(s.collections.reduce((n: number, c: number[]) => n + c[3]!, 0)).toBeGreaterThan(0);
    expect(s.peakHeapBytes).toBe(s.heap.peakBytes);
    expect(s.maxRssKiB).toBeGreaterThan(1024);
    expect(typeof s.hostGcMs).toBe('number');
  });

  it('lists no collections under refcount, and works beside --stats', () => {
    const out = join(dir, 'stats-refcount.json');
    const r = pyarena('--gc', 'refcount', '--stats', '--stats-json', out, program);
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/pyarena stats: refcount backend/);
    const s = JSON.parse(readFileSync(out, 'utf8'));
    expect(s.target).toBe('refcount');
    expect(s.collections).toEqual([]);
  });
});

describe('pyarena bench', () => {
  it('prints the time and pause tables for each backend asked for', () => {
    const json = join(dir, 'bench.json');
    const r = pyarena('bench', program, '--gc', 'refcount,generational', '--no-cpython', '--iterations', '1', '--warmup', '0', '--json', json);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^pairs\.py \(cycles: many\): 1 measured run per target/);
    expect(r.stdout).toMatch(/│ refcount\s+│/);
    expect(r.stdout).toMatch(/│ generational\s+│/);
    expect(r.stdout).toMatch(/MMU 10 ms/);
    expect(r.stdout).not.toMatch(/pymalloc|cpython/);
    expect(r.stderr).toMatch(/pairs\s+generational\s+run 1\/1/);
    const results = JSON.parse(readFileSync(json, 'utf8'));
    const [p] = results.programs;
    expect(p.cycles).toBe('many');
    const byTarget = Object.fromEntries(p.targets.map((t: { target: string }) => [t.target, t]));
    expect(byTarget.refcount.status).toBe('ok');
    expect(byTarget.refcount.pauses.count).toBe(0);
    expect(byTarget.generational.pauses.count).toBeGreaterThan(0);
    expect(byTarget.generational.collectedPerRun).toBeGreaterThan(0);
    expect(byTarget.refcount.peakHeapBytes).toBeGreaterThan(byTarget.generational.peakHeapBytes);
  });

  it('fails a run whose output differs from NAME.expected', () => {
    const wrong = join(dir, 'wrong.py');
    writeFileSync(wrong, 'print("actual")\n');
    writeFileSync(join(dir, 'wrong.expected'), 'expected\n');
    const r = pyarena('bench', wrong, '--gc', 'refcount', '--no-cpython', '--iterations', '1', '--warmup', '0', '--quiet');
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/FAILED: wrong output/);
  });

  it('rejects an unknown backend as a usage error', () => {
    const r = pyarena('bench', program, '--gc', 'copying');
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/expected 'all' or a comma-separated list/);
  });
});
