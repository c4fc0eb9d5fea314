// The suite's results file (benchmarks/results/latest.json) and the summaries drawn from it.

import { geometricMean, geometricMeanRatio, ratioToCPython, type ProgramResult, type Target } from 'pyarena/bench';
import type { MachineInfo } from './machine';

export interface SuiteResults {
  schema: 1;
  /** ISO time the run started. */
  date: string;
  /** The command that produced this file. */
  command: string;
  machine: MachineInfo;
  options: { iterations: number; warmup: number; targets: Target[]; programs: string[]; timeoutS: number };
  /** Wall time of the whole suite, seconds. */
  durationS: number;
  programs: ProgramResult[];
}

export const BACKEND_TARGETS = ['pymalloc', 'refcount', 'generational', 'incremental', 'marksweep'] as const;
/** The targets whose pauses the report and charts show side by side. */
export const PAUSE_TARGETS: Target[] = ['cpython', 'generational', 'incremental', 'marksweep'];

/** Geometric mean of the ratio to CPython, per backend, over wall time and in-process run time. */
export function ratioSummary(r: SuiteResults): { target: Target; wall: number; run: number; programs: number }[] {
  return BACKEND_TARGETS.filter((t) => r.options.targets.includes(t)).map((target) => ({
    target,
    wall: geometricMeanRatio(r.programs, target, 'wall'),
    run: geometricMeanRatio(r.programs, target, 'run'),
    programs: r.programs.filter((p) => Number.isFinite(ratioToCPython(p, target))).length,
  }));
}

/** Programs tagged `# cycles: none`. */
export function cycleFree(r: SuiteResults): ProgramResult[] {
  return r.programs.filter((p) => p.cycles === 'none');
}

/** Median wall time of `target` on `p`, or NaN when it failed or did not run. */
export function wall(p: ProgramResult, target: Target): number {
  const t = p.targets.find((x) => x.target === target);
  return t === undefined || t.status !== 'ok' ? NaN : t.wallMs.median;
}

/**
 * The cycle-free comparison: each backend's wall time relative to `base`, geometric mean over the
 * cycle-free programs (on them every backend does the same work, and only the bookkeeping differs).
 */
export function relativeTo(programs: ProgramResult[], target: Target, base: Target): number {
  return geometricMean(programs.map((p) => wall(p, target) / wall(p, base)));
}
