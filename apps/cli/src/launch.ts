// The launcher, built into dist/pyarena.mjs (build.mjs): runs the interpreter's bundle,
// dist/pyarena-main.cjs, through node:vm with a V8 code cache, so a start-up does not parse and
// compile 1 MB of JavaScript again (16 ms; Node 20 has no module.enableCompileCache).
//
// The cache is <cache root>/v8/<build id>-<node version>-<arch>.bin (cache-dir.ts): a 10-byte
// header (magic, then the size of the bytecode in the heap when it was written), then V8's data.
// It is written at exit, so that it holds the functions the run compiled, not just the top level:
// by the first run, by a run that found it unusable (V8 checks its own version and flags and
// rejects a cache that does not fit), and by a longer run that compiled much more of the
// interpreter than the cache holds (a 500-line program after a hello world: 9 ms a run). The last
// check costs about 1 ms (node:v8), so runs shorter than REFRESH_AFTER_MS skip it.
// --no-cache (main.ts calls noCache() below) stops every write; PYARENA_NO_CACHE stops the read
// too. Every failure here is silent: the bundle then just runs uncached.
//
// After a run the bundle calls exitWhenIdle(): Node would otherwise wait at exit for V8's
// background (TurboFan) compile jobs of the interpreter loop, 10-20 ms after a short program.

import { mkdirSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Script } from 'node:vm';
import { cacheDisabledByEnv, cacheRoot } from './cache-dir';
import { setLauncherHooks } from './launcher-hooks';

declare const __PYARENA_BUILD_ID__: string;

/** Old bundle caches kept besides the current one (other builds, other checkouts). */
const KEEP_V8_CACHES = 8;
const MAGIC = 'PYAV8\u0001';
const HEADER_BYTES = 10;
/** Runs at least this long check whether the cache should grow. */
const REFRESH_AFTER_MS = 100;
/**
 * ... and rewrite it when the heap holds this much more bytecode than when it was written: at
 * least 64 KB and 15%. A run that only reads a cache ends with about 8% more bytecode than the run
 * that wrote it (measured: 883 KB written, 956 KB at the reader's exit), so a smaller margin
 * rewrote the cache once after every longer run; the 500-line program adds 26%.
 */
const REFRESH_GROWTH_BYTES = 64 * 1024;
const REFRESH_GROWTH_RATIO = 1.15;

const here = dirname(fileURLToPath(import.meta.url));
const bundle = join(here, 'pyarena-main.cjs');
const root = cacheDisabledByEnv() ? null : cacheRoot();
const cacheFile = root === null ? null : join(root, 'v8', `${__PYARENA_BUILD_ID__}-${process.version}-${process.arch}.bin`);

let cached: Buffer | undefined;
let bytecodeWhenWritten = 0;
if (cacheFile !== null) {
  try {
    const data = readFileSync(cacheFile);
    if (data.length > HEADER_BYTES && data.toString('latin1', 0, MAGIC.length) === MAGIC) {
      bytecodeWhenWritten = data.readUInt32LE(MAGIC.length);
      cached = data.subarray(HEADER_BYTES);
    }
  } catch {
    cached = undefined;
  }
}
// Node's CommonJS wrapper (module.wrap, which ES modules cannot import). The bundle is ASCII
// (build.mjs), and latin1 decodes faster than UTF-8.
const source = `(function (exports, require, module, __filename, __dirname) { ${readFileSync(bundle, 'latin1')}\n});`;
const script = new Script(source, { filename: bundle, cachedData: cached });
const unusable = cached === undefined || script.cachedDataRejected === true;
let mayWrite = cacheFile !== null;
setLauncherHooks({
  noCache: () => void (mayWrite = false),
  exitWhenIdle: () =>
    setImmediate(() => {
      if (process.getActiveResourcesInfo().every((r) => r === 'Immediate')) process.exit();
    }),
});
if (mayWrite) {
  process.once('exit', () => {
    if (!mayWrite) return;
    if (unusable) {
      writeCache(cacheFile!);
    } else if (process.uptime() * 1000 >= REFRESH_AFTER_MS && grewMuch(bytecodeSize())) {
      writeCache(cacheFile!);
    }
  });
}

const mod = { exports: {} };
(script.runInThisContext() as (...args: unknown[]) => void).call(
  mod.exports, mod.exports, createRequire(bundle), mod, bundle, here,
);

function grewMuch(bytecode: number): boolean {
  return bytecode > bytecodeWhenWritten + REFRESH_GROWTH_BYTES && bytecode > bytecodeWhenWritten * REFRESH_GROWTH_RATIO;
}

/** Bytecode in the heap now (node:v8 is loaded only when asked). */
function bytecodeSize(): number {
  const v8 = createRequire(import.meta.url)('node:v8') as typeof import('node:v8');
  return v8.getHeapCodeStatistics().bytecode_and_metadata_size;
}

function writeCache(file: string): void {
  const tmp = `${file}.${process.pid}.tmp`;
  try {
    const dir = dirname(file);
    mkdirSync(dir, { recursive: true });
    const data = script.createCachedData();
    const header = Buffer.alloc(HEADER_BYTES);
    header.write(MAGIC, 0, 'latin1');
    header.writeUInt32LE(Math.min(bytecodeSize(), 0xffffffff), MAGIC.length);
    writeFileSync(tmp, Buffer.concat([header, data]));
    renameSync(tmp, file);
    prune(dir);
  } catch {
    try {
      unlinkSync(tmp);
    } catch {
      // never created
    }
  }
}

function prune(dir: string): void {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.bin'))
    .map((f) => ({ f, t: statSync(join(dir, f)).mtimeMs }))
    .sort((a, b) => b.t - a.t);
  for (const { f } of files.slice(KEEP_V8_CACHES + 1)) unlinkSync(join(dir, f));
}
