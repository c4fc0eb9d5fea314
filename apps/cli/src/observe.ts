// What --stats, --gc-trace and --trace-json see of a run. One RunObserver subscribes to the heap's
// event stream (DESIGN section 5) and to the allocator's arena changes, before the program
// allocates anything; it costs nothing per allocation. Formats: docs/cli.md.

import { closeSync, openSync, writeSync } from 'node:fs';
import { createRequire } from 'node:module';
import { PerformanceObserver } from 'node:perf_hooks';
import { Obmalloc, type CollectionEvent, type Heap } from '@pyarena/memory';
import type * as Hdr from 'hdr-histogram-js';
import { formatBytes } from './options';

export interface ObserveOptions {
  /** Collect what --stats prints. */
  stats?: boolean;
  /** Write one line per collection (--gc-trace) through `trace`. */
  gcTrace?: boolean;
  /** Path of the JSON-lines event file (--trace-json). */
  traceJson?: string;
  /**
   * With stats: also time V8's own collections (perf_hooks). Its entries arrive only on an
   * event-loop turn, so the command line waits one before printing; the in-process API does not.
   */
  hostGc?: boolean;
}

/** Pause statistics of one generation (or of all), from the event stream. */
export interface PauseStats {
  collections: number;
  examined: number;
  collected: number;
  uncollectable: number;
  totalMs: number;
  minMs: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  /**
   * The same pauses minus the time V8's own collections spent inside them (V8 can start one
   * anywhere JavaScript runs, our collector included); present when V8's collections were timed.
   * `affected` counts the pauses that had one inside.
   */
  net?: { totalMs: number; p50Ms: number; p99Ms: number; maxMs: number; affected: number };
}

/**
 * For each pause [start, start + duration), the time V8's collections `host` ([start, duration],
 * any order) spent inside it. Both lists are swept once after sorting.
 */
export function hostTimeInside(pauses: readonly [number, number][], host: readonly [number, number][]): number[] {
  const h = [...host].sort((a, b) => a[0] - b[0]);
  const order = pauses.map((_, i) => i).sort((a, b) => pauses[a]![0] - pauses[b]![0]);
  const out = new Array<number>(pauses.length).fill(0);
  let first = 0; // the first host interval that can still overlap a later pause
  for (const i of order) {
    const [start, duration] = pauses[i]!;
    const end = start + duration;
    while (first < h.length && h[first]![0] + h[first]![1] <= start) first++;
    for (let j = first; j < h.length && h[j]![0] < end; j++) {
      const overlap = Math.min(end, h[j]![0] + h[j]![1]) - Math.max(start, h[j]![0]);
      if (overlap > 0) out[i]! += overlap;
    }
  }
  return out;
}

/** Host (V8) garbage collections seen by perf_hooks during the run. */
export interface HostGcStats {
  collections: number;
  totalMs: number;
}

/** The --gc-trace line of one collection (format documented in docs/cli.md). */
export function formatTraceLine(e: CollectionEvent): string {
  return (
    `gc: gen=${e.generation} examined=${e.examined} collected=${e.collected} uncollectable=${e.uncollectable} ` +
    `pause=${e.durationMs.toFixed(3)}ms heap=${formatBytes(e.heapBytesBefore)}->${formatBytes(e.heapBytesAfter)}\n`
  );
}

/**
 * hdr-histogram-js, loaded on first use and left out of the bundle: evaluating it costs tens of
 * milliseconds of start-up, which only --stats should pay. Resolved from apps/cli/node_modules.
 */
let hdrLib: typeof Hdr | null = null;
function hdr(): typeof Hdr {
  return (hdrLib ??= createRequire(import.meta.url)('hdr-histogram-js') as typeof Hdr);
}

/** One generation's collections (or all); pauses go into an HDR histogram when summarised. */
class PauseRecorder {
  collections = 0;
  examined = 0;
  collected = 0;
  uncollectable = 0;
  private readonly pausesMs: number[] = [];
  private readonly spans: [number, number][] = [];

  record(e: CollectionEvent): void {
    this.collections++;
    this.examined += e.examined;
    this.collected += e.collected;
    this.uncollectable += e.uncollectable;
    this.pausesMs.push(e.durationMs);
    this.spans.push([e.startMs, e.durationMs]);
  }

  /** `host`: V8's collections as [start, duration], to report the pauses net of them too. */
  snapshot(host: readonly [number, number][] | null = null): PauseStats {
    const out = PauseRecorder.summarize(this.pausesMs, this);
    if (host !== null) {
      const inside = hostTimeInside(this.spans, host);
      const net = PauseRecorder.summarize(this.pausesMs.map((ms, i) => Math.max(0, ms - inside[i]!)), this);
      out.net = { totalMs: net.totalMs, p50Ms: net.p50Ms, p99Ms: net.p99Ms, maxMs: net.maxMs, affected: inside.filter((t) => t > 0).length };
    }
    return out;
  }

  /** Pause statistics of durations `p` (ms), with the counters of `counts`. */
  private static summarize(p: readonly number[], counts: PauseRecorder): PauseStats {
    const totalMs = p.reduce((a, b) => a + b, 0);
    const out: PauseStats = {
      collections: counts.collections,
      examined: counts.examined,
      collected: counts.collected,
      uncollectable: counts.uncollectable,
      totalMs,
      minMs: 0,
      p50Ms: 0,
      p99Ms: 0,
      maxMs: 0,
    };
    if (p.length === 0) return out;
    // Microseconds, as integers: percentiles with microsecond resolution, 3 significant digits.
    const histogram = hdr().build({
      lowestDiscernibleValue: 1,
      highestTrackableValue: 60_000_000, // one minute; grows beyond if needed
      numberOfSignificantValueDigits: 3,
      autoResize: true,
    });
    out.minMs = Infinity;
    for (const ms of p) {
      histogram.recordValue(Math.max(0, Math.round(ms * 1000)));
      if (ms < out.minMs) out.minMs = ms;
      if (ms > out.maxMs) out.maxMs = ms;
    }
    // The histogram reports a bucket's highest value: clamp to the exact min and max.
    const at = (q: number) => Math.min(out.maxMs, Math.max(out.minMs, histogram.getValueAtPercentile(q) / 1000));
    out.p50Ms = at(50);
    out.p99Ms = at(99);
    histogram.destroy();
    return out;
  }
}

/** A JSON-lines file written in 64 KiB chunks with plain synchronous writes. */
class JsonLinesFile {
  private fd: number;
  private pending = '';

  constructor(path: string) {
    this.fd = openSync(path, 'w');
  }

  write(record: object): void {
    this.pending += JSON.stringify(record) + '\n';
    if (this.pending.length > 1 << 16) this.flush();
  }

  flush(): void {
    if (this.pending.length === 0 || this.fd < 0) return;
    const buf = Buffer.from(this.pending, 'utf8');
    this.pending = '';
    let off = 0;
    while (off < buf.length) off += writeSync(this.fd, buf, off);
  }

  close(): void {
    this.flush();
    if (this.fd >= 0) closeSync(this.fd);
    this.fd = -1;
  }
}

export class RunObserver {
  heap: Heap | null = null;
  /** performance.now() when the run started and ended. */
  readonly startMs = performance.now();
  endMs = 0;
  private readonly byGeneration: PauseRecorder[] | null;
  private readonly all: PauseRecorder | null;
  private readonly json: JsonLinesFile | null;
  private hostGc: PerformanceObserver | null = null;
  private hostCollections = 0;
  private hostMs = 0;
  /** V8's collections as [performance.now() start, duration]. */
  private readonly hostSpans: [number, number][] = [];
  private readonly options: ObserveOptions;
  private readonly trace: (line: string) => void;

  /** Throws (from openSync) when the --trace-json file cannot be created. */
  constructor(options: ObserveOptions, trace: (line: string) => void) {
    this.options = options;
    this.trace = trace;
    this.byGeneration = options.stats ? [new PauseRecorder(), new PauseRecorder(), new PauseRecorder()] : null;
    this.all = options.stats ? new PauseRecorder() : null;
    this.json = options.traceJson !== undefined ? new JsonLinesFile(options.traceJson) : null;
    if (options.stats && options.hostGc) {
      // V8's own collections, reported apart from ours. Entries arrive on an event-loop turn.
      this.hostGc = new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) {
          this.hostCollections++;
          this.hostMs += entry.duration;
          this.hostSpans.push([entry.startTime, entry.duration]);
        }
      });
      this.hostGc.observe({ entryTypes: ['gc'] });
    }
  }

  /** RunConfig.onHeap: called before the program allocates anything. */
  attach(heap: Heap): void {
    this.heap = heap;
    if (this.options.stats || this.options.gcTrace || this.json !== null) {
      heap.events.subscribe((phase, event) => {
        if (phase === 'stop') this.onCollection(event);
      });
    }
    if (this.json !== null) {
      const json = this.json;
      const ob = heap.obmalloc;
      ob.onArena = (change, slot) => {
        json.write({
          type: 'arena',
          change,
          arena: slot,
          address: Obmalloc.arenaAddress(slot),
          arenasInUse: ob.arenasCurrent,
          heapBytes: heap.currentBytes,
          timeMs: performance.now(),
        });
      };
    }
  }

  private onCollection(event: CollectionEvent): void {
    if (this.all !== null) {
      this.all.record(event);
      this.byGeneration![event.generation]?.record(event);
    }
    if (this.options.gcTrace) this.trace(formatTraceLine(event));
    if (this.json !== null) this.json.write({ type: 'collection', ...event });
  }

  /** The run is over: stop timing, write out the event file. */
  finish(): void {
    if (this.endMs === 0) this.endMs = performance.now();
    this.json?.close();
  }

  /** Pauses per generation (0, 1, 2) and over all of them; null without --stats. */
  pauses(): { generations: PauseStats[]; all: PauseStats } | null {
    if (this.all === null) return null;
    const host = this.hostGc !== null ? this.hostSpans : null;
    return { generations: this.byGeneration!.map((r) => r.snapshot(host)), all: this.all.snapshot(host) };
  }

  /** Host GC seen so far; stops observing. Null when not observed. */
  takeHostGc(): HostGcStats | null {
    if (this.hostGc === null) return null;
    this.hostGc.disconnect();
    return { collections: this.hostCollections, totalMs: this.hostMs };
  }

  /** V8's collections seen so far, as [start, duration] (empty when not observed). */
  hostGcSpans(): readonly [number, number][] {
    return this.hostSpans;
  }
}
