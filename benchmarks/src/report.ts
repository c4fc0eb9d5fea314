// The markdown report of a suite run: machine and command, time against CPython, the cycle-free
// comparison of the backends, GC pauses and MMU, memory. Written to benchmarks/results/report.md
// and into docs/benchmarks.md between its results markers.

import { formatBytes, MMU_WINDOWS_MS, ratioToCPython, type ProgramResult, type Target, type TargetResult } from 'pyarena/bench';
import type { HostStalls } from './host-stalls';
import { BACKEND_TARGETS, PAUSE_TARGETS, cycleFree, ratioSummary, relativeTo, type SuiteResults } from './results';

const s = (ms: number) => (Number.isFinite(ms) ? (ms / 1000).toFixed(2) : '—');
const x = (r: number) => (Number.isFinite(r) ? `${r.toFixed(2)}×` : '—');
const ms = (v: number) => (!Number.isFinite(v) ? '—' : v >= 100 ? v.toFixed(0) : v >= 10 ? v.toFixed(1) : v.toFixed(2));
const pct = (v: number | null) => (v === null || !Number.isFinite(v) ? '—' : `${(v * 100).toFixed(v >= 0.9995 ? 0 : 1)}%`);
const bytes = (b: number | null) => (b === null ? '—' : formatBytes(b));
const kib = (k: number | null) => (k === null ? '—' : formatBytes(k * 1024));

function row(cells: string[]): string {
  return `| ${cells.join(' | ')} |\n`;
}

function header(cells: string[], align: ('l' | 'r')[]): string {
  return row(cells) + row(align.map((a) => (a === 'l' ? ':--' : '--:')));
}

function target(p: ProgramResult, t: Target): TargetResult | undefined {
  return p.targets.find((r) => r.target === t);
}

function ok(t: TargetResult | undefined): t is TargetResult {
  return t !== undefined && t.status === 'ok';
}

/** The floor under the pause figures: how long this host stopped a thread that did nothing else. */
export function hostStallsNote(h: HostStalls): string {
  const f = (v: number) => v.toFixed(2);
  return `The host's own floor, measured before the runs: a fixed loop of arithmetic (no allocation, no calls), ` +
    `timed ${h.alone.chunks} times over ${(h.durationMs / 1000).toFixed(1)} s, took ${f(h.alone.p50Ms)} ms at the median and up to ` +
    `${f(h.alone.maxMs)} ms (p99.9 ${f(h.alone.p999Ms)} ms); with one other thread of the process busy, as V8's ` +
    `optimising compiler is during a run's first seconds, up to ${f(h.busyThread.maxMs)} ms ` +
    `(p99.9 ${f(h.busyThread.p999Ms)} ms). A pause that meets such a stall is longer by that much, whatever the ` +
    `collector did.\n\n`;
}

export function markdownReport(r: SuiteResults, chartsHref: string, command: string): string {
  const m = r.machine;
  const targets = r.options.targets;
  const backends = BACKEND_TARGETS.filter((b) => targets.includes(b));
  const hasCPython = targets.includes('cpython');
  let out = '';

  out += `Measured ${r.date.slice(0, 16).replace('T', ' ')} UTC on ${m.cpuModel} (${m.cores} cores, ${m.memoryGiB} GiB), ` +
    `${m.os}; Node ${m.node} (V8 ${m.v8}${m.nodeFlags !== undefined && m.nodeFlags.length > 0 ? `, pyarena run with \`${m.nodeFlags.join(' ')}\`` : ''})${m.python !== null ? `, CPython ${m.python}` : ', no CPython'}; ` +
    `pyarena ${m.pyarenaCommit ?? 'unknown commit'}${m.dirty ? ' with uncommitted changes' : ''}. ` +
    `${r.options.iterations} measured run${r.options.iterations === 1 ? '' : 's'} per program and target after ` +
    `${r.options.warmup} warm-up run${r.options.warmup === 1 ? '' : 's'}, each in its own process; ` +
    `load average ${m.loadAverage} at the start; the suite took ${(r.durationS / 60).toFixed(1)} min.\n\n`;
  out += `Command: \`${command}\`\n\n`;

  const failures = r.programs.flatMap((p) => p.targets.filter((t) => t.status !== 'ok').map((t) => `${p.name} under ${t.target}: ${t.error}`));
  if (failures.length > 0) out += `**Failed runs** (left out of every figure below): ${failures.join('; ')}.\n\n`;

  // Time
  out += '### Time against CPython\n\n';
  if (hasCPython) {
    out += 'How many times longer than CPython 3.11 each backend takes (median wall time of the whole process, start-up ' +
      'included; "run" is the in-process time from parsing to shutdown, and for CPython the `runpy.run_path` call). ' +
      'Geometric means over the programs:\n\n';
    out += header(['backend', 'wall-time ratio', 'run-time ratio', 'programs'], ['l', 'r', 'r', 'r']);
    for (const g of ratioSummary(r)) out += row([g.target, x(g.wall), x(g.run), String(g.programs)]);
    out += `\n![Wall time relative to CPython, per program and backend](${chartsHref}ratio.svg)\n\n`;
  }
  out += header(
    ['program', 'cycles', ...(hasCPython ? ['CPython s'] : []), ...backends.map((b) => `${b} s`), ...(hasCPython ? backends.map((b) => `${b} ×`) : [])],
    ['l', 'l', ...(hasCPython ? ['r' as const] : []), ...backends.map(() => 'r' as const), ...(hasCPython ? backends.map(() => 'r' as const) : [])],
  );
  for (const p of r.programs) {
    const c = target(p, 'cpython');
    out += row([
      p.name,
      p.cycles ?? '?',
      ...(hasCPython ? [ok(c) ? s(c.wallMs.median) : '—'] : []),
      ...backends.map((b) => {
        const t = target(p, b);
        return ok(t) ? s(t.wallMs.median) : 'failed';
      }),
      ...(hasCPython ? backends.map((b) => x(ratioToCPython(p, b))) : []),
    ]);
  }
  out += '\n';

  // Cycle-free comparison
  const free = cycleFree(r);
  if (free.length > 0 && backends.includes('pymalloc')) {
    out += '### Cycle-free programs: the backends against each other\n\n';
    out += 'On programs that make no reference cycles (`# cycles: none`; the cycle collector of `generational` frees ' +
      'nothing on them) every backend runs the same program and only the memory management differs. Wall time ' +
      'relative to `pymalloc` (lower is faster). `pymalloc` runs the same interpreter loop with the same reference ' +
      'counting and frees nothing (docs/memory.md section 4), so its time includes counting; the differences are ' +
      'what freeing (and, for `generational`, collecting) costs or saves.\n\n';
    out += header(['program', ...backends], ['l', ...backends.map(() => 'r' as const)]);
    for (const p of free) {
      out += row([p.name, ...backends.map((b) => x(relativeTo([p], b, 'pymalloc')))]);
    }
    out += row(['**geometric mean**', ...backends.map((b) => `**${x(relativeTo(free, b, 'pymalloc'))}**`)]);
    out += '\n';
  }

  // Pauses
  const pauseTargets: Target[] = PAUSE_TARGETS.filter((t) => targets.includes(t));
  if (pauseTargets.length > 0) {
    out += '### GC pauses\n\n';
    out += 'Every collection is a pause of the program (pyarena: the collection events; CPython: `gc.callbacks`, ' +
      '`time.perf_counter` from `start` to `stop`). Pauses of all measured runs are pooled for the percentiles ' +
      '(nearest rank); count and total are per run. MMU is the minimum mutator utilisation: the worst share of any ' +
      'window of that length left to the program (worst run). `pymalloc` and `refcount` have no collector and ' +
      'never pause (MMU 100%). V8 can run its own collection in the middle of one of ours; the *net* columns ' +
      'subtract the time V8 spent inside each pause (perf_hooks), which the other columns include.\n\n';
    if (m.hostStalls !== undefined) out += hostStallsNote(m.hostStalls);
    out += `![Pause-time distribution per program: box from p25 to p75, line at the median, whiskers to min and max, dot at p99](${chartsHref}pauses.svg)\n\n`;
    out += header(
      ['program', 'target', 'pauses/run', 'total ms/run', 'GC share', 'p50 ms', 'p99 ms', 'max ms', 'p99 net ms', 'max net ms', ...MMU_WINDOWS_MS.map((w) => `MMU ${w} ms`)],
      ['l', 'l', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r', ...MMU_WINDOWS_MS.map(() => 'r' as const)],
    );
    for (const p of r.programs) {
      for (const tn of pauseTargets) {
        const t = target(p, tn);
        if (!ok(t)) continue;
        const none = t.pauses.count === 0;
        out += row([
          p.name,
          tn,
          t.pauses.count.toFixed(0),
          none ? '—' : ms(t.pauses.totalMs),
          pct(t.gcShare),
          none ? '—' : ms(t.pauses.p50Ms),
          none ? '—' : ms(t.pauses.p99Ms),
          none ? '—' : ms(t.pauses.maxMs),
          none || t.pausesNet === undefined ? '—' : ms(t.pausesNet.p99Ms),
          none || t.pausesNet === undefined ? '—' : ms(t.pausesNet.maxMs),
          ...t.mmu.map(pct),
        ]);
      }
    }
    out += `\n![Minimum mutator utilisation against window size](${chartsHref}mmu.svg)\n\n`;
  }

  // Memory
  out += '### Memory\n\n';
  out += 'Peak modelled heap: the high-water mark of the obmalloc model (objects and buffers, block-rounded). ' +
    'Peak RSS: the process\'s maximum resident set (getrusage), which for pyarena includes Node and V8 (about ' +
    '50 MiB before any Python runs) and for CPython the interpreter.\n\n';
  out += `![Peak modelled heap per program and backend](${chartsHref}memory.svg)\n\n`;
  out += header(
    ['program', ...backends.map((b) => `heap ${b}`), ...targets.map((t) => `RSS ${t}`)],
    ['l', ...backends.map(() => 'r' as const), ...targets.map(() => 'r' as const)],
  );
  for (const p of r.programs) {
    out += row([
      p.name,
      ...backends.map((b) => {
        const t = target(p, b);
        return ok(t) ? bytes(t.peakHeapBytes) : '—';
      }),
      ...targets.map((tn) => {
        const t = target(p, tn);
        return ok(t) ? kib(t.maxRssKiB) : '—';
      }),
    ]);
  }
  out += '\n';
  return out;
}
