// Smoke tests of the `pyarena` command itself (node ../pyarena ...) against CPython's goldens:
// a normal program, an uncaught exception, a syntax error, an empty file and `-c`.
import { describe, expect, it } from 'vitest';
import { lastNonEmptyLine, listCases, normalisePaths, readGolden } from './lib/cases.mjs';
import { CLI_BUNDLE, cliBuilt, runCli } from './lib/modes';

const built = cliBuilt();
if (!built) {
  console.warn(`cli.test.ts: skipped, ${CLI_BUNDLE} has not been built (run \`npx -y pnpm@10.34.9 install\`)`);
}

function golden(id: string) {
  const [c] = listCases(id).filter((k) => `${k.area}/${k.name}` === id);
  if (!c) throw new Error(`no case ${id}`);
  const g = readGolden(c);
  if (!g) throw new Error(`no golden for ${id}`);
  return { c, g };
}

describe.skipIf(!built)('pyarena CLI', () => {
  for (const id of ['algorithms/sieve']) {
    it(`runs ${id}`, () => {
      const { c, g } = golden(id);
      const run = runCli([c.file]);
      expect({ stdout: run.stdout, stderrLastLine: lastNonEmptyLine(run.stderr), exitCode: run.exitCode }).toEqual(g);
    });
  }

  for (const id of ['errors/type_concat', 'syntax/unclosed_paren', 'syntax/empty']) {
    it(`reports ${id} exactly`, () => {
      const { c, g } = golden(id);
      const run = runCli([c.file]);
      expect({ stdout: run.stdout, stderr: normalisePaths(run.stderr), exitCode: run.exitCode }).toEqual(g);
    });
  }

  it('runs -c CODE', () => {
    // CPython: python3 -c 'print(sum(i*i for i in range(10)))' prints 285 and exits 0.
    const run = runCli(['-c', 'print(sum(i*i for i in range(10)))']);
    expect({ stdout: run.stdout, stderr: normalisePaths(run.stderr), exitCode: run.exitCode }).toEqual({ stdout: '285\n', stderr: '', exitCode: 0 });
  });
});
