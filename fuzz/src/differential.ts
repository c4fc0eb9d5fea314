// Differential runs: generated snippets (grammar.ts) under CPython and under each pyarena backend.
// Many snippets go into one program (batchProgram), so CPython starts once per batch and pyarena
// parses once per batch: the code is compiled once and each backend loads it from marshal text, as
// the command line's code cache does. A snippet agrees when its stdout, including the `!! Type`
// line of an exception that escaped it, is the same as CPython's. Exception messages (`!!m`) are
// compared too, but only reported: some differ on purpose (docs/deviations.md).
import fc from 'fast-check';
import type { Engine, RunResult } from './engine';
import { batchProgram, EXC_MESSAGE, snippet, splitOutputs } from './grammar';
import { judge } from './outcome';
import { runPython, type Python } from './oracle';

export interface Mode {
  label: string;
  gc: 'generational' | 'refcount' | 'pymalloc' | 'incremental' | 'marksweep';
  verifyHeap?: boolean;
  gcTorture?: boolean;
}

/** Every backend; the refcount run also recomputes every reference count at exit (--verify-heap). */
export const DIFF_MODES: Mode[] = [
  { label: 'generational', gc: 'generational' },
  { label: 'refcount+verify-heap', gc: 'refcount', verifyHeap: true },
  { label: 'pymalloc', gc: 'pymalloc' },
  { label: 'incremental', gc: 'incremental' },
  { label: 'marksweep+verify-heap', gc: 'marksweep', verifyHeap: true },
];

const SNIPPET = snippet();

/** The snippet fast-check generates first for `seed` (the same value fc.assert starts from). */
export function snippetFor(seed: number): string {
  return fc.sample(SNIPPET, { seed, numRuns: 1 })[0]!;
}

/** One disagreement: what CPython printed and what a mode printed, for one snippet. */
export interface Disagreement {
  index: number;
  mode: string;
  expected: string;
  actual: string;
}

export interface BatchReport {
  /** Snippets whose output differs from CPython's (messages aside). */
  disagreements: Disagreement[];
  /** Runs that were not a Python-level outcome (internal error, heap verification, crash). */
  failures: { mode: string; why: string }[];
  /** Exception messages that differ, snippet output otherwise equal. */
  messageDiffs: Disagreement[];
  pythonMs: number;
  pyarenaMs: number;
}

const stripMessages = (out: string | null): string | null =>
  out === null ? null : out.split('\n').filter((l) => !l.startsWith(`${EXC_MESSAGE} `)).join('\n');

/** Runs one batch under CPython and every mode. Throws when CPython rejects it (a grammar bug). */
export function runBatch(engine: Engine, python: Python, snippets: string[], modes: Mode[] = DIFF_MODES): BatchReport {
  const source = batchProgram(snippets);
  const py = runPython(python, source);
  if (py.exitCode !== 0 || py.timedOut) {
    throw new Error(`CPython did not run the generated batch (exit ${py.exitCode}${py.timedOut ? ', timed out' : ''}): ${py.stderr.slice(-1500)}`);
  }
  const expected = splitOutputs(py.stdout, snippets.length);
  const report: BatchReport = { disagreements: [], failures: [], messageDiffs: [], pythonMs: py.ms, pyarenaMs: 0 };
  const start = performance.now();
  let marshalled: string | null = null;
  try {
    marshalled = engine.dumpCode(engine.compileSource(source, 'batch.py'));
  } catch {
    marshalled = null; // pyarena rejects what CPython ran: runSource reports it, and every snippet disagrees
  }
  for (const mode of modes) {
    let run: RunResult;
    try {
      run = engine.runSource(source, {
        filename: 'batch.py',
        gc: mode.gc,
        verifyHeap: mode.verifyHeap ?? false,
        gcTorture: mode.gcTorture ?? false,
        timeoutMs: 60_000,
        compile: marshalled === null ? undefined : () => engine.loadCode(marshalled!),
      });
    } catch (e) {
      report.failures.push({ mode: mode.label, why: `host exception: ${(e as Error)?.stack ?? String(e)}` });
      continue;
    }
    const verdict = judge(source, run);
    if (!verdict.ok) report.failures.push({ mode: mode.label, why: verdict.why });
    else if (run.exitCode !== 0) report.failures.push({ mode: mode.label, why: `exit status ${run.exitCode}: ${run.stderr.slice(-800)}` });
    const actual = splitOutputs(run.stdout, snippets.length);
    for (let i = 0; i < snippets.length; i++) {
      const e = expected[i]!;
      const a = actual[i] ?? '(no output: the run ended before this snippet finished)\n';
      if (stripMessages(e) !== stripMessages(a)) report.disagreements.push({ index: i, mode: mode.label, expected: e, actual: a });
      else if (e !== a) report.messageDiffs.push({ index: i, mode: mode.label, expected: e, actual: a });
    }
  }
  report.pyarenaMs = performance.now() - start;
  return report;
}

/**
 * The snippets of a batch that fail alone under `mode` (a failure of the whole run, such as a heap
 * verification mismatch at exit, does not say which snippet caused it).
 */
export function culprits(engine: Engine, python: Python, snippets: string[], mode: Mode): number[] {
  const out: number[] = [];
  snippets.forEach((s, i) => {
    if (snippetFails(engine, python, s, [mode]) !== null) out.push(i);
  });
  return out;
}

/** Does this one snippet, run alone, disagree or fail under some mode? (for shrinking) */
export function snippetFails(engine: Engine, python: Python, s: string, modes: Mode[] = DIFF_MODES): string | null {
  let r: BatchReport;
  try {
    r = runBatch(engine, python, [s], modes);
  } catch {
    return null; // CPython rejects the shrunk snippet (e.g. an emptied block): not this failure
  }
  if (r.failures.length > 0) return `[${r.failures[0]!.mode}] ${r.failures[0]!.why}`;
  const d = r.disagreements[0];
  return d === undefined ? null : `[${d.mode}] CPython printed:\n${d.expected}pyarena printed:\n${d.actual}`;
}

/**
 * The smallest snippet fast-check finds that still fails, starting from the snippet of `seed`
 * (fc.assert regenerates it from the same seed, then shrinks it).
 */
export function shrinkSnippet(engine: Engine, python: Python, seed: number, modes: Mode[] = DIFF_MODES): { snippet: string; why: string } | null {
  let why = '';
  const result = fc.check(
    fc.property(SNIPPET, (s) => {
      const failed = snippetFails(engine, python, s, modes);
      if (failed !== null) why = failed;
      return failed === null;
    }),
    { seed, numRuns: 1, endOnFailure: false },
  );
  if (!result.failed || result.counterexample === null) return null;
  return { snippet: result.counterexample[0], why };
}
