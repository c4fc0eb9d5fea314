// The launcher, built into dist/pyarena.mjs (build.mjs): runs the interpreter's bundle,
// dist/pyarena-main.cjs, through node:vm with a V8 code cache, so a start-up does not parse and
// compile 1 MB of JavaScript again (Node 20 has no module.enableCompileCache). The first run
// writes the cache at exit: <cache root>/v8/<build id>-<node version>-<arch>.bin (cache-dir.ts);
// V8 checks its own version and flags and rejects a cache that does not fit, which is then
// rewritten. --no-cache (main.ts calls noCache() below) stops the write; PYARENA_NO_CACHE stops
// the read too. Every failure here is silent: the bundle then just runs uncached.
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

const here = dirname(fileURLToPath(import.meta.url));
const bundle = join(here, 'pyarena-main.cjs');
const root = cacheDisabledByEnv() ? null : cacheRoot();
const cacheFile = root === null ? null : join(root, 'v8', `${__PYARENA_BUILD_ID__}-${process.version}-${process.arch}.bin`);

let cached: Buffer | undefined;
if (cacheFile !== null) {
  try {
    cached = readFileSync(cacheFile);
  } catch {
    cached = undefined;
  }
}
// Node's CommonJS wrapper (module.wrap, which ES modules cannot import). The bundle is ASCII
// (build.mjs), and latin1 decodes faster than UTF-8.
const source = `(function (exports, require, module, __filename, __dirname) { ${readFileSync(bundle, 'latin1')}\n});`;
const script = new Script(source, { filename: bundle, cachedData: cached });
let writeAtExit = cacheFile !== null && (cached === undefined || script.cachedDataRejected === true);
setLauncherHooks({
  noCache: () => void (writeAtExit = false),
  exitWhenIdle: () =>
    setImmediate(() => {
      if (process.getActiveResourcesInfo().every((r) => r === 'Immediate')) process.exit();
    }),
});
if (writeAtExit) process.once('exit', () => writeAtExit && writeCache(cacheFile!));

const mod = { exports: {} };
(script.runInThisContext() as (...args: unknown[]) => void).call(
  mod.exports, mod.exports, createRequire(bundle), mod, bundle, here,
);

/** Written at exit, so that it holds the functions the run compiled, not just the top level. */
function writeCache(file: string): void {
  const tmp = `${file}.${process.pid}.tmp`;
  try {
    const dir = dirname(file);
    mkdirSync(dir, { recursive: true });
    writeFileSync(tmp, script.createCachedData());
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
