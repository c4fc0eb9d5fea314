// tracemalloc's peak on a container-heavy program (memory/container_peak.py), pyarena under each
// backend beside CPython 3.11, in one run: the fidelity check for the modelled heap
// (target: within 25% of CPython's peak). pymalloc frees nothing, so its peak is the total traced.
//
//   node benchmarks/tracemalloc-peak.mjs        (needs a built CLI: apps/cli/build.mjs)
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const program = join(root, 'benchmarks/memory/container_peak.py');
const python = process.env.PYTHON ?? 'python3';

function peakOf(cmd) {
  const r = spawnSync(cmd[0], cmd.slice(1), { encoding: 'utf8' });
  const m = /^peak (\d+)$/m.exec(r.stdout ?? '');
  if (r.status !== 0 || m === null) throw new Error(`${cmd.join(' ')} failed: ${r.stderr}`);
  return Number(m[1]);
}

const cpython = peakOf([python, program]);
const rows = [['CPython 3.11', cpython]];
for (const gc of ['pymalloc', 'refcount', 'generational']) {
  rows.push([`pyarena --gc ${gc}`, peakOf([process.execPath, join(root, 'pyarena'), '--gc', gc, program])]);
}
console.log('| run | tracemalloc peak (bytes) | vs CPython |');
console.log('|---|---:|---:|');
for (const [label, peak] of rows) console.log(`| ${label} | ${peak} | ${(peak / cpython).toFixed(3)}x |`);
