// The code cache (CPython's __pycache__): the compiled code of each program run from a file is
// kept on disk, so running it again skips the parser and the compiler (DESIGN.md section 9).
//
// One entry per script path, in <cache root>/code/<hash of the absolute path>.pyc.json (cache-dir.ts
// names the root): a header line of JSON (interpreter version, file name, source size), the source
// bytes the code was compiled from, a newline, and the code object as marshal text
// (packages/compiler/src/marshal.ts). An entry is used only when it names the same interpreter
// version and file, and its source bytes equal the file's, byte for byte: an exact comparison
// rather than a hash, so no edit can collide, and no hashing library to load at start-up (node:crypto
// costs about 2 ms). Anything else, an unreadable or corrupt file included, is a miss, and the
// fresh compile replaces the entry. Programs that fail to compile are not cached (the SyntaxError
// is reported each time).
//
// The interpreter version names the build (a hash of the whole bundle, set by build.mjs), the
// marshal format and the opcode table, so a changed compiler never runs stale code. Entries are
// written atomically (a temporary file, then rename), and every failure to read or write the
// cache is silent: the program runs as if there were no cache.

import { mkdirSync, readFileSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { dumpCode, loadCode, MARSHAL_VERSION, OPCODES, type CodeObject } from '@pyarena/compiler';
import { cacheDisabledByEnv, cacheRoot, envFlag } from './cache-dir';
import { launcherHooks } from './launcher-hooks';

declare const __PYARENA_BUILD_ID__: string | undefined;
declare const __PYARENA_VERSION__: string | undefined;

const MAGIC = 'pyarena-code';

/** What the cache did for one program, for tests and PYARENA_CACHE_DEBUG. */
export type CacheEvent =
  | { kind: 'hit'; entry: string }
  | { kind: 'miss'; entry: string; reason: 'absent' | 'source changed' | 'other version' | 'other file' | 'corrupt' }
  | { kind: 'write'; entry: string }
  | { kind: 'write failed'; entry: string; error: string };

export interface CodeCacheOptions {
  /** The cache root (cache-dir.ts' cacheRoot()); entries go in its code/ directory. */
  root: string;
  /** Defaults to interpreterVersion(). */
  version?: string;
  /** Told about every hit, miss and write. */
  onEvent?: (e: CacheEvent) => void;
}

/** The version string entries are keyed by: package version, build id, marshal format, opcodes. */
export function interpreterVersion(): string {
  const version = typeof __PYARENA_VERSION__ === 'string' ? __PYARENA_VERSION__ : '0.0.0';
  const build = typeof __PYARENA_BUILD_ID__ === 'string' ? __PYARENA_BUILD_ID__ : 'dev';
  return `${version}+${build}.m${MARSHAL_VERSION}.op${opcodeTableHash()}`;
}

function opcodeTableHash(): string {
  let h = 0x811c9dc5; // FNV-1a over "code name kind;" of every opcode
  for (const op of OPCODES) {
    const s = `${op.code} ${op.name} ${op.arg};`;
    for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

interface Header {
  magic: string;
  version: string;
  filename: string;
  /** Bytes of source that follow the header line. */
  size: number;
}

export class CodeCache {
  readonly dir: string;
  readonly version: string;
  private readonly onEvent: (e: CacheEvent) => void;

  constructor(options: CodeCacheOptions) {
    this.dir = join(options.root, 'code');
    this.version = options.version ?? interpreterVersion();
    this.onEvent = options.onEvent ?? (() => {});
  }

  /** The entry file for a script (by its absolute path, as the CLI names it). */
  entryPath(filename: string): string {
    return join(this.dir, `${fnv1a64(filename)}.pyc.json`);
  }

  /** The cached code of `filename` with exactly these source bytes, or null. */
  load(filename: string, source: Uint8Array): CodeObject | null {
    const entry = this.entryPath(filename);
    let data: Buffer;
    try {
      data = readFileSync(entry);
    } catch {
      this.onEvent({ kind: 'miss', entry, reason: 'absent' });
      return null;
    }
    try {
      const nl = data.indexOf(10);
      if (nl < 0) throw new Error('no header');
      const h = JSON.parse(data.toString('utf8', 0, nl)) as Header;
      if (h === null || h.magic !== MAGIC || !Number.isInteger(h.size)) throw new Error('not a cache entry');
      const start = nl + 1;
      const end = start + h.size;
      if (end >= data.length || data[end] !== 10) throw new Error('truncated');
      const reason =
        h.version !== this.version ? 'other version' :
        h.filename !== filename ? 'other file' :
        !data.subarray(start, end).equals(source) ? 'source changed' : null;
      if (reason !== null) {
        this.onEvent({ kind: 'miss', entry, reason });
        return null;
      }
      const code = loadCode(data.toString('utf8', end + 1));
      if (code.filename !== filename) throw new Error('code object of another file');
      this.onEvent({ kind: 'hit', entry });
      return code;
    } catch {
      this.onEvent({ kind: 'miss', entry, reason: 'corrupt' });
      return null;
    }
  }

  /** Stores the code of `filename` compiled from `source`; never throws. */
  store(filename: string, source: Uint8Array, code: CodeObject): void {
    const entry = this.entryPath(filename);
    const tmp = `${entry}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
    try {
      const header: Header = { magic: MAGIC, version: this.version, filename, size: source.length };
      const data = Buffer.concat([Buffer.from(`${JSON.stringify(header)}\n`), source, Buffer.from(`\n${dumpCode(code)}`)]);
      mkdirSync(this.dir, { recursive: true });
      writeFileSync(tmp, data);
      renameSync(tmp, entry);
      this.onEvent({ kind: 'write', entry });
    } catch (e) {
      try {
        unlinkSync(tmp);
      } catch {
        // never created
      }
      this.onEvent({ kind: 'write failed', entry, error: (e as Error).message });
    }
  }

  /**
   * A compile function for runProgram (RunConfig.compile) that answers from the cache for this
   * file's bytes, and otherwise compiles with `compile` and stores the result.
   */
  compiler(
    source: Uint8Array,
    compile: (text: string, filename: string) => CodeObject,
  ): (text: string, filename: string) => CodeObject {
    return (text, filename) => {
      const cached = this.load(filename, source);
      if (cached !== null) return cached;
      const code = compile(text, filename); // a SyntaxError propagates and nothing is stored
      this.store(filename, source, code);
      return code;
    };
  }
}

/**
 * 64-bit FNV-1a of a string's UTF-16 code units, as 16 hex digits. Names entries only: two paths
 * with one name would just share an entry, which the file name in its header tells apart.
 */
function fnv1a64(s: string): string {
  // The 64-bit product in 16-bit limbs; prime 2^40 + 0x1b3.
  let h0 = 0x2325, h1 = 0x8422, h2 = 0x9ce4, h3 = 0xcbf2;
  for (let i = 0; i < s.length; i++) {
    h0 ^= s.charCodeAt(i);
    const t0 = h0 * 0x1b3, t1 = h1 * 0x1b3, t2 = h2 * 0x1b3 + (h0 << 8), t3 = h3 * 0x1b3 + (h1 << 8);
    const c1 = t1 + (t0 >>> 16), c2 = t2 + (c1 >>> 16);
    h0 = t0 & 0xffff;
    h1 = c1 & 0xffff;
    h2 = c2 & 0xffff;
    h3 = (t3 + (c2 >>> 16)) & 0xffff;
  }
  return [h3, h2, h1, h0].map((x) => x.toString(16).padStart(4, '0')).join('');
}

/** PYARENA_CACHE_DEBUG=1: one line per cache event on stderr. */
export function describeEvent(e: CacheEvent): string {
  switch (e.kind) {
    case 'hit': return `pyarena: code cache hit: ${e.entry}\n`;
    case 'miss': return `pyarena: code cache miss (${e.reason}): ${e.entry}\n`;
    case 'write': return `pyarena: code cache write: ${e.entry}\n`;
    case 'write failed': return `pyarena: code cache write failed (${e.error}): ${e.entry}\n`;
  }
}

/**
 * The command line's RunConfig.compile: through the cache for a script read from a file (`source`
 * is its bytes), undefined (plain compileSource) for -c text or when the cache is off (--no-cache,
 * PYARENA_NO_CACHE, no cache directory). --no-cache also stops the launcher writing its V8 cache.
 */
export function cliCompiler(
  source: string | Uint8Array,
  enabled: boolean,
  compile: (text: string, filename: string) => CodeObject,
): ((text: string, filename: string) => CodeObject) | undefined {
  const root = enabled && !cacheDisabledByEnv() ? cacheRoot() : null;
  if (root === null) {
    launcherHooks().noCache?.();
    return undefined;
  }
  if (typeof source === 'string') return undefined;
  const debug = envFlag('PYARENA_CACHE_DEBUG');
  const cache = new CodeCache({ root, onEvent: debug ? (e) => process.stderr.write(describeEvent(e)) : undefined });
  return cache.compiler(source, compile);
}
