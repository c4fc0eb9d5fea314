// Generated programs (grammar.ts) under every backend, compared with CPython 3.11: stdout of each
// snippet, with the type of an exception that escaped it. Many snippets run as one program
// (differential.ts), so CPython starts once per batch. A disagreeing snippet is shrunk by
// fast-check from its seed before the test fails, so the report is small enough to read and to
// keep as a regression test (regressions.test.ts). Skipped without python3.
import { beforeAll, describe, expect, it } from 'vitest';
import { count, report, seedFor } from '../src/config';
import { DIFF_MODES, culprits, runBatch, shrinkSnippet, snippetFor, type Disagreement } from '../src/differential';
import { loadEngine, type Engine } from '../src/engine';
import { findPython } from '../src/oracle';

const python = findPython();
const PROGRAMS = count(1000);
const BATCH = 50;

let engine: Engine;
beforeAll(async () => {
  engine = await loadEngine();
});

describe.skipIf(python === null)('differential: generated programs vs CPython', () => {
  it(`${PROGRAMS} generated programs print what CPython prints, under ${DIFF_MODES.map((m) => m.label).join(', ')}`, () => {
    const base = seedFor(4);
    const start = performance.now();
    const failing = new Set<number>();
    const reasons: string[] = [];
    const messages: Disagreement[] = [];
    let pythonMs = 0;
    let pyarenaMs = 0;
    for (let i = 0; i < PROGRAMS; i += BATCH) {
      const seeds = Array.from({ length: Math.min(BATCH, PROGRAMS - i) }, (_, k) => base + i + k);
      const snippets = seeds.map(snippetFor);
      const r = runBatch(engine, python!, snippets);
      pythonMs += r.pythonMs;
      pyarenaMs += r.pyarenaMs;
      messages.push(...r.messageDiffs);
      for (const d of r.disagreements) failing.add(seeds[d.index]!);
      for (const f of r.failures) {
        reasons.push(`[${f.mode}] ${f.why.slice(0, 500)}`);
        const mode = DIFF_MODES.find((m) => m.label === f.mode)!;
        for (const k of culprits(engine, python!, snippets, mode)) failing.add(seeds[k]!);
      }
      if (failing.size >= 3) break; // enough to report; shrinking each one takes a while
    }
    const distinct = new Set(messages.map((m) => `${m.expected.trim()} | ${m.actual.trim()}`));
    report('generated programs', PROGRAMS, performance.now() - start,
      `CPython ${(pythonMs / 1000).toFixed(1)} s, pyarena ${(pyarenaMs / 1000).toFixed(1)} s for ${DIFF_MODES.length} modes; ` +
      `exception messages differing (not failures): ${messages.length}`);
    for (const d of [...distinct].slice(0, 8)) console.info(`fuzz:   message differs: ${d.replace(/\n/g, ' / ')}`);
    const shrunk = [...failing].slice(0, 3).map((seed) => {
      const s = shrinkSnippet(engine, python!, seed);
      return s === null
        ? `seed ${seed}: fails in its batch only:\n${snippetFor(seed)}\n${reasons.join('\n')}`
        : `seed ${seed}, shrunk:\n${s.snippet}\n${s.why}`;
    });
    expect(shrunk, `snippets that disagree with CPython (FUZZ_SEED=${process.env.FUZZ_SEED ?? 'default'})`).toEqual([]);
  });
});
