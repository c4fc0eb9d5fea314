// One run of a program with everything the command line can ask for around it: the backend and
// its limits, the observers (--stats, --gc-trace, --trace-json), --timeout, and the reports and
// exit status of each way a run can end. The command line (main.ts) and the in-process API
// (run-source.ts) both run programs through runSession.

import { MemoryLimitError } from '@pyarena/memory';
import { internalErrorLocation, runProgram, tstate, type ProgramIO, type RunConfig } from '@pyarena/vm';
import { RunObserver } from './observe';
import { formatBytes } from './options';
import { formatStats } from './stats-report';
import { RunTimeout, TIMEOUT_EXIT_CODE, runWithTimeout } from './timeout';

export type BackendName = 'pymalloc' | 'refcount' | 'generational' | 'marksweep' | 'incremental';

/** Exit status for a bug in pyarena or a failed --verify-heap (EX_SOFTWARE). */
export const INTERNAL_ERROR_EXIT_CODE = 70;

export interface SessionOptions {
  filename: string;
  gc?: BackendName;
  verifyHeap?: boolean;
  gcTorture?: boolean;
  argv?: string[];
  /** --gc-threshold: the collector's thresholds (default 700, 10, 10). */
  thresholds?: [number, number, number];
  /** --max-heap: modelled heap limit in bytes. */
  maxHeap?: number;
  /** --recursion-limit: sys.getrecursionlimit() at start. */
  recursionLimit?: number;
  /** --timeout, in milliseconds. */
  timeoutMs?: number;
  /** --stats: collect the summary (printed by printStats / statsReport). */
  stats?: boolean;
  /** --gc-trace: one line per collection on stderr. */
  gcTrace?: boolean;
  /** --trace-json FILE. */
  traceJson?: string;
  /** Show the JavaScript stack of internal errors (--debug). */
  debug?: boolean;
  /** Time V8's own collections for --stats (needs an event-loop turn before the report). */
  hostGc?: boolean;
  /** Compiles the program (the command line's code cache, code-cache.ts); default compileSource. */
  compile?: RunConfig['compile'];
}

export interface Session {
  exitCode: number;
  /** Present when --stats, --gc-trace or --trace-json asked for one. */
  observer: RunObserver | null;
}

/** Runs decoded program text. Never throws: every ending is reported on io.stderr. */
export function runSession(text: string, options: SessionOptions, io: ProgramIO): Session {
  let observer: RunObserver | null = null;
  if (options.stats || options.gcTrace || options.traceJson !== undefined) {
    try {
      observer = new RunObserver(
        { stats: options.stats, gcTrace: options.gcTrace, traceJson: options.traceJson, hostGc: options.hostGc },
        (line) => io.stderr(line),
      );
    } catch (e) {
      io.stderr(`pyarena: can't open trace file '${options.traceJson}': ${fileError(e)}\n`);
      return { exitCode: 2, observer: null };
    }
  }
  const session: Session = { exitCode: 0, observer };
  const run = () =>
    runProgram(text, {
      filename: options.filename,
      gc: options.gc ?? 'generational',
      torture: options.gcTorture ?? false,
      verifyHeap: options.verifyHeap ?? false,
      thresholds: options.thresholds,
      maxHeap: options.maxHeap,
      recursionLimit: options.recursionLimit,
      argv: options.argv ?? [options.filename],
      io,
      onHeap: observer !== null ? (h) => observer.attach(h) : undefined,
      compile: options.compile,
    });
  try {
    const outcome = options.timeoutMs !== undefined ? runWithTimeout(run, options.timeoutMs) : run();
    io.flush();
    session.exitCode = outcome.exitCode;
    if (outcome.verifyErrors.length > 0) {
      io.stderr(`pyarena: heap verification failed: ${outcome.verifyErrors.length} mismatches\n`);
      for (const m of outcome.verifyErrors.slice(0, 20)) io.stderr(`  ${m}\n`);
      session.exitCode = INTERNAL_ERROR_EXIT_CODE;
    }
  } catch (e) {
    io.flush();
    if (e instanceof RunTimeout) {
      io.stderr(timeoutReport(e));
      session.exitCode = TIMEOUT_EXIT_CODE;
    } else if (e instanceof MemoryLimitError) {
      // The program's own allocations raise MemoryError, and shutdown is not limited: this one
      // came from setting up the interpreter (builtins, modules) before the program ran.
      io.stderr(
        `pyarena: MemoryError: the modelled heap limit of ${formatBytes(e.maxHeap)} (--max-heap) is too small ` +
          'for the interpreter to start\n',
      );
      session.exitCode = 1;
    } else {
      io.stderr(internalErrorReport(e, options.filename, options.debug));
      session.exitCode = INTERNAL_ERROR_EXIT_CODE;
    }
  } finally {
    observer?.finish();
  }
  return session;
}

/** The --stats text of a finished session (empty without --stats). */
export function statsReport(session: Session): string {
  const o = session.observer;
  const pauses = o?.pauses() ?? null;
  if (o === null || o.heap === null || pauses === null) return '';
  return formatStats({ heap: o.heap.stats(), pauses, hostGc: o.takeHostGc(), runMs: o.endMs - o.startMs });
}

function timeoutReport(e: RunTimeout): string {
  // The innermost Python frame when the watchdog fired (its exact line is not known).
  const f = tstate.frame;
  const where = f === null ? '' : ` in ${f.code.name === '<module>' ? '<module>' : `${f.code.name}()`} (${f.code.filename})`;
  return `pyarena: timeout: ${e.message}; stopped${where}\n`;
}

function fileError(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  const reasons: Record<string, [number, string]> = {
    ENOENT: [2, 'No such file or directory'],
    EACCES: [13, 'Permission denied'],
    EISDIR: [21, 'Is a directory'],
    ENOTDIR: [20, 'Not a directory'],
  };
  const known = err.code !== undefined ? reasons[err.code] : undefined;
  return known !== undefined ? `[Errno ${known[0]}] ${known[1]}` : err.message;
}

/**
 * One clear line for a bug in pyarena itself, with the Python line it happened under when one was
 * running, and the hint to report it (never a raw JS stack unless --debug).
 */
export function internalErrorReport(e: unknown, filename: string, debug = false): string {
  const message = e instanceof Error ? e.message : String(e);
  const at = internalErrorLocation(e);
  const where = at === null ? '' : `, at ${at.filename === filename ? '' : `${at.filename} `}line ${at.lineno}`;
  let out = `pyarena: internal error while running ${filename}${where}: ${message}\n` +
    'This is a bug in pyarena, not in your program; please report it with the program that triggered it.\n';
  if (debug && e instanceof Error && e.stack) out += e.stack + '\n';
  return out;
}
