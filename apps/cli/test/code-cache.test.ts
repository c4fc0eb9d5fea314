// The code cache (code-cache.ts, docs/cli.md "Code cache"): in-process through CodeCache, and as
// the command line uses it, through ./pyarena with PYARENA_CACHE_DIR set to a scratch directory
// and PYARENA_CACHE_DEBUG=1 to observe hits and misses (never timing).
import { spawnSync } from 'node:child_process';
import {
  chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compileSource } from '@pyarena/vm';
import { CodeCache, interpreterVersion, type CacheEvent } from '../src/code-cache';

const root = resolve(__dirname, '../../..');
const launcher = join(root, 'pyarena');
const scratch = mkdtempSync(join(tmpdir(), 'pyarena-cache-test-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

let counter = 0;
function freshDir(): string {
  const dir = join(scratch, `d${counter++}`);
  mkdirSync(dir, { recursive: true });
  return dir;
}

const bytes = (s: string) => new TextEncoder().encode(s);

describe('CodeCache', () => {
  function cache(rootDir: string, version = 'v1') {
    const events: CacheEvent[] = [];
    return { cache: new CodeCache({ root: rootDir, version, onEvent: (e) => events.push(e) }), events };
  }
  const file = '/somewhere/prog.py';
  const text = 'def f(x):\n    return x * 2\nprint(f(21), -0.0, 10 ** 30, b"\\xff")\n';

  it('misses, stores, then hits with the same code object', () => {
    const dir = freshDir();
    const { cache: c, events } = cache(dir);
    expect(c.load(file, bytes(text))).toBeNull();
    const code = compileSource(text, file);
    c.store(file, bytes(text), code);
    const back = c.load(file, bytes(text));
    expect(back).toEqual({ ...code, runtime: null });
    expect(events.map((e) => e.kind + ('reason' in e ? `:${e.reason}` : ''))).toEqual(['miss:absent', 'write', 'hit']);
    expect(readdirSync(join(dir, 'code'))).toEqual([c.entryPath(file).split('/').pop()]); // no temporary files
  });

  it('misses when the source bytes change, even at the same length', () => {
    const dir = freshDir();
    const { cache: c, events } = cache(dir);
    c.store(file, bytes(text), compileSource(text, file));
    const edited = text.replace('21', '22');
    expect(edited.length).toBe(text.length);
    expect(c.load(file, bytes(edited))).toBeNull();
    expect(events.at(-1)).toMatchObject({ kind: 'miss', reason: 'source changed' });
  });

  it('misses for another interpreter version or another file name', () => {
    const dir = freshDir();
    cache(dir, 'v1').cache.store(file, bytes(text), compileSource(text, file));
    const other = cache(dir, 'v2');
    expect(other.cache.load(file, bytes(text))).toBeNull();
    expect(other.events.at(-1)).toMatchObject({ kind: 'miss', reason: 'other version' });
    expect(cache(dir, 'v1').cache.load(file, bytes(text))).not.toBeNull();
    // Another path never reads this entry (entries are named by path), nor would a copied one load.
    const moved = '/elsewhere/prog.py';
    const c = cache(dir, 'v1');
    writeFileSync(c.cache.entryPath(moved), readFileSync(c.cache.entryPath(file)));
    expect(c.cache.load(moved, bytes(text))).toBeNull();
    expect(c.events.at(-1)).toMatchObject({ kind: 'miss', reason: 'other file' });
  });

  it('treats corrupt entries as misses, and a store replaces them', () => {
    const dir = freshDir();
    const { cache: c, events } = cache(dir);
    c.store(file, bytes(text), compileSource(text, file));
    const entry = c.entryPath(file);
    const good = readFileSync(entry, 'utf8');
    const header = good.slice(0, good.indexOf('\n'));
    for (const bad of ['', 'garbage', '\u0000\u0001', good.slice(0, good.length - 10), `${header}\n[1,2,3]`, `${header}\n`, 'null\n[]']) {
      writeFileSync(entry, bad);
      expect(c.load(file, bytes(text)), JSON.stringify(bad)).toBeNull();
      expect(events.at(-1)).toMatchObject({ kind: 'miss' });
    }
    c.store(file, bytes(text), compileSource(text, file));
    expect(c.load(file, bytes(text))).not.toBeNull();
  });

  it('never throws when the cache cannot be written', () => {
    const dir = freshDir();
    const blocker = join(dir, 'not-a-directory');
    writeFileSync(blocker, 'x');
    const { cache: c, events } = cache(blocker); // <file>/code cannot be created
    expect(() => c.store(file, bytes(text), compileSource(text, file))).not.toThrow();
    expect(events.at(-1)?.kind).toBe('write failed');
    expect(c.load(file, bytes(text))).toBeNull();
  });

  it('names the build, the marshal format and the opcode table in the version', () => {
    expect(interpreterVersion()).toMatch(/^\d+\.\d+\.\d+\+dev\.m\d+\.op[0-9a-f]{8}$/);
  });
});

const built = existsSync(join(root, 'apps/cli/dist/pyarena.mjs'));

interface Run {
  stdout: string;
  stderr: string;
  status: number | null;
  /** The PYARENA_CACHE_DEBUG lines, as "hit", "miss (absent)", "write" ... */
  cache: string[];
}

function pyarena(cacheDir: string, args: string[], extraEnv: Record<string, string> = {}): Run {
  const r = spawnSync(process.execPath, [launcher, ...args], {
    encoding: 'utf8',
    cwd: root,
    env: { ...process.env, PYARENA_CACHE_DIR: cacheDir, PYARENA_CACHE_DEBUG: '1', PYARENA_NO_CACHE: '', ...extraEnv },
  });
  const cache: string[] = [];
  const other: string[] = [];
  for (const line of r.stderr.split(/(?<=\n)/)) {
    const m = /^pyarena: code cache (.*?):? \//.exec(line);
    if (m) cache.push(m[1]!);
    else other.push(line);
  }
  return { stdout: r.stdout, stderr: other.join(''), status: r.status, cache };
}

function program(text: string): string {
  const dir = freshDir();
  const file = join(dir, 'prog.py');
  writeFileSync(file, text);
  return file;
}

/** An entry's three parts (ASCII programs only: the header's size counts bytes). */
function parseEntry(text: string): { header: string; source: string; marshal: string } {
  const nl = text.indexOf('\n');
  const header = text.slice(0, nl);
  const size = (JSON.parse(header) as { size: number }).size;
  return { header, source: text.slice(nl + 1, nl + 1 + size), marshal: text.slice(nl + 2 + size) };
}

function entries(cacheDir: string): string[] {
  const dir = join(cacheDir, 'code');
  return existsSync(dir) ? readdirSync(dir) : [];
}

describe.runIf(built)('the code cache through ./pyarena', () => {
  it('writes on the first run and hits on the second, with the same output', () => {
    const dir = freshDir();
    const file = program('import collections\nprint(collections.Counter("abracadabra").most_common(2))\n');
    const first = pyarena(dir, [file]);
    const second = pyarena(dir, [file]);
    expect(first.cache).toEqual(['miss (absent)', 'write']);
    expect(second.cache).toEqual(['hit']);
    expect(second).toMatchObject({ stdout: first.stdout, stderr: first.stderr, status: 0 });
    expect(first.stdout).toBe("[('a', 5), ('b', 2)]\n");
    expect(entries(dir)).toHaveLength(1);
    // The interpreter's own V8 code cache sits beside it.
    expect(readdirSync(join(dir, 'v8')).some((f) => f.endsWith('.bin'))).toBe(true);
  });

  it('recompiles when the source is edited', () => {
    const dir = freshDir();
    const file = program('print("one")\n');
    pyarena(dir, [file]);
    writeFileSync(file, 'print("two")\n');
    const edited = pyarena(dir, [file]);
    expect(edited.cache).toEqual(['miss (source changed)', 'write']);
    expect(edited.stdout).toBe('two\n');
    expect(pyarena(dir, [file]).cache).toEqual(['hit']);
  });

  it('recompiles code cached by another interpreter version', () => {
    const dir = freshDir();
    const file = program('print("v")\n');
    pyarena(dir, [file]);
    const entry = join(dir, 'code', entries(dir)[0]!);
    const text = readFileSync(entry, 'utf8');
    const header = JSON.parse(text.slice(0, text.indexOf('\n'))) as { version: string };
    writeFileSync(entry, text.replace(JSON.stringify(header.version), JSON.stringify('0.0.1+0123456789abcdef.m1.op00000000')));
    const r = pyarena(dir, [file]);
    expect(r.cache).toEqual(['miss (other version)', 'write']);
    expect(r.stdout).toBe('v\n');
    expect(readFileSync(entry, 'utf8')).toBe(text);
  });

  it('--no-cache neither reads nor writes', () => {
    const dir = freshDir();
    const a = program('print("program A")\n');
    const b = program('print("program B")\n');
    // Forge B's entry to hold A's code: a run that read the cache would print "program A".
    pyarena(dir, [a]);
    pyarena(dir, [b]);
    const entryOf = (file: string) => join(dir, 'code', entries(dir).find((e) => readFileSync(join(dir, 'code', e), 'utf8').includes(file))!);
    const entryB = entryOf(b);
    const partsA = parseEntry(readFileSync(entryOf(a), 'utf8'));
    const partsB = parseEntry(readFileSync(entryB, 'utf8'));
    writeFileSync(entryB, `${partsB.header}\n${partsB.source}\n${partsA.marshal.replace(JSON.stringify(a), JSON.stringify(b))}`);
    expect(pyarena(dir, [b]).stdout).toBe('program A\n'); // the forged entry is read ...
    const r = pyarena(dir, ['--no-cache', b]);
    expect(r.stdout).toBe('program B\n'); // ... but not with --no-cache
    expect(r.cache).toEqual([]);
    // And nothing is written, the interpreter's V8 cache included.
    const empty = freshDir();
    const c = pyarena(empty, ['--no-cache', program('print(1)\n')]);
    expect(c).toMatchObject({ stdout: '1\n', stderr: '', status: 0, cache: [] });
    expect(readdirSync(empty)).toEqual([]);
    // PYARENA_NO_CACHE=1 does the same.
    const d = pyarena(empty, [program('print(2)\n')], { PYARENA_NO_CACHE: '1' });
    expect(d).toMatchObject({ stdout: '2\n', cache: [] });
    expect(readdirSync(empty)).toEqual([]);
  });

  it('ignores a corrupt entry and replaces it', () => {
    const dir = freshDir();
    const file = program('print(sum(range(10)))\n');
    pyarena(dir, [file]);
    const entry = join(dir, 'code', entries(dir)[0]!);
    for (const bad of ['', 'not json at all', readFileSync(entry, 'utf8').slice(0, 150)]) {
      writeFileSync(entry, bad);
      const r = pyarena(dir, [file]);
      expect(r).toMatchObject({ stdout: '45\n', stderr: '', status: 0 });
      expect(r.cache).toEqual(['miss (corrupt)', 'write']);
      expect(pyarena(dir, [file]).cache).toEqual(['hit']);
    }
  });

  it('replaces a corrupt V8 cache of the interpreter', () => {
    const dir = freshDir();
    const file = program('print("v8")\n');
    pyarena(dir, [file]);
    const v8dir = join(dir, 'v8');
    const [bin] = readdirSync(v8dir);
    const good = readFileSync(join(v8dir, bin!));
    writeFileSync(join(v8dir, bin!), Buffer.from('definitely not a V8 code cache'));
    expect(pyarena(dir, [file])).toMatchObject({ stdout: 'v8\n', stderr: '', status: 0 });
    expect(readFileSync(join(v8dir, bin!)).length).toBeGreaterThan(good.length / 2); // rewritten at exit
    expect(readdirSync(v8dir)).toEqual([bin]);
  });

  it('rewrites the V8 cache after a run that compiled much more of the interpreter, not after others', () => {
    const dir = freshDir();
    const v8file = () => {
      const [bin] = readdirSync(join(dir, 'v8'));
      return readFileSync(join(dir, 'v8', bin!));
    };
    pyarena(dir, [program('print("small")\n')]);
    const small = v8file();
    expect(small.subarray(0, 5).toString('latin1')).toBe('PYAV8');
    const big = join(root, 'benchmarks/programs/startup_500.py');
    expect(pyarena(dir, [big]).status).toBe(0);
    const grown = v8file();
    expect(grown.length).toBeGreaterThan(small.length);
    pyarena(dir, [program('print("small again")\n')]);
    expect(v8file().equals(grown)).toBe(true);
  });

  it('runs normally when the cache directory cannot be written', () => {
    const dir = freshDir();
    const blocker = join(dir, 'a-file');
    writeFileSync(blocker, '');
    const file = program('print("still runs")\n');
    const r = pyarena(join(blocker, 'cache'), [file], { PYARENA_CACHE_DEBUG: '' });
    expect(r).toMatchObject({ stdout: 'still runs\n', stderr: '', status: 0 });
    if (process.getuid?.() !== 0) {
      // A read-only directory (root can write anywhere, so only checked for other users).
      const ro = freshDir();
      chmodSync(ro, 0o500);
      expect(pyarena(ro, [file], { PYARENA_CACHE_DEBUG: '' })).toMatchObject({ stdout: 'still runs\n', stderr: '', status: 0 });
      chmodSync(ro, 0o700);
    }
  });

  it('does not cache programs with a SyntaxError, nor -c', () => {
    const dir = freshDir();
    const bad = pyarena(dir, [program('x = (1,\n')]);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain("SyntaxError: '(' was never closed");
    expect(bad.cache).toEqual(['miss (absent)']);
    expect(pyarena(dir, ['-c', 'print(3)'])).toMatchObject({ stdout: '3\n', cache: [] });
    expect(entries(dir)).toEqual([]);
  });

  it('gives the same output with and without the cache (conformance programs)', () => {
    const cases = join(root, 'conformance/cases');
    const files = [
      'classes', 'closures', 'exceptions', 'generators', 'formatting', 'stdlib', 'errors', 'floats', 'strings',
    ].flatMap((d) => (existsSync(join(cases, d)) ? readdirSync(join(cases, d)).filter((f) => f.endsWith('.py')).slice(0, 2).map((f) => join(cases, d, f)) : []));
    expect(files.length).toBeGreaterThan(8);
    const dir = freshDir();
    let failing = 0;
    for (const file of files) {
      const plain = pyarena(dir, ['--no-cache', file]);
      const filling = pyarena(dir, [file]);
      const cached = pyarena(dir, [file]);
      expect(filling.cache, file).toEqual(['miss (absent)', 'write']);
      expect(cached.cache, file).toEqual(['hit']);
      for (const r of [filling, cached]) {
        expect({ stdout: r.stdout, stderr: r.stderr, status: r.status }, file).toEqual({ stdout: plain.stdout, stderr: plain.stderr, status: plain.status });
      }
      if (plain.status !== 0) failing++;
    }
    expect(failing).toBeGreaterThan(0); // tracebacks (source lines, positions) come out the same too
  }, 120_000);
});
