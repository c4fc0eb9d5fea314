// The observability and limit flags: --stats, --gc-trace, --trace-json, --gc-threshold,
// --max-heap, --timeout, --recursion-limit, --verify-heap, --gc-torture (docs/cli.md).
// Collections are driven by allocating many container objects, not by gc.collect().
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { runSource } from '../src/index';
import { formatBytes, parseRecursionLimit, parseSize, parseThresholds, parseTimeout } from '../src/options';

// Each test spawns a few processes; leave room for a busy two-core machine.
vi.setConfig({ testTimeout: 30_000 });

const root = resolve(__dirname, '../../..');
const launcher = join(root, 'pyarena');
const dir = mkdtempSync(join(tmpdir(), 'pyarena-obs-'));

function pyarena(...args: string[]) {
  const r = spawnSync(process.execPath, [launcher, ...args], { encoding: 'utf8', cwd: root, timeout: 60_000 });
  return { stdout: r.stdout, stderr: r.stderr, status: r.status };
}

function program(name: string, source: string): string {
  const file = join(dir, name);
  writeFileSync(file, source);
  return file;
}

/** 10,000 self-referencing lists: each becomes cyclic garbage when `a` is rebound. */
const CYCLES = program('cycles.py', 'xs = []\nfor i in range(10000):\n    a = [i]\n    a.append(a)\n    xs.append([i])\nprint(len(xs))\n');
/** 10,000 lists kept alive: collections happen, nothing is garbage. */
const LISTS = program('lists.py', 'xs = []\nfor i in range(10000):\n    xs.append([i])\nprint(len(xs))\n');
/** Objects appended forever: only --max-heap ends it. */
const GROW = program('grow.py', 'class Node:\n    def __init__(self, i):\n        self.i = i\nxs = []\nwhile True:\n    xs.append(Node(len(xs)))\n');
/** The same, caught: every name is bound before the heap fills (a new global would need room). */
const GROW_CAUGHT = program(
  'grow_caught.py',
  'class Node:\n    def __init__(self, i):\n        self.i = i\nxs = []\nn = 0\ntry:\n    while True:\n        xs.append(Node(n))\n        n += 1\n' +
    'except MemoryError:\n    xs = None\n    print("caught MemoryError after", n > 1000)\nprint("done")\n',
);

const TRACE_LINE =
  /^gc: gen=(\d) examined=(\d+) collected=(\d+) uncollectable=(\d+) pause=(\d+\.\d{3})ms heap=(\d+B|\d+\.\dKiB|\d+\.\dMiB|\d+\.\dGiB)->(\d+B|\d+\.\dKiB|\d+\.\dMiB|\d+\.\dGiB)$/;

interface TraceLine {
  gen: number;
  examined: number;
  collected: number;
  uncollectable: number;
  pauseMs: number;
}

function traceLines(stderr: string): TraceLine[] {
  return stderr
    .split('\n')
    .filter((l) => l.startsWith('gc: '))
    .map((l) => {
      const m = TRACE_LINE.exec(l);
      if (m === null) throw new Error(`bad trace line: ${l}`);
      return { gen: +m[1]!, examined: +m[2]!, collected: +m[3]!, uncollectable: +m[4]!, pauseMs: +m[5]! };
    });
}

/** The collection table of --stats: generation label -> [collections, examined, collected, uncollectable]. */
function statsRows(stderr: string): Map<string, number[]> {
  const rows = new Map<string, number[]>();
  for (const m of stderr.matchAll(/^│ (0|1|2|all)\s+│([^\n]*)│$/gm)) {
    const cells = m[2]!.split('│').map((c) => c.trim());
    rows.set(m[1]!, cells.slice(0, 4).map((c) => Number(c.replace(/,/g, ''))));
  }
  return rows;
}

function statsValue(stderr: string, label: string): string {
  const m = new RegExp(`^│ ${label}\\s+│\\s+(.*?)\\s+│$`, 'm').exec(stderr);
  if (m === null) throw new Error(`no '${label}' row in:\n${stderr}`);
  return m[1]!;
}

const num = (s: string) => Number(s.replace(/,/g, '').split(' ')[0]);

describe('flag value parsers', () => {
  it('parses sizes with binary units', () => {
    expect(parseSize('65536')).toBe(65536);
    expect(parseSize('512K')).toBe(512 * 1024);
    expect(parseSize('64M')).toBe(64 * 2 ** 20);
    expect(parseSize('1G')).toBe(2 ** 30);
    expect(parseSize('1.5g')).toBe(1.5 * 2 ** 30);
    expect(parseSize('64MiB')).toBe(64 * 2 ** 20);
    expect(parseSize('64MB')).toBe(64 * 2 ** 20);
    expect(parseSize('100B')).toBe(100);
    for (const bad of ['', 'abc', '64X', '-1', '0', '0K', '1e3', 'M']) expect(() => parseSize(bad)).toThrow();
  });

  it('parses thresholds like gc.set_threshold', () => {
    expect(parseThresholds('700,10,10')).toEqual([700, 10, 10]);
    expect(parseThresholds('100')).toEqual([100, 10, 10]);
    expect(parseThresholds('100, 5')).toEqual([100, 5, 10]);
    expect(parseThresholds('0')).toEqual([0, 10, 10]);
    for (const bad of ['', 'a', '1,2,3,4', '-1', '1.5', '1,,2', '99999999999']) expect(() => parseThresholds(bad)).toThrow();
  });

  it('parses recursion limits and timeouts', () => {
    expect(parseRecursionLimit('50')).toBe(50);
    for (const bad of ['0', '-3', 'x', '1.5', '']) expect(() => parseRecursionLimit(bad)).toThrow();
    expect(parseTimeout('2')).toBe(2000);
    expect(parseTimeout('0.5')).toBe(500);
    expect(parseTimeout('.25')).toBe(250);
    for (const bad of ['0', '-1', 'abc', '', '1e3', '99999999']) expect(() => parseTimeout(bad)).toThrow();
  });

  it('formats sizes for the trace line', () => {
    expect(formatBytes(0)).toBe('0B');
    expect(formatBytes(1023)).toBe('1023B');
    expect(formatBytes(1536)).toBe('1.5KiB');
    expect(formatBytes(1.25 * 2 ** 20)).toBe('1.3MiB');
    expect(formatBytes(3 * 2 ** 30)).toBe('3.0GiB');
  });
});

describe('observability in-process (runSource)', () => {
  it('appends the stats summary to stderr, host GC not measured', () => {
    const r = runSource(readFileSync(LISTS, 'utf8'), { filename: 'lists.py', stats: true });
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toBe('10000\n');
    expect(r.stderr).toMatch(/^pyarena stats: generational backend, run time \d+\.\d{3} ms\n/);
    expect(r.stderr).toContain('host (V8) GC: not measured\n');
    expect(statsRows(r.stderr).get('0')![0]).toBeGreaterThanOrEqual(12);
  });

  it('traces collections through stderr', () => {
    const r = runSource(readFileSync(CYCLES, 'utf8'), { filename: 'cycles.py', gcTrace: true });
    const lines = traceLines(r.stderr);
    expect(lines.length).toBeGreaterThanOrEqual(14);
    expect(lines.reduce((n, l) => n + l.collected, 0)).toBeGreaterThanOrEqual(9000);
  });

  it('stops a runaway program with --timeout and runs the next one normally', () => {
    const t0 = performance.now();
    const r = runSource('print("start")\nwhile True:\n    pass\n', { filename: 'spin.py', timeoutMs: 300 });
    expect(performance.now() - t0).toBeLessThan(5000);
    expect(r.exitCode).toBe(124);
    expect(r.stdout).toBe('start\n');
    expect(r.stderr).toBe('pyarena: timeout: the program ran longer than its --timeout of 0.3 s; stopped in <module> (spin.py)\n');
    const after = runSource('print(sum(range(10)))\n', { filename: 'after.py' });
    expect(after).toEqual({ stdout: '45\n', stderr: '', exitCode: 0 });
  });

  it('keeps the heap consistent after a caught MemoryError (--verify-heap)', () => {
    for (const gc of ['pymalloc', 'refcount', 'generational'] as const) {
      const r = runSource(readFileSync(GROW_CAUGHT, 'utf8'), { filename: 'g.py', gc, maxHeap: 2 << 20, verifyHeap: true });
      expect(r, gc).toEqual({ stdout: 'caught MemoryError after True\ndone\n', stderr: '', exitCode: 0 });
    }
  });

  it('sets the recursion limit', () => {
    const src = 'import sys\nprint(sys.getrecursionlimit())\ndef f(n):\n    return f(n + 1)\ntry:\n    f(0)\nexcept RecursionError as e:\n    print(e)\n';
    const r = runSource(src, { filename: 'r.py', recursionLimit: 50 });
    expect(r).toEqual({ stdout: '50\nmaximum recursion depth exceeded\n', stderr: '', exitCode: 0 });
    expect(runSource('import sys\nprint(sys.getrecursionlimit())\n', { filename: 'd.py' }).stdout).toBe('1000\n');
  });
});

describe.runIf(existsSync(join(root, 'apps/cli/dist/pyarena.mjs')))('observability flags (./pyarena)', () => {
  it('--gc-trace: one line per collection in the documented format', () => {
    const r = pyarena('--gc-trace', CYCLES);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('10000\n');
    const lines = traceLines(r.stderr);
    expect(r.stderr.split('\n').filter((l) => l !== '').length).toBe(lines.length); // nothing else on stderr
    // 20,000 tracked lists at threshold 700: about 28 generation-0 collections, every 11th a gen-1 one.
    expect(lines.filter((l) => l.gen === 0).length).toBeGreaterThanOrEqual(20);
    expect(lines.filter((l) => l.gen === 1).length).toBeGreaterThanOrEqual(1);
    for (const l of lines) {
      expect(l.examined).toBeGreaterThan(0);
      expect(l.collected).toBeLessThanOrEqual(l.examined);
      expect(l.uncollectable).toBe(0);
    }
    // Every self-referencing list becomes garbage; only the last few hundred are still young at exit.
    const collected = lines.reduce((n, l) => n + l.collected, 0);
    expect(collected).toBeGreaterThanOrEqual(9000);
    expect(collected).toBeLessThanOrEqual(10000);
  });

  it('--gc-trace: nothing is collected when nothing is garbage', () => {
    const lines = traceLines(pyarena('--gc-trace', LISTS).stderr);
    expect(lines.length).toBeGreaterThanOrEqual(12);
    expect(lines.every((l) => l.collected === 0)).toBe(true);
  });

  it('--trace-json: one event per collection and per arena change, matching --gc-trace', () => {
    const out = join(dir, 'trace.jsonl');
    const r = pyarena('--gc-trace', '--trace-json', out, CYCLES);
    expect(r.status).toBe(0);
    const events = readFileSync(out, 'utf8').trimEnd().split('\n').map((l) => JSON.parse(l));
    const collections = events.filter((e) => e.type === 'collection');
    const lines = traceLines(r.stderr);
    expect(collections.length).toBe(lines.length);
    collections.forEach((e, i) => {
      expect(Object.keys(e).sort()).toEqual(
        ['backend', 'collected', 'durationMs', 'examined', 'generation', 'heapBytesAfter', 'heapBytesBefore', 'startMs', 'type', 'uncollectable'],
      );
      expect(e.backend).toBe('generational');
      expect([e.generation, e.examined, e.collected, e.uncollectable]).toEqual([lines[i]!.gen, lines[i]!.examined, lines[i]!.collected, lines[i]!.uncollectable]);
      expect(e.heapBytesAfter).toBeLessThanOrEqual(e.heapBytesBefore);
      if (i > 0) expect(e.startMs).toBeGreaterThanOrEqual(collections[i - 1].startMs);
    });
    const arenas = events.filter((e) => e.type === 'arena');
    expect(arenas[0]).toMatchObject({ type: 'arena', change: 'alloc', arena: 0, arenasInUse: 1 });
    expect(events[0].type).toBe('arena'); // the first arena comes before any collection
  });

  it('--trace-json: arena releases are recorded and replay to the counts of --stats', () => {
    const prog = program('arenas.py', 'xs = [[i] for i in range(60000)]\ndel xs\nys = [(i, i) for i in range(1000)]\nprint(len(ys))\n');
    const out = join(dir, 'arenas.jsonl');
    const r = pyarena('--stats', '--trace-json', out, prog);
    expect(r.status).toBe(0);
    const arenas = readFileSync(out, 'utf8').trimEnd().split('\n').map((l) => JSON.parse(l)).filter((e) => e.type === 'arena');
    let inUse = 0;
    for (const e of arenas) {
      inUse += e.change === 'alloc' ? 1 : -1;
      expect(e.arenasInUse).toBe(inUse);
      expect(e.address % 2 ** 20).toBe(0);
    }
    const released = arenas.filter((e) => e.change === 'release').length;
    expect(released).toBeGreaterThanOrEqual(1);
    expect(num(statsValue(r.stderr, 'arenas released'))).toBe(released);
    expect(num(statsValue(r.stderr, 'arenas in use at exit'))).toBe(inUse);
    expect(num(statsValue(r.stderr, 'arenas allocated \\(peak in use\\)'))).toBe(arenas.length - released);
  });

  it('--trace-json: an unwritable file is a clear error before the program runs', () => {
    const r = pyarena('--trace-json', join(dir, 'no/such/dir/t.jsonl'), '-c', 'print("ran")');
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`pyarena: can't open trace file '${join(dir, 'no/such/dir/t.jsonl')}': [Errno 2] No such file or directory\n`);
  });

  it('--stats: heap figures and collections per generation, consistent with the program', () => {
    const r = pyarena('--stats', CYCLES);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('10000\n');
    const s = r.stderr;
    expect(s).toMatch(/^pyarena stats: generational backend, run time \d+\.\d{3} ms\n/);
    expect(num(statsValue(s, 'allocations'))).toBeGreaterThanOrEqual(20000);
    expect(num(statsValue(s, 'frees'))).toBeGreaterThanOrEqual(9000);
    expect(statsValue(s, 'peak modelled heap')).toMatch(/^\d+\.\d(KiB|MiB) \([\d,]+ bytes\)$/);
    expect(s).toMatch(/\nblocks in use at exit per size class: \d+B [\d,]+(, \d+B [\d,]+)*\n/);
    const rows = statsRows(s);
    expect([...rows.keys()]).toEqual(['0', '1', '2', 'all']);
    const [g0, g1, g2, all] = ['0', '1', '2', 'all'].map((k) => rows.get(k)!);
    expect(g0![0]).toBeGreaterThanOrEqual(20);
    expect(g1![0]).toBeGreaterThanOrEqual(1);
    for (let c = 0; c < 4; c++) expect(all![c]).toBe(g0![c]! + g1![c]! + g2![c]!);
    expect(all![2]).toBeGreaterThanOrEqual(9000);
    // Pause columns: min <= p50 <= p99 <= max for the generations that ran.
    const pauses = /^│ all\s+│(?:[^│]*│){4}\s*([\d.]+) │\s*([\d.]+) │\s*([\d.]+) │\s*([\d.]+) │\s*([\d.]+) │$/m.exec(s)!;
    const [min, p50, p99, max, total] = pauses.slice(1).map(Number);
    expect(min).toBeLessThanOrEqual(p50!);
    expect(p50).toBeLessThanOrEqual(p99!);
    expect(p99).toBeLessThanOrEqual(max!);
    expect(max).toBeLessThanOrEqual(total!);
    expect(s).toMatch(/\nGC time: \d+\.\d{3} ms in \d+ collections \(\d+\.\d% of run time\)\n/);
    expect(s).toMatch(/\nhost \(V8\) GC: \d+ collections?, \d+\.\d{3} ms \(the JavaScript engine's own collector, not included above\)\n$/);
  });

  it('--stats: backends without a cycle collector say so', () => {
    const pym = pyarena('--gc', 'pymalloc', '--stats', LISTS);
    expect(pym.status).toBe(0);
    expect(pym.stderr).toContain('collections: none: the pymalloc backend frees nothing and has no cycle collector\n');
    expect(pym.stderr).not.toContain('generation');
    expect(num(statsValue(pym.stderr, 'frees'))).toBe(0);
    // Nothing is freed: the 10,000 lists (56 bytes) still hold their 64-byte blocks at exit.
    expect(Number(/size class: .*\b64B ([\d,]+)/.exec(pym.stderr)![1]!.replace(/,/g, ''))).toBeGreaterThanOrEqual(10000);
    const rc = pyarena('--gc', 'refcount', '--stats', CYCLES);
    expect(rc.stderr).toContain('collections: none: the refcount backend frees at refcount zero and has no cycle collector, so cycles leak\n');
    expect(rc.stderr).not.toContain('p50');
    // The 10,000 cycles leak under refcount.
    expect(num(statsValue(rc.stderr, 'live objects at exit'))).toBeGreaterThanOrEqual(10000);
  });

  it('--gc marksweep: cycles and dropped containers are freed by sweeps triggered by heap growth', () => {
    const r = pyarena('--gc', 'marksweep', '--stats', '--gc-trace', CYCLES);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('10000\n');
    expect(r.stderr).toMatch(/^pyarena stats: marksweep backend/m);
    const lines = traceLines(r.stderr);
    expect(lines.length).toBeGreaterThanOrEqual(1);
    expect(lines.every((l) => l.gen === 2)).toBe(true); // every collection is full
    // Each cycle is freed by a sweep; what the last sweep left is garbage at exit.
    const freedBySweeps = lines.reduce((n, l) => n + l.collected, 0);
    expect(freedBySweeps).toBeGreaterThanOrEqual(5000);
    expect(statsRows(r.stderr).get('2')![0]).toBe(lines.length);
    // Nothing is freed at refcount zero: frees happen only in sweeps (and shutdown).
    expect(num(statsValue(r.stderr, 'frees'))).toBeGreaterThanOrEqual(freedBySweeps);
    const small = pyarena('--gc', 'marksweep', '--stats', '-c', 'print(1)');
    expect(small.stderr).toContain('collections: none (the heap never grew past the collection trigger)\n');
  });

  it('--gc incremental: the collector works in increments no larger than its budget', () => {
    const r = pyarena('--gc', 'incremental', '--gc-trace', '--gc-threshold', '200,2', LISTS);
    expect(r.status).toBe(0);
    const lines = traceLines(r.stderr);
    expect(lines.length).toBeGreaterThanOrEqual(40);
    expect(lines.every((l) => l.gen === 1)).toBe(true); // automatic collections are increments
    // Each increment examines its young objects (200, give or take the ones freed meanwhile) plus
    // at most 400 units of old-space work.
    expect(lines.every((l) => l.examined <= 200 + 10 + 400)).toBe(true);
    const g = runSource('import gc\nprint(gc.get_threshold(), gc.isenabled())\n', { filename: 'i.py', gc: 'incremental' });
    expect(g.stdout).toBe('(150, 8, 0) True\n');
  });

  it('--stats: a run below the threshold reports no collections instead of zeros', () => {
    const r = pyarena('--stats', '-c', 'print(1)');
    expect(r.stderr).toContain('collections: none (the generation-0 threshold of 700 was never exceeded)\n');
    expect(r.stderr).not.toContain('p50');
  });

  it('--gc-threshold changes how often each generation is collected', () => {
    const base = traceLines(pyarena('--gc-trace', LISTS).stderr);
    const low = traceLines(pyarena('--gc-trace', '--gc-threshold', '100,5,5', LISTS).stderr);
    expect(low.filter((l) => l.gen === 0).length).toBeGreaterThan(5 * base.filter((l) => l.gen === 0).length);
    // Generation 1 runs once per 6 collections (the 6th: count > 5), generation 2 once per 6 of those (25% rule allowing).
    expect(low.filter((l) => l.gen === 1).length).toBeGreaterThanOrEqual(10);
    expect(low.every((l) => l.gen === 0 ? l.examined <= 101 + 10 : true)).toBe(true);
    const off = pyarena('--gc-trace', '--gc-threshold', '0', LISTS);
    expect(off.status).toBe(0);
    expect(traceLines(off.stderr)).toEqual([]);
  });

  it('--max-heap: an uncaught MemoryError ends the program with a traceback, under every backend', () => {
    for (const gc of ['pymalloc', 'refcount', 'generational']) {
      const r = pyarena('--gc', gc, '--max-heap', '1M', GROW);
      expect(r.status, gc).toBe(1);
      expect(r.stderr, gc).toMatch(/^Traceback \(most recent call last\):\n  File ".*grow\.py", line \d+, in <module>\n[\s\S]*\nMemoryError\n$/);
      const caught = pyarena('--gc', gc, '--max-heap', '1M', GROW_CAUGHT);
      expect(caught, gc).toEqual({ stdout: 'caught MemoryError after True\ndone\n', stderr: '', status: 0 });
    }
  });

  it('--max-heap: big and growing lists and dicts raise MemoryError too (their buffers are charged)', () => {
    const prog = program(
      'buffers.py',
      'try:\n    big = [0] * 10**8\nexcept MemoryError:\n    print("big list")\n' +
        'xs = []\ntry:\n    while True:\n        xs.append(0)\nexcept MemoryError:\n    xs = None\n    print("growing list")\n' +
        'd = {}\ni = 0\ntry:\n    while True:\n        d[i] = i\n        i += 1\nexcept MemoryError:\n    d = None\n    print("growing dict")\n',
    );
    for (const gc of ['pymalloc', 'refcount', 'generational']) {
      expect(pyarena('--gc', gc, '--max-heap', '2M', prog), gc).toEqual({ stdout: 'big list\ngrowing list\ngrowing dict\n', stderr: '', status: 0 });
    }
  });

  it('--max-heap: the peak modelled heap stays under the limit', () => {
    const r = pyarena('--max-heap', '2M', '--stats', GROW_CAUGHT);
    expect(r.status).toBe(0);
    const peak = Number(/\(([\d,]+) bytes\)/.exec(statsValue(r.stderr, 'peak modelled heap'))![1]!.replace(/,/g, ''));
    // At most the limit plus the MemoryError object, which is allocated past it (docs/cli.md).
    expect(peak).toBeLessThanOrEqual(2 * 2 ** 20 + 128);
    expect(peak).toBeGreaterThan(1.9 * 2 ** 20);
  });

  it('--max-heap: a limit too small to start is a clear error, not a crash', () => {
    const r = pyarena('--max-heap', '4K', '-c', 'print(1)');
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      'pyarena: MemoryError: the modelled heap limit of 4.0KiB (--max-heap) is too small for the interpreter to start\n',
    );
  });

  it('--timeout: stops a runaway loop and a long builtin with status 124', () => {
    const spin = program('spin.py', 'def spin(n):\n    while True:\n        n += 1\nprint("start", flush=True)\nspin(0)\n');
    const t0 = performance.now();
    const r = pyarena('--timeout', '0.5', spin);
    expect(performance.now() - t0).toBeLessThan(10_000);
    expect(r.status).toBe(124);
    expect(r.stdout).toBe('start\n');
    expect(r.stderr).toBe(`pyarena: timeout: the program ran longer than its --timeout of 0.5 s; stopped in spin() (${spin})\n`);
    const native = pyarena('--timeout', '0.5', '-c', 'print(sum(range(10**12)))');
    expect(native.status).toBe(124);
    expect(native.stderr).toMatch(/^pyarena: timeout: /);
    expect(pyarena('--timeout', '30', '-c', 'print("quick")')).toEqual({ stdout: 'quick\n', stderr: '', status: 0 });
  });

  it('--timeout with --stats still prints the summary', () => {
    const r = pyarena('--timeout', '0.3', '--stats', '-c', 'xs = []\nwhile True:\n    xs.append([1])\n');
    expect(r.status).toBe(124);
    expect(r.stderr).toMatch(/^pyarena: timeout: [^\n]*\npyarena stats: generational backend/);
  });

  it('--recursion-limit sets sys.getrecursionlimit()', () => {
    const r = pyarena('--recursion-limit', '5000', '-c', 'import sys\nprint(sys.getrecursionlimit())\ndef f(n):\n    return 0 if n == 0 else 1 + f(n - 1)\nprint(f(4000))\n');
    expect(r).toEqual({ stdout: '5000\n4000\n', stderr: '', status: 0 });
  });

  it('--gc-torture collects at every safepoint and changes no output', () => {
    const small = program('small.py', 'xs = []\nfor i in range(300):\n    a = [i]\n    a.append(a)\n    xs.append(a)\nprint(len(xs))\n');
    const plain = pyarena('--gc-trace', small);
    expect(plain).toEqual({ stdout: '300\n', stderr: '', status: 0 }); // 600 objects: below the threshold
    const tortured = pyarena('--gc-torture', '--gc-trace', small);
    expect(tortured.status).toBe(0);
    expect(tortured.stdout).toBe('300\n');
    // At least one collection per loop iteration (a backward jump and calls each time).
    expect(traceLines(tortured.stderr).length).toBeGreaterThanOrEqual(300);
  });

  it('--verify-heap checks the heap after the run', () => {
    const small = program('verify.py', 'xs = [[i] for i in range(100)]\nprint(len(xs))\n');
    expect(pyarena('--verify-heap', small)).toEqual({ stdout: '100\n', stderr: '', status: 0 });
  });

  it('rejects bad flag values with a usage error (status 2)', () => {
    const cases: Array<[string, string, RegExp]> = [
      ['--max-heap', 'lots', /argument 'lots' is invalid\. Expected a number of bytes, or a number with a unit K, M or G/],
      ['--max-heap', '0', /argument '0' is invalid\. The limit must be at least 1 byte/],
      ['--gc-threshold', '1,2,3,4', /argument '1,2,3,4' is invalid\. Expected one to three non-negative integers/],
      ['--gc-threshold', '-5', /argument '-5' is invalid/],
      ['--timeout', '0', /argument '0' is invalid\. The timeout must be more than 0 seconds/],
      ['--timeout', 'soon', /argument 'soon' is invalid\. Expected a positive number of seconds/],
      ['--recursion-limit', '0', /argument '0' is invalid\. The limit must be greater or equal than 1/],
      ['--recursion-limit', 'deep', /argument 'deep' is invalid\. Expected a positive integer/],
    ];
    for (const [flag, value, message] of cases) {
      const r = pyarena(flag, value, '-c', 'print("ran")');
      expect(r.status, `${flag} ${value}`).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(message);
    }
  });

  it('lists every flag in --help', () => {
    const r = pyarena('--help');
    expect(r.status).toBe(0);
    for (const flag of ['--stats', '--gc-trace', '--trace-json', '--gc-threshold', '--max-heap', '--timeout', '--recursion-limit', '--verify-heap', '--gc-torture', 'docs/cli.md']) {
      expect(r.stdout).toContain(flag);
    }
  });
});
