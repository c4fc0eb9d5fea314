// Mutated real programs: windows of the conformance corpus with random edits (mutate.ts), run in
// process under a rotating backend, with --verify-heap on two of the four modes. Each run must be
// a Python-level outcome (outcome.ts). A run stopped by its time limit counts as a hang of pyarena
// only if CPython finishes the same program and pyarena still does not with a much longer limit
// (an edit can make a real infinite loop: `i += 1` deleted from a while loop).
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { count, report, seedFor } from '../src/config';
import { loadEngine, type Engine } from '../src/engine';
import { mutatedProgram, type MutatedProgram } from '../src/mutate';
import { findPython, runPython } from '../src/oracle';
import { judge } from '../src/outcome';

let engine: Engine;
beforeAll(async () => {
  engine = await loadEngine();
});

const MUTATED = count(2500);
const MODES = [
  { label: 'generational', gc: 'generational', verifyHeap: false },
  { label: 'refcount+verify-heap', gc: 'refcount', verifyHeap: true },
  { label: 'pymalloc', gc: 'pymalloc', verifyHeap: false },
  { label: 'generational+verify-heap', gc: 'generational', verifyHeap: true },
] as const;

/** Corpus programs run in well under 100 ms bundled; a run past this (a loaded machine) is looked at again. */
const QUICK_LIMIT_MS = 1_000;
const LONG_LIMIT_MS = 20_000;

interface Tally {
  kinds: Map<string, number>;
  loops: number;
}

function run(p: MutatedProgram, mode: (typeof MODES)[number], timeoutMs: number) {
  return engine.runSource(p.source, {
    filename: 'fuzz.py',
    gc: mode.gc,
    verifyHeap: mode.verifyHeap,
    timeoutMs,
    maxHeap: 64 << 20,
    stdin: '',
  });
}

function check(p: MutatedProgram, modeIndex: number, tally: Tally): void {
  const mode = MODES[modeIndex]!;
  const r = run(p, mode, QUICK_LIMIT_MS);
  const v = judge(p.source, r);
  if (!v.ok) throw new Error(`[${mode.label}] ${v.why}`);
  if (v.kind === 'timeout') {
    const python = findPython();
    const py = python === null ? null : runPython(python, p.source, 3_000);
    if (py === null || py.timedOut) {
      tally.loops++; // CPython does not finish it either: a real endless loop (or no CPython to ask)
      return;
    }
    const again = run(p, mode, LONG_LIMIT_MS);
    const v2 = judge(p.source, again);
    if (!v2.ok) throw new Error(`[${mode.label}] ${v2.why}`);
    if (v2.kind === 'timeout') {
      throw new Error(`[${mode.label}] hang: CPython ends in ${py.ms.toFixed(0)} ms, pyarena runs past ${LONG_LIMIT_MS} ms`);
    }
    tally.kinds.set('slow but finished', (tally.kinds.get('slow but finished') ?? 0) + 1);
    return;
  }
  tally.kinds.set(v.kind, (tally.kinds.get(v.kind) ?? 0) + 1);
}

describe('mutated corpus programs', () => {
  it(`${MUTATED} mutated programs end in a Python-level outcome under every backend`, () => {
    const tally: Tally = { kinds: new Map(), loops: 0 };
    const start = performance.now();
    fc.assert(
      fc.property(mutatedProgram(), fc.nat(MODES.length - 1), (p, mode) => check(p, mode, tally)),
      {
        numRuns: MUTATED,
        seed: seedFor(3),
        // The failing program, with its seed file and edits, so it can become a regression test.
        reporter: (out) => {
          if (out.failed) {
            const [p, mode] = out.counterexample!;
            const error = out.errorInstance instanceof Error ? out.errorInstance.message : String(out.errorInstance);
            throw new Error(`${error}\n--- ${p.seed} from line ${p.first}, mode ${MODES[mode]!.label}, edits ${JSON.stringify(p.mutations)}:\n${p.source}`);
          }
        },
      },
    );
    const kinds = [...tally.kinds].map(([k, n]) => `${k} ${n}`).join(', ');
    report('mutated corpus programs', MUTATED, performance.now() - start, `${kinds}, endless loops (CPython agrees) ${tally.loops}`);
    expect(tally.kinds.get('exit')).toBeGreaterThan(0);
    expect(tally.kinds.get('exception')).toBeGreaterThan(0);
  });
});
