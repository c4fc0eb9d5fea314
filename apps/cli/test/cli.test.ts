// The command line as a user meets it: the committed ./pyarena launcher over the built bundle.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(__dirname, '../../..');
const launcher = join(root, 'pyarena');

function pyarena(...args: string[]) {
  const r = spawnSync(process.execPath, [launcher, ...args], { encoding: 'utf8', cwd: root });
  return { stdout: r.stdout, stderr: r.stderr, status: r.status };
}

describe.runIf(existsSync(join(root, 'apps/cli/dist/pyarena.mjs')))('pyarena command', () => {
  it('runs a one-liner with -c', () => {
    const r = pyarena('-c', 'print(sum(i*i for i in range(10)))');
    expect(r).toEqual({ stdout: '285\n', stderr: '', status: 0 });
  });

  it('runs the example program under every backend with the same output', () => {
    const outputs = ['pymalloc', 'refcount', 'generational'].map((gc) => pyarena('--gc', gc, 'examples/primes.py'));
    for (const r of outputs) {
      expect(r.status).toBe(0);
      expect(r.stdout).toBe(outputs[0]!.stdout);
    }
    expect(outputs[0]!.stdout).toContain('1229 primes below 10,000');
  });

  it('passes program arguments after the file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pyarena-'));
    const file = join(dir, 'args.py');
    writeFileSync(file, 'print("ok")\n');
    const r = pyarena(file, '--not-a-pyarena-flag');
    expect(r.stdout).toBe('ok\n');
    expect(r.status).toBe(0);
  });

  it('prints a traceback and exits 1 on an uncaught exception', () => {
    const r = pyarena('-c', 'x = 1\nprint(x / 0)');
    expect(r.status).toBe(1);
    expect(r.stderr).toBe('Traceback (most recent call last):\n  File "<string>", line 2, in <module>\nZeroDivisionError: division by zero\n');
  });

  it('reports a SyntaxError with a caret and exits 1', () => {
    const r = pyarena('-c', 'x = (1,');
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("SyntaxError: '(' was never closed");
    expect(r.stderr).not.toContain('    at ');
  });

  it('disassembles a program', () => {
    const r = pyarena('dis', 'examples/primes.py');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/LOAD_CONST/);
    expect(r.stdout).toMatch(/MAKE_FUNCTION/);
    expect(r.stdout).toMatch(/Disassembly of <code object sieve/);
  });

  it('explains itself with --help', () => {
    const r = pyarena('--help');
    expect(r.status).toBe(0);
    for (const word of ['--gc', 'pymalloc', 'refcount', 'generational', '--verify-heap', 'dis']) {
      expect(r.stdout).toContain(word);
    }
  });

  it('rejects an unknown backend and a missing file clearly', () => {
    const bad = pyarena('--gc', 'nope', '-c', 'print(1)');
    expect(bad.status).not.toBe(0);
    expect(bad.stderr).toMatch(/Allowed choices are pymalloc, refcount, generational/);
    const missing = pyarena('no/such/file.py');
    expect(missing.status).toBe(2);
    expect(missing.stderr).toBe("pyarena: can't open file 'no/such/file.py': [Errno 2] No such file or directory\n");
  });

  it('keeps the opcode constants inlined as numbers in the bundle', async () => {
    const { readFileSync } = await import('node:fs');
    const bundle = readFileSync(join(root, 'apps/cli/dist/pyarena.mjs'), 'utf8');
    expect(bundle).not.toMatch(/case [A-Z_]{4,}:/);
  });
});
