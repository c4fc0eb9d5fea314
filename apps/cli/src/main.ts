// The `pyarena` command line. Flags are parsed by commander; running, disassembling and the
// exit status follow CPython's `python3` where they overlap.

import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { compileSource } from '@pyarena/vm';
import { dis } from '@pyarena/compiler';
import { formatSyntaxError, PySyntaxError } from '@pyarena/parser';
import { decodeSource } from './decode-source';
import { cliCompiler } from './code-cache';
import { launcherHooks } from './launcher-hooks';
import { parseRecursionLimit, parseSize, parseThresholds, parseTimeout } from './options';
import { runSession, statsReport, type SessionOptions } from './session';
import { writeStatsJson } from './stats-json';
import { benchCommand } from './bench/command';
import { TIMEOUT_EXIT_CODE } from './timeout';
import { processIO, writeAll } from './process-io';
import { runLineRepl, runTerminalRepl } from './repl';

const BACKENDS = ['pymalloc', 'refcount', 'generational', 'incremental', 'marksweep'] as const;

interface RunFlags {
  c?: string;
  i?: boolean;
  gc: (typeof BACKENDS)[number];
  verifyHeap?: boolean;
  gcTorture?: boolean;
  debug?: boolean;
  gcThreshold?: [number, number, number];
  maxHeap?: number;
  timeout?: number;
  recursionLimit?: number;
  stats?: boolean;
  gcTrace?: boolean;
  traceJson?: string;
  statsJson?: string;
  /** False with --no-cache. */
  cache: boolean;
}

/** A commander argument parser from one of options.ts' parsers (bad values: usage error). */
function checked<T>(parse: (text: string) => T): (text: string) => T {
  return (text) => {
    try {
      return parse(text);
    } catch (e) {
      throw new InvalidArgumentError((e as Error).message);
    }
  };
}

function readProgram(file: string): Uint8Array {
  try {
    return readFileSync(file);
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    const reason = err.code === 'ENOENT' ? 'No such file or directory' : err.code === 'EISDIR' ? 'Is a directory' : err.message;
    const errno = err.code === 'ENOENT' ? 2 : err.code === 'EISDIR' ? 21 : 1;
    process.stderr.write(`pyarena: can't open file '${file}': [Errno ${errno}] ${reason}\n`);
    process.exit(2);
  }
}

function sessionOptions(filename: string, argv: string[], flags: RunFlags): SessionOptions {
  return {
    filename,
    argv,
    gc: flags.gc,
    gcTorture: flags.gcTorture,
    verifyHeap: flags.verifyHeap,
    debug: flags.debug,
    thresholds: flags.gcThreshold,
    maxHeap: flags.maxHeap,
    timeoutMs: flags.timeout,
    recursionLimit: flags.recursionLimit,
    stats: flags.stats || flags.statsJson !== undefined,
    gcTrace: flags.gcTrace,
    traceJson: flags.traceJson,
    hostGc: flags.stats || flags.statsJson !== undefined,
  };
}

function run(source: string | Uint8Array, filename: string, argv: string[], flags: RunFlags): number {
  const io = processIO();
  const decoded = decodeSource(source, filename);
  if (decoded.error !== null) {
    io.stderr(decoded.error);
    return 1;
  }
  const options = sessionOptions(filename, argv, flags);
  options.compile = cliCompiler(source, flags.cache, compileSource); // the code cache (code-cache.ts)
  const session = runSession(decoded.text, options, io);
  io.flush();
  // V8 reports its collections on an event-loop turn: print the summary after one.
  if (flags.stats) setTimeout(() => writeAll(2, statsReport(session)), 0);
  if (flags.statsJson !== undefined) setTimeout(() => writeStatsJson(flags.statsJson!, session), 0);
  launcherHooks().exitWhenIdle?.(); // exits early once nothing is pending (launcher-hooks.ts)
  return session.exitCode;
}

function disassemble(file: string): number {
  const decoded = decodeSource(readProgram(file), file);
  if (decoded.error !== null) {
    process.stderr.write(decoded.error);
    return 1;
  }
  try {
    writeAll(1, dis(compileSource(decoded.text, file)));
    return 0;
  } catch (e) {
    if (e instanceof PySyntaxError) {
      process.stderr.write(formatSyntaxError(e));
      return 1;
    }
    throw e;
  }
}

const program = new Command('pyarena')
  .description('Run Python programs under a swappable memory manager, and measure what it costs.')
  .usage('[options] [file.py | -] [args...]\n       pyarena -c CODE\n       pyarena            (interactive, when stdin is a terminal)\n       pyarena dis file.py')
  .argument('[file]', 'the Python program to run')
  .argument('[args...]', 'arguments for the program (sys.argv[1:])')
  .option('-c <code>', 'run CODE instead of a file')
  .option('-i', 'inspect interactively after running the program (the REPL even when stdin is not a terminal)')
  .addOption(new Option('--gc <backend>', 'memory manager to run under').choices(BACKENDS).default('generational'))
  .option('--verify-heap', 'after the run, recompute every reference count from the roots and fail on a mismatch')
  .option('--gc-torture', 'run a collection at every safepoint (finds missing references fast)')
  .option('--gc-threshold <a,b,c>', 'collector thresholds, as gc.set_threshold (default 700,10,10)', checked(parseThresholds))
  .option('--max-heap <size>', 'modelled heap limit (e.g. 512K, 64M, 1G): MemoryError beyond it', checked(parseSize))
  .option('--recursion-limit <n>', 'initial sys.getrecursionlimit() (default 1000)', checked(parseRecursionLimit))
  .option('--timeout <seconds>', `stop the program after this many seconds (exit status ${TIMEOUT_EXIT_CODE})`, checked(parseTimeout))
  .option('--stats', 'print allocation, heap and GC pause statistics on stderr at exit')
  .option('--gc-trace', 'print one line per collection on stderr (format: docs/cli.md)')
  .option('--trace-json <file>', 'write every collection and arena change to FILE as JSON lines')
  .option('--stats-json <file>', 'write the --stats figures and every collection to FILE as one JSON object')
  .option('--no-cache', 'neither read nor write the code cache of compiled programs (docs/cli.md)')
  .option('--debug', 'show the JavaScript stack of internal errors')
  .passThroughOptions()
  .enablePositionalOptions()
  .showHelpAfterError('(run pyarena --help for usage)')
  .exitOverride(usageExit)
  .addHelpText('after', `
Backends:
  pymalloc      pooled allocation only: nothing is ever freed (the baseline)
  refcount      pooled allocation + reference counting: cycles leak
  generational  CPython 3.11: reference counting + a three-generation cycle collector (default)

Examples:
  pyarena examples/primes.py
  pyarena -c 'print(sum(i*i for i in range(10)))'
  pyarena --gc refcount --verify-heap examples/primes.py
  pyarena --stats --gc-trace examples/primes.py
  pyarena --max-heap 64M --timeout 10 examples/primes.py
  pyarena dis examples/primes.py
  pyarena bench examples/primes.py --gc all

Observability flags, formats and exit statuses: docs/cli.md`)
  .action((file: string | undefined, args: string[], flags: RunFlags) => {
    if (flags.c !== undefined) {
      const argv = ['-c', ...(file ? [file] : []), ...args];
      if (flags.i) interactive(flags, argv, { source: flags.c, filename: '<string>' });
      else process.exitCode = run(flags.c, '<string>', argv, flags);
      return;
    }
    if (file === undefined || file === '-') {
      // As python3: a terminal on stdin (or -i) gets the REPL; anything else is the program.
      const argv = file === '-' ? ['-', ...args] : [''];
      if (flags.i || (file === undefined && process.stdin.isTTY)) interactive(flags, argv);
      else process.exitCode = run(readStdin(), '<stdin>', argv, flags);
      return;
    }
    // CPython 3.9+ reports the main script by its absolute path (tracebacks, SyntaxErrors).
    const path = resolve(file);
    if (flags.i) {
      const decoded = decodeSource(readProgram(file), path);
      if (decoded.error !== null) {
        writeAll(2, decoded.error);
        process.exitCode = 1;
      } else interactive(flags, [file, ...args], { source: decoded.text, filename: path });
    }
    else process.exitCode = run(readProgram(file), path, [file, ...args], flags);
  });

/** The REPL (repl.ts): readline on a terminal, else lines from stdin with prompts on stderr. */
function interactive(flags: RunFlags, argv: string[], program?: { source: string; filename: string }): void {
  const options = { ...sessionOptions('<stdin>', argv, flags), hostGc: false, program };
  if (process.stdin.isTTY) {
    void runTerminalRepl(options).then((code) => {
      process.exitCode = code;
    });
  } else {
    process.exitCode = runLineRepl(options, processIO());
  }
}

function readStdin(): Uint8Array {
  try {
    return readFileSync(0);
  } catch {
    return new Uint8Array(0);
  }
}

program
  .command('dis')
  .description('show the bytecode of a program, as python3 -m dis does')
  .argument('<file>', 'the Python program to disassemble')
  .action((file: string) => {
    process.exitCode = disassemble(file);
  });

program.addCommand(benchCommand().copyInheritedSettings(program));

/** Usage errors exit with status 2, as python3 and argparse do; --help exits 0. */
function usageExit(err: CommanderError): never {
  process.exit(err.exitCode === 1 ? 2 : err.exitCode);
}

program.parse(process.argv);
