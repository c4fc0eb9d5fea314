#!/usr/bin/env node
// Re-record the golden files of the conformance corpus by running CPython 3.11.
//   node regen.mjs            every case
//   node regen.mjs strings/   cases whose `area/name` contains the filter
//   node regen.mjs --force    record even if python3 is not 3.11
//   node regen.mjs --record-pymalloc memory/
//                             also record the pymalloc goldens of memory cases from pyarena itself
//                             (`./pyarena --gc pymalloc`; no CPython frees nothing): review the diff
//   node regen.mjs --record-marksweep memory/
//                             the same for the marksweep backend (no CPython traces instead of counting);
//                             --record-incremental likewise
// Memory cases (lib/cases.mjs MEMORY_AREAS) also get a refcount golden from lib/refcount_oracle.py
// when its output differs from CPython's own.
// CPython runs with cwd = conformance/ and the case's relative filename (cases/<area>/<name>.py),
// the same filename the harness hands pyarena, so tracebacks and SyntaxError reports match.
import { existsSync, unlinkSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import {
  PYTHON_VERSION, backendGoldenPath, findPython, formatGolden, listCases, mapLimit, readGolden, runPython,
  runRefcountOracle, toGolden,
} from './lib/cases.mjs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { CONFORMANCE_DIR } from './lib/cases.mjs';

const args = process.argv.slice(2);
const force = args.includes('--force');
/** Backends whose memory goldens come from pyarena itself (no CPython configuration behaves so). */
const selfRecorded = ['pymalloc', 'incremental', 'marksweep'].filter((b) => args.includes(`--record-${b}`));
const filter = args.find((a) => !a.startsWith('--'));

const python = findPython();
if (!python) {
  console.error('regen: no python3 found');
  process.exit(2);
}
if (python.version !== PYTHON_VERSION && !force) {
  console.error(`regen: ${python.bin} is Python ${python.version}; goldens are CPython ${PYTHON_VERSION} (use --force to record anyway)`);
  process.exit(2);
}

const cases = listCases(filter);
if (cases.length === 0) {
  console.error(`regen: no case matches ${JSON.stringify(filter)}`);
  process.exit(2);
}

const started = performance.now();
const runs = await mapLimit(cases, Math.max(2, availableParallelism()), (c) => runPython(python, c));
let created = 0;
let changed = 0;
let unchanged = 0;
const perArea = new Map();
const slow = [];
for (let i = 0; i < cases.length; i++) {
  const c = cases[i];
  const run = runs[i];
  const golden = toGolden(c, run);
  const text = formatGolden(golden);
  const old = readGolden(c);
  if (old === null) created++;
  else if (formatGolden(old) !== text) changed++;
  else unchanged++;
  if (old === null || formatGolden(old) !== text) {
    writeFileSync(c.goldenPath, text);
    console.log(`${old === null ? 'new    ' : 'changed'} ${c.file} (exit ${golden.exitCode})`);
  }
  const a = perArea.get(c.area) ?? { total: 0, failing: 0 };
  a.total++;
  if (golden.exitCode !== 0) a.failing++;
  perArea.set(c.area, a);
  if (c.perBackend) {
    recordBackendGolden(c, 'refcount', toGolden(c, await runRefcountOracle(python, c)), text);
    for (const b of selfRecorded) recordBackendGolden(c, b, toGolden(c, runCli(['--gc', b, c.file])), text);
  }
  if (run.ms > 200) slow.push(`${c.file} ${run.ms.toFixed(0)} ms`);
}

console.log(`\nCPython ${python.version} (${python.bin}), ${cases.length} cases in ${((performance.now() - started) / 1000).toFixed(1)} s`);
for (const [area, a] of perArea) console.log(`  ${area.padEnd(16)} ${String(a.total).padStart(3)} cases, ${a.failing} exit non-zero`);
console.log(`${created} new, ${changed} changed, ${unchanged} unchanged`);
if (slow.length) console.log(`slower than 200 ms in CPython (keep cases quick):\n  ${slow.join('\n  ')}`);

/** Writes a per-backend golden when it differs from CPython's; removes a stale one that does not. */
function recordBackendGolden(c, backend, golden, cpythonText) {
  const path = backendGoldenPath(c, backend);
  const text = formatGolden(golden);
  if (text === cpythonText) {
    if (existsSync(path)) {
      unlinkSync(path);
      console.log(`removed ${c.file} ${backend} golden (now the same as CPython's)`);
    }
    return;
  }
  writeFileSync(path, text);
  console.log(`${backend.padEnd(8)} ${c.file}: differs from CPython's, ${path.split('/').pop()} written`);
}

/** `node ../pyarena ARGS...` from conformance/ (the bundle must be built). */
function runCli(cliArgs) {
  const r = spawnSync(process.execPath, [join(CONFORMANCE_DIR, '..', 'pyarena'), ...cliArgs], {
    cwd: CONFORMANCE_DIR, encoding: 'utf8', input: '', timeout: 60_000,
  });
  return { stdout: r.stdout, stderr: r.stderr, exitCode: r.status ?? 1 };
}
