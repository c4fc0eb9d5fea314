// --stats-json FILE: the figures of --stats as one JSON object, for programs (the benchmark
// harness, `pyarena bench`) rather than people. Written at exit, after one event-loop turn so that
// V8's own collections have been reported. Format: docs/cli.md. The CPython probe of
// `pyarena bench` (bench/cpython-probe.ts) writes the same fields that the harness reads.

import { writeFileSync } from 'node:fs';
import type { CollectionEvent, HeapStats } from '@pyarena/memory';
import { hostTimeInside, type HostGcStats } from './observe';
import type { Session } from './session';

/**
 * One collection: [startMs, durationMs, generation, collected, hostGcInsideMs]; times are
 * performance.now(); the last is the time V8's own collections spent inside this pause.
 */
export type CollectionTuple = [number, number, number, number, number];

export interface StatsJson {
  /** The backend (`pymalloc`, `refcount`, `generational`), or `cpython` from the probe. */
  target: string;
  /** performance.now() when the run started (before parsing) and ended (after shutdown). */
  startMs: number;
  endMs: number;
  exitCode: number;
  collections: CollectionTuple[];
  /** The modelled heap's high-water mark; null from CPython. */
  peakHeapBytes: number | null;
  /** The process's peak resident set size (getrusage ru_maxrss), KiB. */
  maxRssKiB: number;
  /** Time in V8's own collections (perf_hooks), ms; null from CPython. */
  hostGcMs: number | null;
  hostGc?: HostGcStats | null;
  heap?: HeapStats;
  /** The flags node was started with (process.execArgv): host-flags.ts's, when run as intended. */
  nodeFlags?: string[];
}

/** The --stats-json record of a finished session; null when nothing was observed. */
export function statsJson(session: Session): StatsJson | null {
  const o = session.observer;
  if (o === null || o.heap === null) return null;
  const heap = o.heap.stats();
  const hostGc = o.takeHostGc();
  return {
    target: heap.backend,
    startMs: o.startMs,
    endMs: o.endMs,
    exitCode: session.exitCode,
    collections: collectionTuples(o.heap.events.entries, o.hostGcSpans()),
    peakHeapBytes: heap.peakBytes,
    maxRssKiB: process.resourceUsage().maxRSS,
    hostGcMs: hostGc?.totalMs ?? null,
    hostGc,
    heap,
    nodeFlags: process.execArgv,
  };
}

function collectionTuples(events: readonly CollectionEvent[], host: readonly [number, number][]): CollectionTuple[] {
  const inside = hostTimeInside(events.map((e) => [e.startMs, e.durationMs]), host);
  return events.map((e, i) => [e.startMs, e.durationMs, e.generation, e.collected, inside[i]!]);
}

/** Writes the record to `path`; a failure is one line on stderr (the run's status stands). */
export function writeStatsJson(path: string, session: Session): void {
  const record = statsJson(session);
  try {
    writeFileSync(path, JSON.stringify(record) + '\n');
  } catch (e) {
    process.stderr.write(`pyarena: can't write stats file '${path}': ${(e as Error).message}\n`);
  }
}
