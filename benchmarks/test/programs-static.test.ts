// Fast checks of the benchmark programs that run nothing: each has its recorded CPython output,
// a `# cycles:` tag on its first line, a checksum line, and a description.
import { describe, expect, it } from 'vitest';
import { cyclesTag } from 'pyarena/bench';
import { benchmarkPrograms } from './programs';

const programs = benchmarkPrograms();

describe('benchmark programs', () => {
  it('are at least twelve', () => {
    expect(programs.length).toBeGreaterThanOrEqual(12);
  });

  for (const p of programs) {
    it(`${p.name}: tagged, described, with a recorded checksum`, () => {
      expect(['none', 'some', 'many']).toContain(cyclesTag(p.source));
      expect(p.source.split('\n')[1]).toMatch(/^# \S/);
      expect(p.expected).not.toBeNull();
      expect(p.expected).toMatch(/^checksum \S+$/m);
    });
  }
});
