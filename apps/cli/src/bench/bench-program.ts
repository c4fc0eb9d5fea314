// Benchmarks one program under several targets: tinybench drives the runs (warm-up iterations,
// then measured ones; each iteration is one OS process from measure.ts, so tinybench's latency is
// the process's wall time), and every measured run's statistics are kept and summarised here.

import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { Bench } from 'tinybench';
import { measureRun, type MeasureOptions, type RunMeasurement, type Target } from './measure';
import { geometricMean, logWindows, median, minimumMutatorUtilisation, summarizePauses, type PauseSummary } from './stats';

/** MMU window sizes of the tables, ms. */
export const MMU_WINDOWS_MS = [1, 10, 100] as const;
/** MMU window sizes of the curves (charts), ms. */
export const MMU_CURVE_WINDOWS_MS = logWindows(0.5, 5000, 4);

export interface BenchOptions extends MeasureOptions {
  targets: Target[];
  /** Measured runs per target. */
  iterations: number;
  /** Warm-up runs per target (not measured; they fill the OS page cache and the code caches). */
  warmup: number;
  /** The exact stdout every run must print; null: CPython's, when it runs first, else unchecked. */
  expected: string | null;
  onProgress?: (p: RunProgress) => void;
}

export interface RunProgress {
  program: string;
  target: Target;
  phase: 'warmup' | 'run';
  /** 1-based run number within the phase, and the phase's number of runs. */
  index: number;
  of: number;
  /** The finished run (progress is reported after each run). */
  run: RunMeasurement;
}

export interface TargetResult {
  target: Target;
  status: 'ok' | 'failed';
  error: string | null;
  runs: number;
  /** Process wall time over the measured runs (tinybench's latency statistics), ms. */
  wallMs: { median: number; mean: number; min: number; max: number; rme: number };
  /** The run as the child timed it (median), ms. */
  runMs: number;
  /** Every measured run's pauses pooled; `count` and `totalMs` are per run (means). */
  pauses: PauseSummary;
  /** The same, each pause less the time V8's own collections spent inside it. */
  pausesNet: PauseSummary;
  /** Pause time as a share of the run time (median run). */
  gcShare: number;
  /** Minimum mutator utilisation per window of MMU_WINDOWS_MS (worst over the runs). */
  mmu: (number | null)[];
  /** The same over MMU_CURVE_WINDOWS_MS, for charts. */
  mmuCurve: (number | null)[];
  /** Objects the collections found unreachable, per run (0 for a program without cycles). */
  collectedPerRun: number;
  peakHeapBytes: number | null;
  /** Median over the runs, KiB. */
  maxRssKiB: number | null;
  hostGcMs: number | null;
}

export interface ProgramResult {
  name: string;
  path: string;
  /** The `# cycles: ...` tag of the program's first line ('none' for cycle-free programs). */
  cycles: string | null;
  targets: TargetResult[];
}

/** The `# cycles: none|some|many` first-line tag of a program, or null. */
export function cyclesTag(source: string): string | null {
  const m = /^#\s*cycles:\s*(\w+)/.exec(source);
  return m === null ? null : m[1]!;
}

export async function benchProgram(path: string, options: BenchOptions): Promise<ProgramResult> {
  const name = basename(path).replace(/\.py$/, '');
  const source = readFileSync(path, 'utf8');
  let expected = options.expected;
  // CPython first: without a recorded output, its output is the one the backends must print.
  const targets = [...options.targets].sort((a, b) => (a === 'cpython' ? -1 : b === 'cpython' ? 1 : 0));

  const bench = new Bench({
    name,
    iterations: options.iterations,
    time: 0,
    warmup: options.warmup > 0,
    warmupIterations: options.warmup,
    warmupTime: 0,
    throws: false,
  });
  const runs = new Map<Target, RunMeasurement[]>();
  const failures = new Map<Target, string>();
  for (const target of targets) {
    let phase: 'warmup' | 'run' = 'warmup';
    let index = 0;
    runs.set(target, []);
    bench.add(
      target,
      async () => {
        if (failures.has(target)) throw new Error(failures.get(target)!);
        const run = await measureRun(target, path, options, expected);
        index++;
        options.onProgress?.({ program: name, target, phase, index, of: phase === 'run' ? options.iterations : options.warmup, run });
        if (!run.ok) {
          failures.set(target, run.error ?? 'failed');
          throw new Error(run.error ?? 'failed');
        }
        if (target === 'cpython' && expected === null) expected = run.stdout;
        if (phase === 'run') runs.get(target)!.push(run);
      },
      {
        beforeAll(mode) {
          phase = mode === 'run' ? 'run' : 'warmup';
          index = 0;
        },
      },
    );
  }
  await bench.run();

  const results: TargetResult[] = [];
  for (const task of bench.tasks) {
    const target = task.name as Target;
    const measured = runs.get(target)!;
    const r = task.result;
    const latency = 'latency' in r ? r.latency : undefined;
    const failed = failures.get(target) ?? (measured.length === 0 ? 'no measured run' : null);
    results.push(summarize(target, measured, failed, latency));
  }
  return { name, path, cycles: cyclesTag(source), targets: results };
}

interface Latency {
  p50?: number;
  mean: number;
  min: number;
  max: number;
  rme: number;
}

function summarize(target: Target, runs: RunMeasurement[], error: string | null, latency: Latency | undefined): TargetResult {
  const walls = runs.map((r) => r.wallMs);
  const durations = runs.flatMap((r) => r.collections.map((c) => c.durationMs));
  const pauses = summarizePauses(durations);
  const pausesNet = summarizePauses(runs.flatMap((r) => r.collections.map((c) => Math.max(0, c.durationMs - c.hostGcInsideMs))));
  const n = Math.max(1, runs.length);
  for (const s of [pauses, pausesNet]) {
    s.count /= n;
    s.totalMs /= n;
  }
  const worst = (windows: readonly number[]): (number | null)[] => {
    const perRun = runs.map((r) => minimumMutatorUtilisation(r.collections, r.runStartMs, r.runEndMs, windows));
    return windows.map((_, i) => {
      const values = perRun.map((v) => v[i] ?? null);
      return values.length === 0 || values.some((v) => v === null) ? null : Math.min(...(values as number[]));
    });
  };
  const mid = (xs: (number | null)[]) => {
    const ok = xs.filter((x): x is number => x !== null);
    return ok.length === 0 ? null : median(ok);
  };
  const runMs = runs.length === 0 ? NaN : median(runs.map((r) => r.runEndMs - r.runStartMs));
  return {
    target,
    status: error === null ? 'ok' : 'failed',
    error,
    runs: runs.length,
    wallMs: {
      median: latency?.p50 ?? (walls.length > 0 ? median(walls) : NaN),
      mean: latency?.mean ?? NaN,
      min: latency?.min ?? NaN,
      max: latency?.max ?? NaN,
      rme: latency?.rme ?? NaN,
    },
    runMs,
    pauses,
    pausesNet,
    gcShare: runs.length === 0 ? 0 : median(runs.map((r) => r.collections.reduce((s, c) => s + c.durationMs, 0) / Math.max(1e-9, r.runEndMs - r.runStartMs))),
    mmu: worst(MMU_WINDOWS_MS),
    mmuCurve: worst(MMU_CURVE_WINDOWS_MS),
    collectedPerRun: runs.reduce((s, r) => s + r.collections.reduce((t, c) => t + c.collected, 0), 0) / n,
    peakHeapBytes: runs.length === 0 || runs[0]!.peakHeapBytes === null ? null : Math.max(...runs.map((r) => r.peakHeapBytes ?? 0)),
    maxRssKiB: mid(runs.map((r) => r.maxRssKiB)),
    hostGcMs: mid(runs.map((r) => r.hostGcMs)),
  };
}

/** Wall-time ratio of a target to CPython (how many times slower); NaN if either failed. */
export function ratioToCPython(program: ProgramResult, target: Target, key: 'wall' | 'run' = 'wall'): number {
  const t = program.targets.find((x) => x.target === target);
  const c = program.targets.find((x) => x.target === 'cpython');
  if (t === undefined || c === undefined || t.status !== 'ok' || c.status !== 'ok') return NaN;
  return key === 'wall' ? t.wallMs.median / c.wallMs.median : t.runMs / c.runMs;
}

/** The geometric mean of ratioToCPython over programs (those where both ran). */
export function geometricMeanRatio(programs: ProgramResult[], target: Target, key: 'wall' | 'run' = 'wall'): number {
  return geometricMean(programs.map((p) => ratioToCPython(p, target, key)));
}
