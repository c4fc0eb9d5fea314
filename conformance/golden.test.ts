// The goldens are current: CPython 3.11 still prints what each .expected.json says, and every case
// has one. Skipped where no CPython 3.11 is installed. Same check as `node check-golden.mjs`.
import { describe, expect, it } from 'vitest';
import {
  PYTHON_VERSION, findPython, formatGolden, listCases, mapLimit, readGolden, readGoldenFor, runPython, runRefcountOracle,
  toGolden,
} from './lib/cases.mjs';

const python = findPython();
const usable = python !== null && python.version === PYTHON_VERSION;
if (!usable) {
  console.warn(`golden.test.ts: skipped, needs CPython ${PYTHON_VERSION} (found ${python ? python.version : 'none'})`);
}

describe.skipIf(!usable)(`goldens match CPython ${PYTHON_VERSION}`, () => {
  it('every case has a golden that CPython reproduces', async () => {
    const cases = listCases(process.env.CONFORMANCE_FILTER);
    const runs = await mapLimit(cases, 8, (c) => runPython(python!, c));
    const stale: string[] = [];
    cases.forEach((c, i) => {
      const stored = readGolden(c);
      const now = toGolden(c, runs[i]);
      if (stored === null) stale.push(`${c.file}: missing golden`);
      else if (formatGolden(stored) !== formatGolden(now)) stale.push(`${c.file}: stale (run node regen.mjs ${c.area}/${c.name})`);
    });
    expect(stale).toEqual([]);
  });

  it('every memory case has the refcount golden that CPython-as-refcount reproduces', async () => {
    const cases = listCases(process.env.CONFORMANCE_FILTER).filter((c) => c.perBackend);
    const runs = await mapLimit(cases, 8, (c) => runRefcountOracle(python!, c));
    const stale: string[] = [];
    cases.forEach((c, i) => {
      const stored = readGoldenFor(c, 'refcount');
      if (stored !== null && formatGolden(stored) !== formatGolden(toGolden(c, runs[i]))) {
        stale.push(`${c.file}: stale refcount golden (run node regen.mjs ${c.area}/${c.name})`);
      }
    });
    expect(stale).toEqual([]);
  });
});
