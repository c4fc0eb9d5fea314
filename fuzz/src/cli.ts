// The `pyarena` command as a user runs it (the committed launcher over the built bundle), for the
// tests that need a process of their own: host stack depth, --timeout, --max-heap, exit statuses.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const LAUNCHER = join(ROOT, 'pyarena');
export const cliBuilt = (): boolean => existsSync(join(ROOT, 'apps/cli/dist/pyarena.mjs'));

export interface CliRun {
  stdout: string;
  stderr: string;
  status: number | null;
  ms: number;
}

/** A fresh directory for one test's files. */
export const scratchDir = (): string => mkdtempSync(join(tmpdir(), 'pyarena-fuzz-'));

/** Writes `source` to dir/name and returns its path. */
export function writeProgram(dir: string, name: string, source: string): string {
  const path = join(dir, name);
  writeFileSync(path, source);
  return path;
}

/** `node pyarena ARGS...` with cwd `cwd`, no standard input, and a kill after `timeoutMs`. */
export function pyarena(args: string[], cwd: string, timeoutMs = 120_000): CliRun {
  const start = performance.now();
  const r = spawnSync(process.execPath, [LAUNCHER, ...args], { cwd, encoding: 'utf8', input: '', timeout: timeoutMs, maxBuffer: 64 << 20 });
  if (r.error) throw r.error;
  return { stdout: r.stdout, stderr: r.stderr, status: r.status, ms: performance.now() - start };
}
