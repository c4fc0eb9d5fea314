// `pyarena bench prog.py... [--gc all]`: the benchmark suite's measurements (benchmarks/run.ts)
// for the programs named, printed as tables: every backend asked for and CPython when python3 is
// there. Each run is its own process (measure.ts); the runs of one target follow each other.

import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Command, InvalidArgumentError, Option } from 'commander';
// bench-program.ts (tinybench) and format.ts are loaded when `bench` runs, not at every start-up.
import type { ProgramResult, RunProgress } from './bench-program';
import { BACKENDS, findPython, type Backend, type Target } from './measure';

interface BenchFlags {
  gc: Backend[];
  iterations: number;
  warmup: number;
  cpython: boolean;
  python: string;
  timeout: number;
  json?: string;
  quiet?: boolean;
}

/** `all` or a comma-separated list of backends. */
export function parseBackends(text: string): Backend[] {
  if (text === 'all') return [...BACKENDS];
  const names = text.split(',').map((s) => s.trim());
  for (const n of names) {
    if (!(BACKENDS as readonly string[]).includes(n)) {
      throw new InvalidArgumentError(`expected 'all' or a comma-separated list of ${BACKENDS.join(', ')}; got '${n}'`);
    }
  }
  return [...new Set(names)] as Backend[];
}

function count(min: number): (text: string) => number {
  return (text) => {
    const n = Number(text);
    if (!Number.isInteger(n) || n < min) throw new InvalidArgumentError(`expected an integer >= ${min}`);
    return n;
  };
}

function positiveSeconds(text: string): number {
  const n = Number(text);
  if (!(n > 0)) throw new InvalidArgumentError('expected a number of seconds > 0');
  return n;
}

/** A progress line per finished run, on stderr. */
export function progressLine(p: RunProgress): string {
  const what = p.phase === 'warmup' ? `warm-up ${p.index}/${p.of}` : `run ${p.index}/${p.of}`;
  const status = p.run.ok ? '' : `  FAILED: ${p.run.error}`;
  return `  ${p.program.padEnd(18)} ${p.target.padEnd(13)} ${what.padEnd(12)} ${(p.run.wallMs / 1000).toFixed(3).padStart(8)} s${status}\n`;
}

/** The entry point the child processes run: this very command (its launcher). */
function selfEntry(): string {
  return process.argv[1]!;
}

export function benchCommand(): Command {
  return new Command('bench')
    .description('time programs under each backend (and CPython, with its GC pauses); print the tables')
    .argument('<files...>', 'Python programs to measure')
    .addOption(new Option('--gc <backends>', "backends to measure: 'all' or a comma-separated list").argParser(parseBackends).default([...BACKENDS], 'all'))
    .option('--iterations <n>', 'measured runs per target', count(1), 3)
    .option('--warmup <n>', 'warm-up runs per target, not measured', count(0), 1)
    .option('--no-cpython', 'do not run CPython')
    .option('--python <command>', 'the CPython to compare with', 'python3')
    .option('--timeout <seconds>', 'stop a run that takes longer (it counts as failed)', positiveSeconds, 600)
    .option('--json <file>', 'also write the results as JSON to FILE')
    .option('--quiet', 'no progress lines')
    .addHelpText('after', `
Each run is a separate process: pyarena with --gc NAME --stats-json, CPython with a gc.callbacks
probe that times its collections. A program's output must match <program>.expected beside it when
that file exists, else CPython's output. Columns: docs/benchmarks.md.`)
    .action(async (files: string[], flags: BenchFlags) => {
      process.exitCode = await runBench(files, flags);
    });
}

async function runBench(files: string[], flags: BenchFlags): Promise<number> {
  const { benchProgram } = await import('./bench-program');
  const { formatProgram } = await import('./format');
  for (const f of files) {
    if (!existsSync(f)) {
      process.stderr.write(`pyarena bench: can't open file '${f}': [Errno 2] No such file or directory\n`);
      return 2;
    }
  }
  const python = flags.cpython ? findPython(flags.python) : null;
  if (flags.cpython && python === null) {
    process.stderr.write(`pyarena bench: no CPython found as '${flags.python}'; measuring pyarena only\n`);
  }
  const targets: Target[] = [...(python !== null ? (['cpython'] as const) : []), ...flags.gc];
  const results: ProgramResult[] = [];
  let failed = false;
  for (const file of files) {
    const path = resolve(file);
    const expectedFile = path.replace(/\.py$/, '') + '.expected';
    const expected = existsSync(expectedFile) ? readFileSync(expectedFile, 'utf8') : null;
    const result = await benchProgram(path, {
      targets,
      iterations: flags.iterations,
      warmup: flags.warmup,
      pyarena: selfEntry(),
      python: python?.executable ?? null,
      timeoutMs: flags.timeout * 1000,
      expected,
      onProgress: flags.quiet ? undefined : (p) => process.stderr.write(progressLine(p)),
    });
    results.push(result);
    failed ||= result.targets.some((t) => t.status !== 'ok');
    process.stdout.write(formatProgram(result, flags.iterations, flags.warmup));
  }
  if (flags.json !== undefined) {
    const record = { python: python?.version ?? null, node: process.version, iterations: flags.iterations, warmup: flags.warmup, programs: results };
    writeFileSync(flags.json, JSON.stringify(record, null, 2) + '\n');
  }
  return failed ? 1 : 0;
}
