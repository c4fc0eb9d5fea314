#!/usr/bin/env node
// Verify that every golden file is what CPython 3.11 prints today, and that every case has one.
//   node check-golden.mjs [filter]
// Exits 0 when all goldens are current, 1 when any is stale or missing, and 0 with a notice when
// no CPython 3.11 is available (nothing to compare against). Fix stale goldens with regen.mjs.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import {
  CASES_DIR, PYTHON_VERSION, backendGoldenPath, findPython, formatGolden, listCases, mapLimit, readGolden, runPython,
  runRefcountOracle, toGolden,
} from './lib/cases.mjs';

const filter = process.argv.slice(2).find((a) => !a.startsWith('--'));
const python = findPython();
if (!python || python.version !== PYTHON_VERSION) {
  console.log(`check-golden: skipped, needs CPython ${PYTHON_VERSION} (found ${python ? python.version : 'none'})`);
  process.exit(0);
}

const problems = [];
// Goldens whose case was deleted or renamed.
for (const area of readdirSync(CASES_DIR)) {
  const dir = join(CASES_DIR, area);
  for (const f of readdirSync(dir)) {
    // name.expected.json, or name.<backend>.expected.json in memory areas.
    const stem = f.replace(/(\.(refcount|pymalloc))?\.expected\.json$/, '');
    if (f.endsWith('.expected.json') && !existsSync(join(dir, `${stem}.py`))) {
      problems.push(`orphan golden cases/${area}/${f}`);
    }
  }
}

const cases = listCases(filter);
const runs = await mapLimit(cases, Math.max(2, availableParallelism()), (c) => runPython(python, c));
const oracleRuns = await mapLimit(cases, Math.max(2, availableParallelism()), (c) =>
  c.perBackend ? runRefcountOracle(python, c) : Promise.resolve(null));
for (let i = 0; i < cases.length; i++) {
  const c = cases[i];
  const old = readGolden(c);
  const now = formatGolden(toGolden(c, runs[i]));
  if (old === null) problems.push(`missing golden for ${c.file}`);
  else if (formatGolden(old) !== now) problems.push(`stale golden for ${c.file}:\n    stored ${JSON.stringify(old)}\n    now    ${now.trim().replace(/\n\s*/g, ' ')}`);
  if (oracleRuns[i] !== null) {
    // The refcount golden: its own file, or none when the oracle prints what CPython prints.
    const oracle = formatGolden(toGolden(c, oracleRuns[i]));
    const path = backendGoldenPath(c, 'refcount');
    const stored = existsSync(path) ? formatGolden(JSON.parse(readFileSync(path, 'utf8'))) : now;
    if (stored !== oracle) problems.push(`stale refcount golden for ${c.file}`);
  }
}

if (problems.length) {
  console.log(problems.join('\n'));
  console.log(`\ncheck-golden: ${problems.length} problem(s); run \`node regen.mjs\` after checking the case`);
  process.exit(1);
}
console.log(`check-golden: ${cases.length} goldens match CPython ${python.version}`);
