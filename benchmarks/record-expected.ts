// Records programs/NAME.expected: what CPython 3.11 prints for a benchmark program (the checksums
// that `pnpm bench` and test:programs hold pyarena to). A program is in the suite once it has one:
//   npx -y pnpm@10.34.9 -F @pyarena/benchmarks record-expected           re-record the whole suite
//   npx -y pnpm@10.34.9 -F @pyarena/benchmarks record-expected NAME...   record (or add) these
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { findPython } from 'pyarena/bench';
import { benchmarkPrograms, programsDir } from './test/programs';

const python = findPython('python3');
if (python === null || !python.version.startsWith('3.11.')) {
  process.stderr.write(`record-expected: needs CPython 3.11 as python3 (found ${python?.version ?? 'none'})\n`);
  process.exit(2);
}
const only = process.argv.slice(2).map((n) => n.replace(/\.py$/, ''));
const paths = only.length > 0 ? only.map((n) => join(programsDir, `${n}.py`)) : benchmarkPrograms().map((p) => p.path);
for (const path of paths) {
  const p = { name: basename(path, '.py'), path };
  const started = performance.now();
  const r = spawnSync(python.executable, [p.path], { encoding: 'utf8', maxBuffer: 64 << 20 });
  if (r.status !== 0) {
    process.stderr.write(`${p.name}: exit status ${r.status}\n${r.stderr}`);
    process.exitCode = 1;
    continue;
  }
  writeFileSync(p.path.replace(/\.py$/, '.expected'), r.stdout);
  process.stdout.write(`${p.name.padEnd(18)} ${((performance.now() - started) / 1000).toFixed(2)} s  ${r.stdout.trim().split('\n').pop()}\n`);
}
