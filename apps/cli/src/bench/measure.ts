// One measured run of one program under one target, in its own OS process: pyarena with
// `--gc NAME --stats-json FILE`, or CPython through the gc.callbacks probe (cpython-probe.ts).
// DESIGN section 9: time each backend in its own process, so that no backend inherits another's
// V8 heap, inline caches or JIT state.

import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { HOST_NODE_FLAGS } from '../host-flags';
import { CPYTHON_PROBE } from './cpython-probe';

export const BACKENDS = ['pymalloc', 'refcount', 'generational', 'incremental', 'marksweep'] as const;
export type Backend = (typeof BACKENDS)[number];
export type Target = Backend | 'cpython';

export interface Collection {
  startMs: number;
  durationMs: number;
  generation: number;
  collected: number;
  /** Time V8's own collections spent inside this pause (0 from CPython). */
  hostGcInsideMs: number;
}

export interface RunMeasurement {
  target: Target;
  /** Exited 0 with the expected output (when one was given). */
  ok: boolean;
  /** Why not ok: exit status, timeout, wrong output, missing stats. */
  error: string | null;
  exitCode: number | null;
  /** Process wall time, spawn to exit, as seen by the parent. */
  wallMs: number;
  /** The run as the child timed it (pyarena: parse to shutdown; CPython: runpy.run_path). */
  runStartMs: number;
  runEndMs: number;
  collections: Collection[];
  peakHeapBytes: number | null;
  maxRssKiB: number | null;
  hostGcMs: number | null;
  stdout: string;
  /** The last lines of stderr, for error reports. */
  stderrTail: string;
}

export interface MeasureOptions {
  /** The pyarena entry point run by `node` (apps/cli/dist/pyarena.mjs). */
  pyarena: string;
  /** The CPython executable (the real binary, not a pyenv shim: its start-up would be timed). */
  python: string | null;
  /** Kill a run after this long (it then fails with "timeout"). */
  timeoutMs: number;
  /** Extra pyarena flags, e.g. ['--gc-threshold', '700,10,10']. */
  pyarenaArgs?: string[];
}

/** The CPython found as `command` (resolved to sys.executable) and its version; null if none. */
export function findPython(command = 'python3'): { executable: string; version: string } | null {
  const r = spawnSync(command, ['-c', 'import sys; print(sys.executable); print(sys.version.split()[0])'], {
    encoding: 'utf8',
    timeout: 20_000,
  });
  if (r.status !== 0 || typeof r.stdout !== 'string') return null;
  const [executable, version] = r.stdout.trim().split('\n');
  if (!executable || !version) return null;
  return { executable, version };
}

let scratch: string | null = null;
function scratchDir(): string {
  if (scratch === null) {
    scratch = mkdtempSync(join(tmpdir(), 'pyarena-bench-'));
    const dir = scratch;
    process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
  }
  return scratch;
}

let serial = 0;

/**
 * Runs `program` once under `target`. Never rejects: a failed run comes back with ok false.
 * `expected`, when given, is the exact stdout the run must print.
 */
export async function measureRun(
  target: Target,
  program: string,
  options: MeasureOptions,
  expected: string | null = null,
): Promise<RunMeasurement> {
  const statsFile = join(scratchDir(), `run-${process.pid}-${serial++}.json`);
  let command: string;
  let args: string[];
  const env = { ...process.env };
  if (target === 'cpython') {
    if (options.python === null) throw new Error('no CPython to run');
    command = options.python;
    args = ['-c', CPYTHON_PROBE, program];
    env.PYARENA_BENCH_OUT = statsFile;
  } else {
    command = process.execPath;
    args = [...HOST_NODE_FLAGS, options.pyarena, '--gc', target, '--stats-json', statsFile, ...(options.pyarenaArgs ?? []), program];
  }

  const started = performance.now();
  const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  child.stdout.on('data', (b: Buffer) => out.push(b));
  child.stderr.on('data', (b: Buffer) => err.push(b));
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    child.kill('SIGKILL');
  }, options.timeoutMs);
  const exitCode = await new Promise<number | null>((resolve) => {
    child.on('error', () => resolve(null));
    child.on('close', (code) => resolve(code));
  });
  const wallMs = performance.now() - started;
  clearTimeout(timer);

  const stdout = Buffer.concat(out).toString('utf8');
  const stderr = Buffer.concat(err).toString('utf8');
  const m: RunMeasurement = {
    target,
    ok: false,
    error: null,
    exitCode,
    wallMs,
    runStartMs: 0,
    runEndMs: wallMs,
    collections: [],
    peakHeapBytes: null,
    maxRssKiB: null,
    hostGcMs: null,
    stdout,
    stderrTail: stderr.split('\n').slice(-6).join('\n').trim(),
  };
  let record: Record<string, unknown> | null = null;
  try {
    record = JSON.parse(readFileSync(statsFile, 'utf8')) as Record<string, unknown> | null;
    rmSync(statsFile, { force: true });
  } catch {
    record = null;
  }
  if (record !== null) {
    m.runStartMs = Number(record.startMs);
    m.runEndMs = Number(record.endMs);
    m.collections = (record.collections as number[][]).map(([startMs, durationMs, generation, collected, inside]) => ({
      startMs: startMs!,
      durationMs: durationMs!,
      generation: generation!,
      collected: collected!,
      hostGcInsideMs: inside ?? 0,
    }));
    m.peakHeapBytes = (record.peakHeapBytes as number | null) ?? null;
    m.maxRssKiB = (record.maxRssKiB as number | null) ?? null;
    m.hostGcMs = (record.hostGcMs as number | null) ?? null;
  }

  if (timedOut) m.error = `timeout after ${(options.timeoutMs / 1000).toFixed(0)} s`;
  else if (exitCode !== 0) m.error = `exit status ${exitCode}${m.stderrTail ? `: ${lastLine(m.stderrTail)}` : ''}`;
  else if (record === null) m.error = 'no statistics written';
  else if (expected !== null && stdout !== expected) m.error = 'wrong output';
  m.ok = m.error === null;
  return m;
}

function lastLine(text: string): string {
  const lines = text.split('\n').filter((l) => l.trim() !== '');
  return lines[lines.length - 1] ?? '';
}
