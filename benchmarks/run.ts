// The benchmark suite: every program in programs/ under every backend and CPython 3.11, each run
// in its own process (apps/cli/src/bench: tinybench drives warm-up and measured runs, and each
// run reports its collections, peak modelled heap and peak RSS). Writes results/latest.json,
// results/report.md, results/charts/*.svg, and the results section of docs/benchmarks.md.
//
//   npx -y pnpm@10.34.9 bench                                  the full suite (builds first)
//   npx -y pnpm@10.34.9 bench --only nbody,cycles --quick      a quick look at two programs
//   npx tsx benchmarks/run.ts --report-only                    re-render report and charts
//
// Options: --only a,b  --gc all|pymalloc,refcount,generational  --no-cpython  --iterations N
// --warmup N  --quick (= --iterations 1 --warmup 0)  --timeout SECONDS  --out DIR  --report-only
// --no-docs. A partial run (subset, quick, fewer targets) writes to results/partial/ unless --out
// is given, and never touches docs/benchmarks.md.

import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { benchProgram, findPython, parseBackends, progressLine, type ProgramResult, type Target } from 'pyarena/bench';
import { renderCharts } from './src/charts';
import { measureHostStalls } from './src/host-stalls';
import { machineInfo } from './src/machine';
import { markdownReport } from './src/report';
import { BACKEND_TARGETS, ratioSummary, type SuiteResults } from './src/results';
import { benchmarkPrograms } from './test/programs';

const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = resolve(here, '..');
const programsDir = join(here, 'programs');
const pyarenaEntry = join(repoRoot, 'apps/cli/dist/pyarena.mjs');
const docsFile = join(repoRoot, 'docs/benchmarks.md');
const DOCS_START = '<!-- results:start (written by benchmarks/run.ts; edit the text around it, not inside) -->';
const DOCS_END = '<!-- results:end -->';
const COMMAND = 'npx -y pnpm@10.34.9 bench';

const { values: args } = parseArgs({
  options: {
    only: { type: 'string' },
    gc: { type: 'string', default: 'all' },
    'no-cpython': { type: 'boolean', default: false },
    iterations: { type: 'string', default: '3' },
    warmup: { type: 'string', default: '1' },
    quick: { type: 'boolean', default: false },
    timeout: { type: 'string', default: '300' },
    out: { type: 'string' },
    'report-only': { type: 'boolean', default: false },
    'no-docs': { type: 'boolean', default: false },
  },
  allowPositionals: false,
});

function intArg(name: string, text: string, min: number): number {
  const n = Number(text);
  if (!Number.isInteger(n) || n < min) {
    process.stderr.write(`run.ts: --${name} expects an integer >= ${min}, got '${text}'\n`);
    process.exit(2);
  }
  return n;
}

/** Every benchmark program: its name (programs/NAME.py, tagged `# cycles: ...`). */
function allPrograms(): string[] {
  return benchmarkPrograms().map((p) => p.name);
}

function writeReport(results: SuiteResults, outDir: string, updateDocs: boolean): Promise<void> {
  return (async () => {
    const chartsDir = join(outDir, 'charts');
    mkdirSync(chartsDir, { recursive: true });
    const charts = await renderCharts(results, chartsDir);
    const report = markdownReport(results, 'charts/', results.command);
    writeFileSync(join(outDir, 'report.md'), `# Benchmark results\n\n${report}`);
    process.stderr.write(`wrote ${relative(process.cwd(), join(outDir, 'report.md'))} and ${charts.length} charts in ${relative(process.cwd(), chartsDir)}\n`);
    if (updateDocs && existsSync(docsFile)) {
      const text = readFileSync(docsFile, 'utf8');
      const a = text.indexOf(DOCS_START);
      const b = text.indexOf(DOCS_END);
      if (a >= 0 && b > a) {
        const href = relative(dirname(docsFile), chartsDir).split('\\').join('/') + '/';
        const section = markdownReport(results, href, results.command);
        writeFileSync(docsFile, text.slice(0, a + DOCS_START.length) + '\n' + section + text.slice(b));
        process.stderr.write(`updated ${relative(process.cwd(), docsFile)}\n`);
      } else {
        process.stderr.write(`docs/benchmarks.md has no results markers; left alone\n`);
      }
    }
  })();
}

async function main(): Promise<void> {
  const defaultOut = join(here, 'results');
  if (args['report-only']) {
    const outDir = resolve(args.out ?? defaultOut);
    const results = JSON.parse(readFileSync(join(outDir, 'latest.json'), 'utf8')) as SuiteResults;
    await writeReport(results, outDir, !args['no-docs'] && args.out === undefined);
    return;
  }

  const programs = allPrograms();
  const only = args.only?.split(',').map((s) => s.trim().replace(/\.py$/, '')) ?? null;
  for (const name of only ?? []) {
    if (!programs.includes(name)) {
      process.stderr.write(`run.ts: no benchmark program '${name}' (have: ${programs.join(', ')})\n`);
      process.exit(2);
    }
  }
  const selected = only ?? programs;
  let backends;
  try {
    backends = parseBackends(args.gc!);
  } catch (e) {
    process.stderr.write(`run.ts: --gc: ${(e as Error).message}\n`);
    process.exit(2);
  }
  const iterations = args.quick ? 1 : intArg('iterations', args.iterations!, 1);
  const warmup = args.quick ? 0 : intArg('warmup', args.warmup!, 0);
  const timeoutS = intArg('timeout', args.timeout!, 1);
  if (!existsSync(pyarenaEntry)) {
    process.stderr.write(`run.ts: ${relative(process.cwd(), pyarenaEntry)} is missing: build first (npx -y pnpm@10.34.9 build)\n`);
    process.exit(2);
  }
  const python = args['no-cpython'] ? null : findPython('python3');
  if (!args['no-cpython'] && python === null) process.stderr.write('run.ts: no python3 found; measuring pyarena only\n');
  const targets: Target[] = [...(python !== null ? (['cpython'] as const) : []), ...backends];

  const full = only === null && backends.length === BACKEND_TARGETS.length && python !== null && !args.quick;
  const outDir = resolve(args.out ?? (full ? defaultOut : join(defaultOut, 'partial')));
  mkdirSync(outDir, { recursive: true });
  const command = [COMMAND, ...process.argv.slice(2)].join(' ');

  const machine = machineInfo(python?.version ?? null, repoRoot);
  const totalRuns = selected.length * targets.length * (iterations + warmup);
  process.stderr.write(
    `pyarena benchmarks: ${selected.length} programs x ${targets.join(', ')}; ${warmup} warm-up + ${iterations} measured runs each ` +
      `(${totalRuns} processes); ${machine.cores} cores, load ${machine.loadAverage}, Node ${machine.node}` +
      `${python !== null ? `, CPython ${python.version} (${python.executable})` : ''}\n`,
  );
  process.stderr.write('measuring how long the host stalls a busy thread (6 s) ...\n');
  machine.hostStalls = await measureHostStalls();
  const started = Date.now();
  let done = 0;
  const results: ProgramResult[] = [];
  for (const name of selected) {
    const path = join(programsDir, `${name}.py`);
    const expected = readFileSync(join(programsDir, `${name}.expected`), 'utf8');
    const result = await benchProgram(path, {
      targets,
      iterations,
      warmup,
      pyarena: pyarenaEntry,
      python: python?.executable ?? null,
      timeoutMs: timeoutS * 1000,
      expected,
      onProgress: (p) => {
        done++;
        const elapsed = (Date.now() - started) / 1000;
        process.stderr.write(`[${String(done).padStart(String(totalRuns).length)}/${totalRuns} ${fmtTime(elapsed)}]${progressLine(p)}`);
      },
    });
    results.push(result);
  }
  const durationS = (Date.now() - started) / 1000;
  const suite: SuiteResults = {
    schema: 1,
    date: new Date(started).toISOString(),
    command,
    machine,
    options: { iterations, warmup, targets, programs: selected, timeoutS },
    durationS,
    programs: results,
  };
  writeFileSync(join(outDir, 'latest.json'), JSON.stringify(suite, null, 1) + '\n');
  process.stderr.write(`wrote ${relative(process.cwd(), join(outDir, 'latest.json'))} (${fmtTime(durationS)})\n`);
  await writeReport(suite, outDir, full && !args['no-docs'] && args.out === undefined);

  if (targets.includes('cpython')) {
    for (const g of ratioSummary(suite)) {
      process.stdout.write(`${g.target.padEnd(13)} ${g.wall.toFixed(2)}x CPython's wall time (geometric mean over ${g.programs} program${g.programs === 1 ? '' : 's'})\n`);
    }
  }
  const failed = results.flatMap((p) => p.targets.filter((t) => t.status !== 'ok').map((t) => `${p.name}/${t.target}: ${t.error}`));
  if (failed.length > 0) {
    process.stderr.write(`failed runs:\n  ${failed.join('\n  ')}\n`);
    process.exitCode = 1;
  }
}

function fmtTime(s: number): string {
  const m = Math.floor(s / 60);
  return `${m}:${String(Math.floor(s % 60)).padStart(2, '0')}`;
}

await main();
