// The tables `pyarena bench` prints: time and memory per target, then the pause distribution.
// Numbers come from bench-program.ts; this file only formats them.

import Table from 'cli-table3';
import { formatBytes } from '../options';
import { MMU_WINDOWS_MS, ratioToCPython, type ProgramResult, type TargetResult } from './bench-program';

const STYLE = { head: [] as string[], border: [] as string[], compact: true };

export function seconds(ms: number): string {
  return Number.isFinite(ms) ? (ms / 1000).toFixed(3) : '-';
}

export function millis(ms: number): string {
  return Number.isFinite(ms) ? (ms >= 100 ? ms.toFixed(1) : ms.toFixed(3)) : '-';
}

export function ratio(x: number): string {
  return Number.isFinite(x) ? `${x.toFixed(2)}x` : '-';
}

export function percent(x: number | null): string {
  return x === null || !Number.isFinite(x) ? '-' : `${(x * 100).toFixed(1)}%`;
}

export function rss(kib: number | null): string {
  return kib === null ? '-' : formatBytes(kib * 1024);
}

export function heapBytes(bytes: number | null): string {
  return bytes === null ? '-' : formatBytes(bytes);
}

/** The two tables of one program, as text. */
export function formatProgram(p: ProgramResult, iterations: number, warmup: number): string {
  let out = `${p.name}.py${p.cycles !== null ? ` (cycles: ${p.cycles})` : ''}: ${iterations} measured run${iterations === 1 ? '' : 's'} per target` +
    `${warmup > 0 ? ` after ${warmup} warm-up` : ''}\n`;
  const hasCPython = p.targets.some((t) => t.target === 'cpython');
  const times = new Table({
    head: ['target', 'wall s (median)', '±', ...(hasCPython ? ['vs CPython'] : []), 'run s', 'GC share', 'peak modelled heap', 'peak RSS', 'host GC ms', 'status'],
    style: STYLE,
    colAligns: ['left', 'right', 'right', ...(hasCPython ? ['right' as const] : []), 'right', 'right', 'right', 'right', 'right', 'left'],
  });
  for (const t of p.targets) {
    times.push([
      t.target,
      seconds(t.wallMs.median),
      t.runs > 1 && Number.isFinite(t.wallMs.rme) ? `${t.wallMs.rme.toFixed(1)}%` : '-',
      ...(hasCPython ? [t.target === 'cpython' ? '1.00x' : ratio(ratioToCPython(p, t.target))] : []),
      seconds(t.runMs),
      percent(t.gcShare),
      heapBytes(t.peakHeapBytes),
      rss(t.maxRssKiB),
      t.hostGcMs === null ? '-' : t.hostGcMs.toFixed(1),
      status(t),
    ]);
  }
  out += times.toString() + '\n';
  const pauses = new Table({
    head: ['target', 'pauses/run', 'total ms/run', 'p50 ms', 'p99 ms', 'max ms', 'p99 net ms', 'max net ms', ...MMU_WINDOWS_MS.map((w) => `MMU ${w} ms`), 'freed by GC/run'],
    style: STYLE,
    colAligns: ['left', 'right', 'right', 'right', 'right', 'right', 'right', 'right', ...MMU_WINDOWS_MS.map(() => 'right' as const), 'right'],
  });
  for (const t of p.targets) {
    const none = t.pauses.count === 0;
    pauses.push([
      t.target,
      count(t.pauses.count),
      none ? '-' : millis(t.pauses.totalMs),
      none ? '-' : millis(t.pauses.p50Ms),
      none ? '-' : millis(t.pauses.p99Ms),
      none ? '-' : millis(t.pauses.maxMs),
      none ? '-' : millis(t.pausesNet.p99Ms),
      none ? '-' : millis(t.pausesNet.maxMs),
      ...t.mmu.map(percent),
      count(t.collectedPerRun),
    ]);
  }
  out += pauses.toString() + '\n';
  return out;
}

function status(t: TargetResult): string {
  return t.status === 'ok' ? 'ok' : `FAILED: ${t.error}`;
}

function count(n: number): string {
  return Number.isInteger(n) ? n.toLocaleString('en-US') : n.toLocaleString('en-US', { maximumFractionDigits: 1 });
}
