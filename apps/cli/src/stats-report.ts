// The --stats summary: what the heap counted and what the event stream timed, as two tables on
// stderr. Layout documented in docs/cli.md; the numbers come from Heap.stats() and RunObserver.

import type { BackendName, HeapStats } from '@pyarena/memory';
import Table from 'cli-table3';
import type { HostGcStats, PauseStats } from './observe';
import { formatBytes } from './options';

export interface StatsInput {
  heap: HeapStats;
  pauses: { generations: PauseStats[]; all: PauseStats };
  /** null when not measured (the in-process API). */
  hostGc: HostGcStats | null;
  runMs: number;
}

const PLAIN = { head: [] as string[], border: [] as string[], compact: true };

function count(n: number): string {
  return n.toLocaleString('en-US');
}

function plural(n: number, noun: string): string {
  return `${count(n)} ${noun}${n === 1 ? '' : 's'}`;
}

function ms(n: number): string {
  return n.toFixed(3);
}

function bytes(n: number): string {
  return n < 1024 ? `${count(n)} bytes` : `${formatBytes(n)} (${count(n)} bytes)`;
}

/** Backends without automatic collections, and why. */
const NO_COLLECTOR: Partial<Record<BackendName, string>> = {
  pymalloc: 'the pymalloc backend frees nothing and has no cycle collector',
  refcount: 'the refcount backend frees at refcount zero and has no cycle collector, so cycles leak',
};

export function formatStats(s: StatsInput): string {
  const h = s.heap;
  let out = `pyarena stats: ${h.backend} backend, run time ${ms(s.runMs)} ms\n`;

  const memory = new Table({ style: PLAIN, colAligns: ['left', 'right'] });
  memory.push(
    ['allocations', `${count(h.allocations)} objects, ${count(h.bufferAllocations)} buffers`],
    ['frees', `${count(h.frees)} objects`],
    ['live objects at exit', count(h.liveObjects)],
    ['peak modelled heap', bytes(h.peakBytes)],
    ['modelled heap at exit', bytes(h.currentBytes)],
    ['arenas in use at exit', count(h.arenasInUse)],
    ['arenas released', count(h.arenasReleased)],
    ['arenas allocated (peak in use)', `${count(h.arenasAllocatedTotal)} (${count(h.arenasHighWater)})`],
  );
  out += memory.toString() + '\n';
  const classes = h.blocksInUseByClass.flatMap((n, c) => (n > 0 ? [`${(c + 1) * 16}B ${count(n)}`] : []));
  out += `blocks in use at exit per size class: ${classes.length > 0 ? classes.join(', ') : 'none'}\n`;

  const all = s.pauses.all;
  if (NO_COLLECTOR[h.backend] !== undefined) {
    out += `collections: none: ${NO_COLLECTOR[h.backend]}`;
    if (all.collections > 0) out += ` (gc.collect() ran ${plural(all.collections, 'time')}, ${ms(all.totalMs)} ms)`;
    out += '\n';
  } else if (all.collections === 0) {
    const t0 = h.gc.thresholds[0];
    out += t0 === 0 || !h.gc.enabled
      ? 'collections: none (automatic collection is disabled)\n'
      : h.backend === 'marksweep'
        ? 'collections: none (the heap never grew past the collection trigger)\n'
        : `collections: none (the generation-0 threshold of ${count(t0)} was never exceeded)\n`;
  } else {
    const gc = new Table({
      style: PLAIN,
      head: ['generation', 'collections', 'examined', 'collected', 'uncollectable', 'pause min ms', 'p50 ms', 'p99 ms', 'max ms', 'total ms'],
      colAligns: ['left', 'right', 'right', 'right', 'right', 'right', 'right', 'right', 'right', 'right'],
    });
    const row = (label: string, p: PauseStats) => {
      const t = p.collections > 0;
      gc.push([
        label,
        count(p.collections),
        count(p.examined),
        count(p.collected),
        count(p.uncollectable),
        t ? ms(p.minMs) : '-',
        t ? ms(p.p50Ms) : '-',
        t ? ms(p.p99Ms) : '-',
        t ? ms(p.maxMs) : '-',
        ms(p.totalMs),
      ]);
    };
    s.pauses.generations.forEach((p, g) => row(String(g), p));
    row('all', all);
    out += gc.toString() + '\n';
    const share = s.runMs > 0 ? ` (${((all.totalMs / s.runMs) * 100).toFixed(1)}% of run time)` : '';
    out += `GC time: ${ms(all.totalMs)} ms in ${plural(all.collections, 'collection')}${share}\n`;
    if (all.net !== undefined && all.net.affected > 0) {
      // V8 may run its own collection in the middle of ours: the pauses above include it.
      out += `pauses net of V8 collections inside them (${plural(all.net.affected, 'pause')} had one): ` +
        `p50 ${ms(all.net.p50Ms)} ms, p99 ${ms(all.net.p99Ms)} ms, max ${ms(all.net.maxMs)} ms, total ${ms(all.net.totalMs)} ms\n`;
    }
  }
  if (s.hostGc === null) {
    out += 'host (V8) GC: not measured\n';
  } else {
    out += `host (V8) GC: ${plural(s.hostGc.collections, 'collection')}, ${ms(s.hostGc.totalMs)} ms `;
    out += '(the JavaScript engine\'s own collector, not included above)\n';
  }
  return out;
}
