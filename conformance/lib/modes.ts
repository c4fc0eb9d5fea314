// The backend configurations every conformance case runs under (shared/DESIGN.md section 8).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { CONFORMANCE_DIR } from './cases.mjs';

export type Gc = 'pymalloc' | 'refcount' | 'generational' | 'marksweep' | 'incremental';

export interface Mode {
  /** Readable label used in test names. */
  label: string;
  gc: Gc;
  verifyHeap?: boolean;
  gcTorture?: boolean;
}

export const MODES: Mode[] = [
  { label: 'generational', gc: 'generational' },
  { label: 'refcount', gc: 'refcount' },
  { label: 'pymalloc', gc: 'pymalloc' },
  { label: 'generational+verify-heap+gc-torture', gc: 'generational', verifyHeap: true, gcTorture: true },
  { label: 'incremental', gc: 'incremental' },
  { label: 'incremental+verify-heap+gc-torture', gc: 'incremental', verifyHeap: true, gcTorture: true },
  { label: 'marksweep', gc: 'marksweep' },
  { label: 'marksweep+verify-heap+gc-torture', gc: 'marksweep', verifyHeap: true, gcTorture: true },
];

export interface Run {
  stdout: string;
  stderr: string;
  exitCode: number;
}

/** The root launcher and the bundle it imports (built by `pnpm install`). */
export const LAUNCHER = join(CONFORMANCE_DIR, '..', 'pyarena');
export const CLI_BUNDLE = join(CONFORMANCE_DIR, '..', 'apps', 'cli', 'dist', 'pyarena.mjs');
export const cliBuilt = (): boolean => existsSync(CLI_BUNDLE);

/** The command-line flags that select a mode. */
export function modeFlags(mode: Mode): string[] {
  const flags = ['--gc', mode.gc];
  if (mode.verifyHeap) flags.push('--verify-heap');
  if (mode.gcTorture) flags.push('--gc-torture');
  return flags;
}

/** Run `node ../pyarena ARGS...` from conformance/, so relative case filenames match the goldens. */
export function runCli(args: string[], timeoutMs = 60_000): Run {
  const r = spawnSync(process.execPath, [LAUNCHER, ...args], {
    cwd: CONFORMANCE_DIR,
    encoding: 'utf8',
    timeout: timeoutMs,
    input: '',
  });
  if (r.error) throw r.error;
  if (r.signal) throw new Error(`pyarena ${args.join(' ')}: killed by ${r.signal}`);
  return { stdout: r.stdout, stderr: r.stderr, exitCode: r.status ?? 1 };
}
