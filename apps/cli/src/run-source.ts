// The in-process API: run a program from source text and capture what it prints. Tests and
// the conformance harness use this; the command line uses the same runProgram underneath.

import { captureIO, runProgram } from '@pyarena/vm';
import { decodeSource } from './decode-source';

export type BackendName = 'pymalloc' | 'refcount' | 'generational';

export interface RunOptions {
  filename: string;
  gc?: BackendName;
  verifyHeap?: boolean;
  gcTorture?: boolean;
  argv?: string[];
  stdin?: string;
}

export interface RunResult {
  stdout: string;
  stderr: string;
  exitCode: number;
}

export function runSource(source: string | Uint8Array, options: RunOptions): RunResult {
  const io = captureIO(options.stdin ?? '');
  const decoded = decodeSource(source, options.filename);
  if (decoded.error !== null) return { stdout: '', stderr: decoded.error, exitCode: 1 };
  let exitCode: number;
  try {
    const outcome = runProgram(decoded.text, {
      filename: options.filename,
      gc: options.gc ?? 'generational',
      torture: options.gcTorture ?? false,
      verifyHeap: options.verifyHeap ?? false,
      argv: options.argv ?? [options.filename],
      io,
    });
    exitCode = outcome.exitCode;
    if (outcome.verifyErrors.length > 0) {
      io.err.push(`pyarena: heap verification failed: ${outcome.verifyErrors.length} mismatches\n`);
      io.err.push(...outcome.verifyErrors.slice(0, 20).map((m) => `  ${m}\n`));
      exitCode = 70;
    }
  } catch (e) {
    io.err.push(internalErrorReport(e, options.filename));
    exitCode = 70;
  }
  return { stdout: io.out.join(''), stderr: io.err.join(''), exitCode };
}

/** One clear line for a bug in pyarena itself (never a raw JS stack unless --debug). */
export function internalErrorReport(e: unknown, filename: string, debug = false): string {
  const message = e instanceof Error ? e.message : String(e);
  let out = `pyarena: internal error while running ${filename}: ${message}\n` +
    'This is a bug in pyarena, not in your program; please report it with the program that triggered it.\n';
  if (debug && e instanceof Error && e.stack) out += e.stack + '\n';
  return out;
}
