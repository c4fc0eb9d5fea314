// input() through the command line: text piped into `pyarena prog.py` (the conformance harness
// gives every case an empty stdin), compared with what python3 prints for the same stdin.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(__dirname, '../../..');
const program = join(__dirname, 'input/sum_lines.py');
const python311 = spawnSync('python3', ['--version'], { encoding: 'utf8' }).stdout?.startsWith('Python 3.11') ?? false;

const run = (cmd: string, args: string[], input: string) => {
  const r = spawnSync(cmd, args, { input, encoding: 'utf8', cwd: root });
  return { stdout: r.stdout, stderr: r.stderr, status: r.status };
};
const pyarena = (args: string[], input: string) => run(process.execPath, [join(root, 'pyarena'), ...args], input);

/** What CPython 3.11 printed for sum_lines.py with STDIN (recorded; checked live below). */
const STDIN = 'Ada\n3\n1\n2\n3\n  spaced  \n';
const EXPECTED = {
  stdout: "name? hello Ada\n> > > total 6\n'  spaced  '\nmore? EOFError: EOF when reading a line\n",
  stderr: '',
  status: 0,
};

describe.runIf(existsSync(join(root, 'apps/cli/dist/pyarena.mjs')))('input() reads piped stdin', () => {
  it('line by line, prompts on stdout, EOFError at the end', () => {
    expect(pyarena([program], STDIN)).toEqual(EXPECTED);
  });

  it('under every backend', () => {
    for (const gc of ['pymalloc', 'refcount']) expect(pyarena(['--gc', gc, program], STDIN)).toEqual(EXPECTED);
  });

  it('an uncaught EOFError on empty stdin, and a last line without a newline', () => {
    const r = pyarena(['-c', 'input("? ")'], '');
    expect(r.stdout).toBe('? ');
    expect(r.stderr).toBe('Traceback (most recent call last):\n  File "<string>", line 1, in <module>\nEOFError: EOF when reading a line\n');
    expect(r.status).toBe(1);
    expect(pyarena(['-c', 'print(repr(input()), repr(input()))'], 'a\r\nb').stdout).toBe("'a\\r' 'b'\n");
  });

  it.runIf(python311)('matches python3 on the same stdin', () => {
    expect(run('python3', [program], STDIN)).toEqual(EXPECTED);
    const odd = 'x\r\né\n\nlast';
    const code = 'import sys\nwhile True:\n    try:\n        print(repr(input("p:")))\n    except EOFError:\n        break';
    expect(pyarena(['-c', code], odd)).toEqual(run('python3', ['-c', code], odd));
  });
});
