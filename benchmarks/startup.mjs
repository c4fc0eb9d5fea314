// Start-up times, side by side in one run (docs/cli.md, "Code cache"): `node -e 0`, CPython, and
// ./pyarena on a hello world and on programs/startup_500.py, each with no cache at all, with an
// empty cache (the run that fills it), with --no-cache (the interpreter's V8 cache only) and warm.
// Runs are interleaved and each configuration's median and minimum wall time are reported.
//
//   node benchmarks/startup.mjs [runs]        (default 15; needs a built CLI: apps/cli/build.mjs)
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const runs = Number(process.argv[2] ?? 15);
const root = resolve(import.meta.dirname, '..');
const pyarena = join(root, 'pyarena');
const work = mkdtempSync(join(tmpdir(), 'pyarena-startup-'));
const hello = join(work, 'hello.py');
writeFileSync(hello, 'print("hello world")\n');
const big = join(root, 'benchmarks/programs/startup_500.py');
const python = process.env.PYTHON ?? 'python3';

const warmCache = join(work, 'cache-warm');
const freshCache = join(work, 'cache-fresh');
const env = (extra) => ({ ...process.env, PYARENA_NO_CACHE: '', PYARENA_CACHE_DEBUG: '', ...extra });

const configs = [
  { label: 'node -e 0', cmd: [process.execPath, '-e', '0'] },
  { label: 'python3 hello.py', cmd: [python, hello] },
  { label: 'python3 startup_500.py', cmd: [python, big] },
];
for (const [name, file] of [['hello.py', hello], ['startup_500.py', big]]) {
  configs.push(
    { label: `pyarena ${name}: no cache at all`, cmd: [process.execPath, pyarena, file], env: env({ PYARENA_NO_CACHE: '1' }) },
    { label: `pyarena ${name}: empty cache (fills it)`, cmd: [process.execPath, pyarena, file], env: env({ PYARENA_CACHE_DIR: freshCache }), before: () => rmSync(freshCache, { recursive: true, force: true }) },
    { label: `pyarena ${name}: --no-cache`, cmd: [process.execPath, pyarena, '--no-cache', file], env: env({ PYARENA_CACHE_DIR: warmCache }) },
    { label: `pyarena ${name}: warm cache`, cmd: [process.execPath, pyarena, file], env: env({ PYARENA_CACHE_DIR: warmCache }) },
  );
}

function once(c) {
  c.before?.();
  const t0 = process.hrtime.bigint();
  const r = spawnSync(c.cmd[0], c.cmd.slice(1), { env: c.env ?? process.env, stdio: ['ignore', 'ignore', 'pipe'] });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.status !== 0) throw new Error(`${c.label}: exit status ${r.status}\n${r.stderr}`);
  return ms;
}

// Fill the warm cache (both programs), then interleave the configurations.
once({ cmd: [process.execPath, pyarena, hello], env: env({ PYARENA_CACHE_DIR: warmCache }) });
once({ cmd: [process.execPath, pyarena, big], env: env({ PYARENA_CACHE_DIR: warmCache }) });
const times = configs.map(() => []);
for (let i = 0; i < runs; i++) configs.forEach((c, k) => times[k].push(once(c)));
rmSync(work, { recursive: true, force: true });

const median = (a) => {
  const s = [...a].sort((x, y) => x - y);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
console.log(`start-up, wall time of ${runs} interleaved runs each (node ${process.version})\n`);
console.log(`${'configuration'.padEnd(48)}${'median'.padStart(10)}${'min'.padStart(10)}`);
configs.forEach((c, k) => {
  console.log(`${c.label.padEnd(48)}${median(times[k]).toFixed(1).padStart(7)} ms${Math.min(...times[k]).toFixed(1).padStart(7)} ms`);
});
