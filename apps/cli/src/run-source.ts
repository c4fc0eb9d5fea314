// The in-process API: run a program from source text and capture what it prints. Tests and
// the conformance harness use this; the command line runs programs through the same runSession.

import { captureIO } from '@pyarena/vm';
import { decodeSource } from './decode-source';
import { runSession, statsReport, type BackendName, type SessionOptions } from './session';

export { internalErrorReport, type BackendName } from './session';

export interface RunOptions extends Omit<SessionOptions, 'debug' | 'hostGc'> {
  filename: string;
  gc?: BackendName;
  stdin?: string;
}

export interface RunResult {
  stdout: string;
  stderr: string;
  exitCode: number;
}

/**
 * Runs a program and returns its output. --stats, --gc-trace, --timeout and the other flags are
 * options here; the stats summary is appended to stderr, without host (V8) GC time, which only
 * the command line measures.
 */
export function runSource(source: string | Uint8Array, options: RunOptions): RunResult {
  const io = captureIO(options.stdin ?? '');
  const decoded = decodeSource(source, options.filename);
  if (decoded.error !== null) return { stdout: '', stderr: decoded.error, exitCode: 1 };
  const session = runSession(decoded.text, options, io);
  if (options.stats) io.err.push(statsReport(session));
  return { stdout: io.out.join(''), stderr: io.err.join(''), exitCode: session.exitCode };
}
