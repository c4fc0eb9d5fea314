// The benchmark programs, for the tests: name, path, source, recorded CPython output.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const benchmarksDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const programsDir = join(benchmarksDir, 'programs');
export const pyarenaEntry = resolve(benchmarksDir, '../apps/cli/dist/pyarena.mjs');

export interface BenchmarkProgram {
  name: string;
  path: string;
  source: string;
  /** programs/NAME.expected: what CPython 3.11 printed (record-expected.ts). */
  expected: string;
}

/**
 * The benchmark programs of the suite: programs/*.py with a recorded CPython output beside them
 * (NAME.expected, written by record-expected.ts). The folder also holds inputs of other
 * benchmarks, such as the parser's parse_2000.py, which have none and are not run.
 */
export function benchmarkPrograms(): BenchmarkProgram[] {
  return readdirSync(programsDir)
    .filter((f) => f.endsWith('.py') && existsSync(join(programsDir, f.replace(/\.py$/, '.expected'))))
    .sort()
    .map((f) => {
      const path = join(programsDir, f);
      const expectedPath = path.replace(/\.py$/, '.expected');
      return {
        name: f.replace(/\.py$/, ''),
        path,
        source: readFileSync(path, 'utf8'),
        expected: readFileSync(expectedPath, 'utf8'),
      };
    });
}
