// The statistics of `pyarena bench` and the benchmark suite (src/bench/stats.ts): percentiles by
// nearest rank, pause summaries, minimum mutator utilisation, geometric means. No processes, no
// timing: hand-made pause lists with answers worked out on paper.
import { describe, expect, it } from 'vitest';
import { cyclesTag } from '../src/bench/bench-program';
import { parseBackends } from '../src/bench/command';
import { geometricMean, logWindows, median, minimumMutatorUtilisation, percentile, summarizePauses } from '../src/bench/stats';

describe('percentile (nearest rank)', () => {
  const ten = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

  it('picks the smallest value with at least q% at or below it', () => {
    expect(percentile(ten, 50)).toBe(5);
    expect(percentile(ten, 90)).toBe(9);
    expect(percentile(ten, 91)).toBe(10);
    expect(percentile(ten, 99)).toBe(10);
    expect(percentile(ten, 100)).toBe(10);
    expect(percentile(ten, 10)).toBe(1);
    expect(percentile(ten, 0)).toBe(1);
  });

  it('is always one of the values: the p99 of a few pauses is the largest', () => {
    expect(percentile([0.5, 2, 40], 99)).toBe(40);
    expect(percentile([0.5, 2, 40], 50)).toBe(2);
    expect(percentile([7], 1)).toBe(7);
    expect(percentile([7], 99)).toBe(7);
  });

  it('is NaN for no values', () => {
    expect(percentile([], 50)).toBeNaN();
  });

  it('median sorts its input and takes the lower middle of an even count', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2);
  });
});

describe('summarizePauses', () => {
  it('counts, totals and ranks the durations', () => {
    const s = summarizePauses([3, 1, 2, 10]);
    expect(s).toMatchObject({ count: 4, totalMs: 16, minMs: 1, p25Ms: 1, p50Ms: 2, p75Ms: 3, p99Ms: 10, maxMs: 10 });
  });

  it('is all zeros without pauses', () => {
    expect(summarizePauses([])).toMatchObject({ count: 0, totalMs: 0, minMs: 0, p50Ms: 0, p99Ms: 0, maxMs: 0 });
  });
});

describe('minimumMutatorUtilisation', () => {
  const mmu = (pauses: [number, number][], start: number, end: number, windows: number[]) =>
    minimumMutatorUtilisation(pauses.map(([startMs, durationMs]) => ({ startMs, durationMs })), start, end, windows);

  it('is 1 for a run without pauses, at every window that fits', () => {
    expect(mmu([], 0, 100, [1, 10, 100])).toEqual([1, 1, 1]);
  });

  it('is null for a window longer than the run', () => {
    expect(mmu([], 0, 100, [101, 1000])).toEqual([null, null]);
  });

  it('is 0 for windows no longer than the longest pause', () => {
    // one 5 ms pause at 50 ms in a 100 ms run
    const [w1, w5, w10, w100] = mmu([[50, 5]], 0, 100, [1, 5, 10, 100]);
    expect(w1).toBe(0);
    expect(w5).toBe(0);
    expect(w10).toBeCloseTo(0.5, 12); // a 10 ms window holds the whole pause
    expect(w100).toBeCloseTo(0.95, 12); // the whole run
  });

  it('finds the window that holds the most pause time, not just the longest pause', () => {
    // pauses of 2 ms at 10, 14 and 18 (ends at 20): a 10 ms window from 10 to 20 holds 6 ms
    const pauses: [number, number][] = [[10, 2], [14, 2], [18, 2], [80, 3]];
    const [w10, w3] = mmu(pauses, 0, 100, [10, 3]);
    expect(w10).toBeCloseTo(0.4, 12);
    expect(w3).toBe(0); // inside the 3 ms pause
  });

  it('takes the worst of the pauses when one dominates the window', () => {
    const [w4] = mmu([[10, 2], [14, 2], [18, 2], [80, 3]], 0, 100, [4]);
    // windows around the 3 ms pause lose 3 of 4 ms; around the 2 ms pauses only 2 (or 2+0)
    expect(w4).toBeCloseTo(0.25, 12);
  });

  it('clips pauses to the run and merges overlapping ones', () => {
    // a pause from -5 to 5 counts from 0; [20,30] and [25,35] merge into [20,35]
    const [w10, w15] = mmu([[-5, 10], [20, 10], [25, 10]], 0, 100, [10, 15]);
    expect(w10).toBe(0);
    expect(w15).toBe(0);
    const [w20] = mmu([[-5, 10], [20, 10], [25, 10]], 0, 100, [20]);
    expect(w20).toBeCloseTo(0.25, 12); // 15 ms of pause in the best-placed 20 ms window
  });

  it('handles a pause at the very end of the run', () => {
    const [w10] = mmu([[95, 5]], 0, 100, [10]);
    expect(w10).toBeCloseTo(0.5, 12);
  });

  it('agrees with a brute-force scan on random pauses', () => {
    let seed = 12345;
    const rnd = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    for (let trial = 0; trial < 10; trial++) {
      const pauses: [number, number][] = [];
      let t = rnd() * 5;
      while (t < 200) {
        const d = rnd() * 4;
        pauses.push([t, d]);
        t += d + rnd() * 15;
      }
      for (const w of [0.5, 3, 17, 60]) {
        const [fast] = mmu(pauses, 0, 200, [w]);
        // brute force: windows starting every 0.05 ms, exact overlap sums
        let worst = 0;
        for (let a = 0; a <= 200 - w + 1e-9; a += 0.05) {
          let p = 0;
          for (const [s, d] of pauses) p += Math.max(0, Math.min(a + w, s + d, 200) - Math.max(a, s));
          worst = Math.max(worst, p);
        }
        // the scan misses the true worst placement by at most its step (pause time moves at <= 1 ms/ms)
        expect(fast!).toBeLessThanOrEqual(1 - worst / w + 1e-9);
        expect(fast!).toBeGreaterThanOrEqual(1 - worst / w - 0.05 / w - 1e-9);
      }
    }
  });
});

describe('geometricMean', () => {
  it('is the nth root of the product', () => {
    expect(geometricMean([2, 8])).toBeCloseTo(4, 12);
    expect(geometricMean([1, 10, 100])).toBeCloseTo(10, 12);
  });

  it('skips values that are not positive and finite; NaN when none are left', () => {
    expect(geometricMean([4, NaN, 0, -1, Infinity])).toBeCloseTo(4, 12);
    expect(geometricMean([])).toBeNaN();
  });
});

describe('logWindows', () => {
  it('spaces windows evenly on a log scale, ends included', () => {
    expect(logWindows(1, 100, 2)).toEqual([1, 3.16, 10, 31.6, 100]);
  });
});

describe('options and tags', () => {
  it('parses --gc all and lists of backends', () => {
    expect(parseBackends('all')).toEqual(['pymalloc', 'refcount', 'generational', 'incremental', 'marksweep']);
    expect(parseBackends('refcount,generational')).toEqual(['refcount', 'generational']);
    expect(() => parseBackends('copying')).toThrow(/expected 'all'/);
  });

  it('reads the cycles tag of a program', () => {
    expect(cyclesTag('# cycles: none\nprint(1)\n')).toBe('none');
    expect(cyclesTag('#cycles:many\n')).toBe('many');
    expect(cyclesTag('print(1)\n# cycles: none\n')).toBeNull();
  });
});
