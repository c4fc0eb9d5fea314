import { describe, expect, it } from 'vitest';
import { measureHostStalls } from '../src/host-stalls';
import { hostStallsNote } from '../src/report';

describe('host stall floor', () => {
  it('times chunks alone and beside a busy worker, and the worker stops', async () => {
    const h = await measureHostStalls(150);
    expect(h.durationMs).toBe(150);
    for (const f of [h.alone, h.busyThread]) {
      expect(f.chunks).toBeGreaterThan(10);
      expect(f.p50Ms).toBeGreaterThan(0);
      expect(f.p50Ms).toBeLessThanOrEqual(f.p999Ms);
      expect(f.p999Ms).toBeLessThanOrEqual(f.maxMs);
    }
  });

  it('is stated in the report with both measurements', () => {
    const note = hostStallsNote({
      durationMs: 3000,
      chunkIterations: 20000,
      alone: { chunks: 60000, p50Ms: 0.04, p999Ms: 0.27, maxMs: 1.0 },
      busyThread: { chunks: 66000, p50Ms: 0.03, p999Ms: 0.34, maxMs: 5.41 },
    });
    expect(note).toContain('timed 60000 times over 3.0 s');
    expect(note).toContain('up to 1.00 ms (p99.9 0.27 ms)');
    expect(note).toContain('busy, as V8');
    expect(note).toContain('up to 5.41 ms (p99.9 0.34 ms)');
  });
});
