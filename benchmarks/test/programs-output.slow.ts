// Each benchmark program under each backend prints exactly what CPython 3.11 printed
// (programs/NAME.expected), and a program tagged `# cycles: none` leaves the cycle collector
// nothing to free. Slow (every program, every backend, seconds each): not part of `pnpm test`;
// run with `npx -y pnpm@10.34.9 -F @pyarena/benchmarks test:programs` after a build.
// BENCH_BACKENDS=generational,refcount limits the backends; BENCH_ONLY=nbody,cycles the programs.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cyclesTag } from 'pyarena/bench';
import { benchmarkPrograms, pyarenaEntry } from './programs';

const backends = (process.env.BENCH_BACKENDS ?? 'pymalloc,refcount,generational').split(',');
const only = process.env.BENCH_ONLY?.split(',') ?? null;
const programs = benchmarkPrograms().filter((p) => only === null || only.includes(p.name));
const scratch = mkdtempSync(join(tmpdir(), 'pyarena-bench-test-'));

/** Runs a process to its end (asynchronously, so that two tests run at once). */
function run(command: string, args: string[]): Promise<{ stdout: string; stderr: string; status: number | null }> {
  return new Promise((resolve) => {
    execFile(command, args, { encoding: 'utf8', maxBuffer: 64 << 20 }, (error, stdout, stderr) => {
      const status = error === null ? 0 : typeof error.code === 'number' ? error.code : null;
      resolve({ stdout, stderr, status });
    });
  });
}

describe.concurrent('benchmark programs print CPython\'s output', () => {
  for (const p of programs) {
    for (const gc of backends) {
      it(`${p.name} under ${gc}`, async () => {
        const stats = join(scratch, `${p.name}-${gc}.json`);
        const r = await run(process.execPath, [pyarenaEntry, '--gc', gc, '--stats-json', stats, p.path]);
        expect(r.stderr).toBe('');
        expect(r.status).toBe(0);
        expect(r.stdout).toBe(p.expected);
        if (gc === 'generational' && cyclesTag(p.source) === 'none') {
          const record = JSON.parse(readFileSync(stats, 'utf8')) as { collections: [number, number, number, number][] };
          const collected = record.collections.reduce((s, c) => s + c[3], 0);
          expect(collected, 'a program tagged "# cycles: none" made cyclic garbage').toBe(0);
        }
      });
    }
  }
});
