// The teaching programs under examples/ run under every backend, and under the default backend
// print exactly what CPython 3.11 prints (checked live when python3 3.11 is installed).
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONFORMANCE_DIR, PYTHON_VERSION, findPython } from './lib/cases.mjs';
import { cliBuilt, runCli } from './lib/modes';

const EXAMPLES_DIR = join(CONFORMANCE_DIR, '..', 'examples');

function listExamples(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir).sort()) {
    const p = join(dir, entry);
    if (statSync(p).isDirectory()) out.push(...listExamples(p));
    else if (entry.endsWith('.py')) out.push(p);
  }
  return out;
}

const python = findPython();
const haveCPython = python !== null && python.version === PYTHON_VERSION;

describe.skipIf(!cliBuilt())('examples/', () => {
  for (const path of listExamples(EXAMPLES_DIR)) {
    const name = relative(EXAMPLES_DIR, path);
    for (const gc of ['generational', 'refcount', 'pymalloc', 'incremental', 'marksweep']) {
      it(`${name} runs under ${gc}`, () => {
        const run = runCli(['--gc', gc, path]);
        expect(run.stderr).toBe('');
        expect(run.exitCode).toBe(0);
        if (gc === 'generational' && haveCPython) {
          const cpython = spawnSync(python!.bin, ['-I', '-X', 'utf8', path], { encoding: 'utf8' });
          expect(run.stdout).toBe(cpython.stdout);
        }
      });
    }
  }
});
