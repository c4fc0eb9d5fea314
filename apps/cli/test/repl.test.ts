// The REPL (src/repl.ts): scripted sessions against CPython 3.11's `python3 -i` transcripts
// (test/repl/*.expected.json, recorded by test/record-repl.mjs), the completeness rules, and
// the command line's choice between a program on stdin and the REPL.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { classifyInput, replTranscript } from '../src/repl';

const root = resolve(__dirname, '../../..');
const dir = join(__dirname, 'repl');
const built = existsSync(join(root, 'apps/cli/dist/pyarena.mjs'));

/** The session without its banner (pyarena's names itself; CPython's names its build). */
const withoutBanner = (t: string) => t.split('\n').slice(2).join('\n');

describe('REPL sessions match python3 -i', () => {
  for (const f of readdirSync(dir).filter((n) => n.endsWith('.txt')).sort()) {
    it(f.replace(/\.txt$/, ''), () => {
      const golden = JSON.parse(readFileSync(join(dir, f.replace(/\.txt$/, '.expected.json')), 'utf8'));
      const got = replTranscript(readFileSync(join(dir, f), 'utf8'));
      expect(withoutBanner(got.transcript)).toBe(golden.transcript);
      expect(got.exitCode).toBe(golden.exitCode);
      const checked = replTranscript(readFileSync(join(dir, f), 'utf8'), { verifyHeap: true, gcTorture: true });
      expect(withoutBanner(checked.transcript)).toBe(golden.transcript);
    });
  }

  it('starts with a banner naming the backend', () => {
    const t = replTranscript('', { gc: 'refcount' }).transcript;
    expect(t).toMatch(/^Python 3\.11\.7 \(pyarena, refcount backend\)/);
    expect(t.split('\n')[1]).toContain('exit()');
  });

  it('keeps state, __main__ and _ across inputs under every backend', () => {
    for (const gc of ['pymalloc', 'refcount', 'generational'] as const) {
      const t = withoutBanner(replTranscript('x = [1, 2]\nx.append(3)\nx\nlen(_)\n__name__\n', { gc }).transcript);
      expect(t).toBe(">>> >>> >>> [1, 2, 3]\n>>> 3\n>>> '__main__'\n>>> \n");
    }
  });

  it('passes --verify-heap and --gc-torture over a session with errors and cycles', () => {
    const input = 'a = [1]\na.append(a)\ndel a\n1/0\nclass K:\n  pass\n\nK()\nexit(0)\n';
    const r = replTranscript(input, { verifyHeap: true, gcTorture: true });
    expect(r.exitCode).toBe(0);
    expect(r.transcript).not.toContain('verification failed');
    expect(r.transcript).toContain('ZeroDivisionError');
  });

  it('reads input() from the same lines as the prompts', () => {
    const t = withoutBanner(replTranscript('name = input("who? ")\nAda\nprint("hi", name)\n').transcript);
    expect(t).toBe('>>> who? >>> hi Ada\n>>> \n');
  });
});

const python311 = spawnSync('python3', ['--version'], { encoding: 'utf8' }).stdout?.startsWith('Python 3.11') ?? false;

describe.runIf(python311)('REPL goldens are what python3 -i prints (record-repl.mjs)', () => {
  for (const f of readdirSync(dir).filter((n) => n.endsWith('.txt')).sort()) {
    it(f.replace(/\.txt$/, ''), () => {
      const golden = JSON.parse(readFileSync(join(dir, f.replace(/\.txt$/, '.expected.json')), 'utf8'));
      const r = spawnSync('sh', ['-c', 'exec python3 -i 2>&1'], {
        input: readFileSync(join(dir, f), 'utf8'), encoding: 'utf8', cwd: dir,
        env: { ...process.env, PYTHONUNBUFFERED: '1', PYTHONSTARTUP: '', PYTHONIOENCODING: 'utf-8' },
      });
      expect(withoutBanner(r.stdout)).toBe(golden.transcript);
      expect(r.status).toBe(golden.exitCode);
    });
  }
});

describe('classifyInput', () => {
  const kind = (text: string, blank = false) => classifyInput(text, blank).kind;
  it('runs a simple statement at once and waits inside brackets, strings and continuations', () => {
    expect(kind('x = 1\n')).toBe('complete');
    expect(kind('x = (1,\n')).toBe('more');
    expect(kind('x = (1,\n\n', true)).toBe('more');
    expect(kind('s = """a\n')).toBe('more');
    expect(kind('x = 1 + \\\n')).toBe('more');
    expect(kind('# only a comment\n')).toBe('complete');
  });
  it('waits for an empty line after a compound statement', () => {
    expect(kind('if x:\n')).toBe('more');
    expect(kind('if x: y()\n')).toBe('more');
    expect(kind('try:\n  pass\n')).toBe('more');
    expect(kind('@dec\n')).toBe('more');
    expect(kind('def f():\n  return 1\n\n', true)).toBe('complete');
  });
  it('reports a SyntaxError as soon as no more lines can fix it', () => {
    expect(kind('if x\n')).toBe('error');
    expect(kind('def f(:\n')).toBe('error');
    expect(kind('x +\n')).toBe('error');
    expect(kind('if 1:\n  pass\nprint(2)\n')).toBe('error');
  });
});

describe.runIf(built)('pyarena with no file', () => {
  const pyarena = (args: string[], input: string) =>
    spawnSync(process.execPath, [join(root, 'pyarena'), ...args], { input, encoding: 'utf8', cwd: root });

  it('runs piped stdin as the program, as python3 does', () => {
    const r = pyarena([], 'print(6*7)\n');
    expect(r.stdout).toBe('42\n');
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });

  it('names the stdin program <stdin> and gives it argv [""] (or ["-", ...] for -)', () => {
    const r = pyarena([], 'import sys\nprint(sys.argv)\n1/0\n');
    expect(r.stdout).toBe("['']\n");
    expect(r.stderr).toBe('Traceback (most recent call last):\n  File "<stdin>", line 3, in <module>\nZeroDivisionError: division by zero\n');
    expect(r.status).toBe(1);
    expect(pyarena(['-', 'a'], 'import sys; print(sys.argv)').stdout).toBe("['-', 'a']\n");
  });

  it('-i runs the REPL on piped stdin, prompts on stderr', () => {
    const r = pyarena(['-i', '--gc', 'refcount'], 'x = 6\nx * 7\n');
    expect(r.stdout).toBe('42\n');
    expect(r.stderr).toMatch(/^Python 3\.11\.7 \(pyarena, refcount backend\).*\n.*\n>>> >>> >>> \n$/);
    expect(r.status).toBe(0);
  });

  it('-i after -c keeps the namespace and prints no banner', () => {
    const r = pyarena(['-i', '-c', 'y = 2'], 'y + 1\nexit(5)\n');
    expect(r.stdout).toBe('3\n');
    expect(r.stderr).toBe('>>> >>> ');
    expect(r.status).toBe(5);
  });
});
