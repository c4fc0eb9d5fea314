// The statistics of `pyarena bench` and the benchmark suite (benchmarks/run.ts): pause
// percentiles, minimum mutator utilisation, geometric means. Plain functions over plain numbers,
// so that they are tested apart from any process (apps/cli/test/bench-stats.test.ts).

/** One collector pause: when it started and how long it took, in milliseconds. */
export interface PauseInterval {
  startMs: number;
  durationMs: number;
}

/**
 * The q-th percentile (0 < q <= 100) of ascending `sorted`, by the nearest-rank method: the
 * smallest value with at least q% of the values at or below it. Always one of the values (no
 * interpolation), so a p99 of 3 pauses is the largest, as it should be for a tail. Empty: NaN.
 */
export function percentile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return NaN;
  if (q <= 0) return sorted[0]!;
  const rank = Math.ceil((q / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

/** The median by nearest rank (the lower middle of an even count, so it is one of the values). */
export function median(values: readonly number[]): number {
  return percentile([...values].sort((a, b) => a - b), 50);
}

/** exp(mean(log x)) over positive finite values; NaN when there are none. */
export function geometricMean(values: readonly number[]): number {
  const ok = values.filter((v) => Number.isFinite(v) && v > 0);
  if (ok.length === 0) return NaN;
  return Math.exp(ok.reduce((s, v) => s + Math.log(v), 0) / ok.length);
}

/** The distribution of pause durations; times in milliseconds. */
export interface PauseSummary {
  count: number;
  totalMs: number;
  minMs: number;
  p25Ms: number;
  p50Ms: number;
  p75Ms: number;
  p90Ms: number;
  p99Ms: number;
  maxMs: number;
}

/** Count, total and percentiles of pause durations (zeros when there are none). */
export function summarizePauses(durationsMs: readonly number[]): PauseSummary {
  const d = [...durationsMs].sort((a, b) => a - b);
  const at = (q: number) => (d.length === 0 ? 0 : percentile(d, q));
  return {
    count: d.length,
    totalMs: d.reduce((s, v) => s + v, 0),
    minMs: d.length === 0 ? 0 : d[0]!,
    p25Ms: at(25),
    p50Ms: at(50),
    p75Ms: at(75),
    p90Ms: at(90),
    p99Ms: at(99),
    maxMs: d.length === 0 ? 0 : d[d.length - 1]!,
  };
}

/**
 * Pauses clipped to [startMs, endMs], sorted, with overlapping ones merged (a collector's pauses
 * never overlap; merging keeps the computation right for any input), as [start, end] pairs.
 */
function normalize(pauses: readonly PauseInterval[], startMs: number, endMs: number): [number, number][] {
  const spans = pauses
    .map((p): [number, number] => [Math.max(startMs, p.startMs), Math.min(endMs, p.startMs + p.durationMs)])
    .filter(([s, e]) => e > s)
    .sort((a, b) => a[0] - b[0]);
  const out: [number, number][] = [];
  for (const span of spans) {
    const last = out[out.length - 1];
    if (last !== undefined && span[0] <= last[1]) last[1] = Math.max(last[1], span[1]);
    else out.push([span[0], span[1]]);
  }
  return out;
}

/**
 * Minimum mutator utilisation (Cheng and Blelloch, 2001) of a run from startMs to endMs with the
 * given pauses, for each window size: the smallest fraction of any window of that length, placed
 * anywhere inside the run, left to the program (not spent in pauses). 1 means no window ever
 * lost time to the collector; 0 means some window was all pause (a pause at least that long).
 * A window longer than the run has no placement: null.
 *
 * The pause time inside a window [t, t + w] is piecewise linear in t, so its maximum is reached
 * where the window starts at a pause's start or ends at a pause's end (or at the run's edges):
 * only those placements are tried, each in O(log n) with prefix sums, O(n log n) in all.
 */
export function minimumMutatorUtilisation(
  pauses: readonly PauseInterval[],
  startMs: number,
  endMs: number,
  windowsMs: readonly number[],
): (number | null)[] {
  const spans = normalize(pauses, startMs, endMs);
  const starts = spans.map((s) => s[0]);
  const before: number[] = [0]; // before[i]: total pause time of spans[0..i)
  for (const [s, e] of spans) before.push(before[before.length - 1]! + (e - s));

  /** Pause time in [startMs, x]. */
  const upTo = (x: number): number => {
    // k = number of spans starting at or before x
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid]! <= x) lo = mid + 1;
      else hi = mid;
    }
    if (lo === 0) return 0;
    const [s, e] = spans[lo - 1]!;
    return before[lo - 1]! + Math.min(x, e) - s;
  };

  const runMs = endMs - startMs;
  return windowsMs.map((w) => {
    if (!(w > 0) || w > runMs) return null;
    const lastStart = endMs - w;
    let worst = upTo(startMs + w) - upTo(startMs);
    worst = Math.max(worst, upTo(endMs) - upTo(lastStart));
    for (const [s, e] of spans) {
      const a = Math.min(s, lastStart);
      worst = Math.max(worst, upTo(a + w) - upTo(a));
      const b = Math.max(startMs, Math.min(e - w, lastStart));
      worst = Math.max(worst, upTo(b + w) - upTo(b));
    }
    return Math.max(0, Math.min(1, 1 - worst / w));
  });
}

/** Window sizes for an MMU curve: `perDecade` points per power of ten from loMs to hiMs. */
export function logWindows(loMs: number, hiMs: number, perDecade = 4): number[] {
  const out: number[] = [];
  const steps = Math.round(Math.log10(hiMs / loMs) * perDecade);
  for (let i = 0; i <= steps; i++) out.push(Number((loMs * 10 ** (i / perDecade)).toPrecision(3)));
  return out;
}
