// The conformance corpus under every backend: each case's output must equal what CPython 3.11
// printed (the golden file beside it). One test per (case, mode), named `area/name [mode]`.
//   stdout: exact; exit code: exact;
//   stderr: the last non-empty line (errors/ and all others), the whole text (syntax/).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as pyarena from 'pyarena';
import {
  MEMORY_AREAS, caseBackends, isPlainUtf8, lastNonEmptyLine, listCases, normalisePaths, readGolden, readGoldenFor, tortureOff,
} from './lib/cases.mjs';
import { MODES, cliBuilt, modeFlags, runCli, type Mode, type Run } from './lib/modes';

interface RunOptions {
  filename: string;
  gc?: Mode['gc'];
  verifyHeap?: boolean;
  gcTorture?: boolean;
  argv?: string[];
  stdin?: string;
}
type RunSource = (source: string, options: RunOptions) => Run;

const runSource = (pyarena as unknown as { runSource?: RunSource }).runSource;

function runInProcess(source: string, file: string, mode: Mode): Run {
  if (typeof runSource !== 'function') {
    throw new Error("the workspace package 'pyarena' does not export runSource(source, options) yet");
  }
  return runSource(source, {
    filename: file,
    gc: mode.gc,
    verifyHeap: mode.verifyHeap ?? false,
    gcTorture: mode.gcTorture ?? false,
    argv: [file],
    stdin: '',
  });
}

/**
 * Cases pyarena does not pass yet, each with the reason (known-failures.txt). They run as
 * `it.fails`: the suite stays green while they fail, and turns red the moment one passes, so the
 * list can only shrink. Nothing is skipped silently. `area/name[gc,gc]` limits the entry to the
 * modes of those backends (memory cases often fail under one backend and pass under another).
 */
const knownFailures = new Map<string, { reason: string; backends: string[] | null }>();
for (const line of readFileSync(new URL('./known-failures.txt', import.meta.url), 'utf8').split('\n')) {
  const m = /^([\w/.-]+)(?:\[([\w,]+)\])?\s+(.*)$/.exec(line.trim());
  if (m && !line.trim().startsWith('#')) knownFailures.set(m[1]!, { reason: m[3]!, backends: m[2] ? m[2].split(',') : null });
}
const knownFailure = (id: string, mode: Mode): string | undefined => {
  const k = knownFailures.get(id);
  return k !== undefined && (k.backends === null || k.backends.includes(mode.gc)) ? k.reason : undefined;
};

/**
 * Cases whose goldens hold for ordinary runs of a backend but not under --gc-torture, which then
 * runs them with --verify-heap only: under marksweep, when __del__ and weakref callbacks run in the
 * memory cases depends on when collections happen; under incremental, the order of __del__ at exit
 * follows the collector's lists, which torture's extra increments reorder.
 */
const tortureChangesOutput = (c: { area: string }, m: Mode): boolean =>
  (MEMORY_AREAS.has(c.area) && m.gc === 'marksweep') || (c.area === 'shutdown' && m.gc === 'incremental');

/**
 * Under --gc-torture a tracing backend marks the whole heap at every safepoint: a loop over a
 * 20,000-item list (algorithms/sieve) takes 15 s alone under marksweep, over a minute on a busy CI.
 * --verify-heap alone recounts the whole heap after every collection: limits/deep_nesting (60,000
 * nested containers) takes 7 s (generational) and 32 s (incremental, whose threshold of 150 means
 * more collections) on an idle two-core machine, several times that on a busy one.
 */
const TORTURE_TIMEOUT_MS = 180_000;

for (const c of listCases(process.env.CONFORMANCE_FILTER)) {
  const golden = readGolden(c);
  const bytes = readFileSync(c.path);
  // A BOM or bytes that are not UTF-8 cannot reach runSource faithfully as a JS string: decoding
  // a file is the CLI's job, so those cases run through the CLI instead.
  const viaCli = !isPlainUtf8(bytes);
  const source = viaCli ? '' : bytes.toString('utf8');
  const backends = caseBackends(source);
  const noTorture = tortureOff(source);
  const modes = MODES.filter((m) => backends === null || backends.includes(m.gc))
    .map((m) => ((noTorture || tortureChangesOutput(c, m)) && m.gcTorture ? { ...m, label: `${m.gc}+verify-heap (gc-torture: off)`, gcTorture: false } : m));

  describe(`${c.area}/${c.name}`, () => {
    if (golden === null) {
      it('has a golden file', () => {
        expect.fail(`no ${c.name}.expected.json: run \`node regen.mjs ${c.area}/${c.name}\``);
      });
      return;
    }
    for (const mode of modes) {
      const title = `[${mode.label}]${viaCli ? ' (via CLI: file is not plain UTF-8)' : ''}`;
      const skip = viaCli && !cliBuilt();
      const reason = knownFailure(`${c.area}/${c.name}`, mode);
      const test = reason === undefined ? it.skipIf(skip) : it.skipIf(skip).fails;
      test(reason === undefined ? title : `${title} (known failure: ${reason})`, () => {
        const expected = readGoldenFor(c, mode.gc);
        const run = viaCli ? runCli([...modeFlags(mode), c.file]) : runInProcess(source, c.file, mode);
        if (c.fullStderr) {
          expect({ stdout: run.stdout, stderr: normalisePaths(run.stderr), exitCode: run.exitCode }).toEqual(expected);
        } else {
          expect({ stdout: run.stdout, stderrLastLine: lastNonEmptyLine(run.stderr), exitCode: run.exitCode }).toEqual(expected);
        }
      }, mode.verifyHeap ? TORTURE_TIMEOUT_MS : undefined);
    }
  });
}
