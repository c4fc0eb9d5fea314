// The other backends' side of cases/shutdown/. A case there whose exit-time output differs under
// --gc refcount, pymalloc, incremental or marksweep runs only under generational (`# backend: generational`) and
// says in its header what the others print instead:
//   # Under --gc refcount: stdout "end\n", last stderr line ""
// (JSON strings). This file holds pyarena to those lines, with the golden's exit code, and checks
// that every restricted case states both backends. Test names read `shutdown/main_example [refcount]`.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runSource } from 'pyarena';
import { caseBackends, lastNonEmptyLine, listCases, readGolden } from './lib/cases.mjs';

const OTHER_BACKENDS = ['refcount', 'pymalloc', 'incremental', 'marksweep'] as const;
const UNDER = /^# Under --gc (\w+): stdout (".*"), last stderr line (".*")$/gm;

for (const c of listCases('shutdown/')) {
  const source = readFileSync(c.path, 'utf8');
  const backends = caseBackends(source);
  if (backends === null) continue; // runs under every backend in run.test.ts
  const stated = new Map<string, { stdout: string; stderrLastLine: string }>();
  for (const m of source.matchAll(UNDER)) {
    stated.set(m[1]!, { stdout: JSON.parse(m[2]!) as string, stderrLastLine: JSON.parse(m[3]!) as string });
  }
  describe(`${c.area}/${c.name}`, () => {
    for (const gc of OTHER_BACKENDS) {
      if (backends.includes(gc)) continue;
      it(`[${gc}] prints what the case's header says`, () => {
        const expected = stated.get(gc);
        expect(expected, `no "# Under --gc ${gc}: ..." line in ${c.file}`).toBeDefined();
        const golden = readGolden(c);
        expect(golden, `no golden for ${c.file}`).not.toBeNull();
        for (const verifyHeap of [false, true]) {
          const run = runSource(source, { filename: c.file, gc, verifyHeap, argv: [c.file], stdin: '' });
          expect({ stdout: run.stdout, stderrLastLine: lastNonEmptyLine(run.stderr), exitCode: run.exitCode })
            .toEqual({ ...expected, exitCode: golden!.exitCode });
        }
      });
    }
  });
}
