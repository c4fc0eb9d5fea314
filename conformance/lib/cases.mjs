// Shared helpers for the conformance corpus: finding cases, running CPython on them and
// turning a run into a golden record. Used by regen.mjs, check-golden.mjs and the vitest files.
// Plain Node ESM with no dependencies, so the scripts run before `pnpm install`.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Absolute path of conformance/. Case filenames are relative to it. */
export const CONFORMANCE_DIR = dirname(dirname(fileURLToPath(import.meta.url)));
export const CASES_DIR = join(CONFORMANCE_DIR, 'cases');

/** Areas whose golden keeps the whole of stderr (parse and compile errors). */
export const FULL_STDERR_AREAS = new Set(['syntax', 'errors', 'errors2']);

/**
 * Areas about memory behaviour, where backends legitimately differ (shared/DESIGN.md section 6).
 * Their cases may have a golden per backend beside the CPython one: `name.refcount.expected.json`
 * (recorded from CPython run by lib/refcount_oracle.py, which makes it behave as --gc refcount)
 * and `name.pymalloc.expected.json`, `name.incremental.expected.json`, `name.marksweep.expected.json`
 * (recorded from pyarena itself and reviewed: no CPython 3.11 configuration frees nothing, collects
 * in increments, or traces instead of counting). A missing per-backend file means "same as the CPython golden".
 */
export const MEMORY_AREAS = new Set(['memory']);

/** Backends that may have a golden of their own in MEMORY_AREAS. */
export const PER_BACKEND = ['refcount', 'pymalloc', 'incremental', 'marksweep'];

/** The CPython we record against. */
export const PYTHON_VERSION = '3.11';

/**
 * Every case, sorted by area then name.
 * @param {string} [filter] substring that `area/name` must contain
 * @returns {{area: string, name: string, file: string, path: string, goldenPath: string, fullStderr: boolean, perBackend: boolean}[]}
 *   `file` is relative to conformance/ (`cases/ints/bigint.py`), the filename both CPython and
 *   pyarena are given; `path` is absolute.
 */
export function listCases(filter) {
  const out = [];
  for (const area of readdirSync(CASES_DIR).sort()) {
    const areaDir = join(CASES_DIR, area);
    if (!statSync(areaDir).isDirectory()) continue;
    for (const entry of readdirSync(areaDir).sort()) {
      if (!entry.endsWith('.py')) continue;
      const name = entry.slice(0, -3);
      const id = `${area}/${name}`;
      if (filter && !id.includes(filter)) continue;
      out.push({
        area,
        name,
        file: `cases/${area}/${entry}`,
        path: join(areaDir, entry),
        goldenPath: join(areaDir, `${name}.expected.json`),
        fullStderr: FULL_STDERR_AREAS.has(area),
        perBackend: MEMORY_AREAS.has(area),
      });
    }
  }
  return out;
}

/** The last line of `text` that is not blank, or '' when there is none. */
export function lastNonEmptyLine(text) {
  const lines = text.split('\n');
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = lines[i].replace(/\r$/, '');
    if (line.trim() !== '') return line;
  }
  return '';
}

/**
 * The golden record of one run: full stderr for syntax cases, the last stderr line otherwise.
 * @param {{fullStderr: boolean}} c
 * @param {{stdout: string, stderr: string, exitCode: number}} r
 */
export function toGolden(c, r) {
  return c.fullStderr
    ? { stdout: r.stdout, stderr: r.stderr, exitCode: r.exitCode }
    : { stdout: r.stdout, stderrLastLine: lastNonEmptyLine(r.stderr), exitCode: r.exitCode };
}

/** Where the golden of `backend` for a memory case lives. */
export function backendGoldenPath(c, backend) {
  return c.goldenPath.replace(/\.expected\.json$/, `.${backend}.expected.json`);
}

/** The golden a run under `backend` must match: its own file in memory areas, else CPython's. */
export function readGoldenFor(c, backend) {
  if (c.perBackend && PER_BACKEND.includes(backend)) {
    const p = backendGoldenPath(c, backend);
    if (existsSync(p)) return JSON.parse(readFileSync(p, 'utf8'));
  }
  return readGolden(c);
}

/**
 * `# gc-torture: off (reason)` among a case's first lines: its output depends on when automatic
 * collections happen (gc.callbacks, get_count, generations), so the torture mode, which collects
 * at every safepoint, runs it with --verify-heap only.
 */
export function tortureOff(source) {
  return /^#\s*gc-torture:\s*off\b/m.test(source.split('\n').slice(0, 5).join('\n'));
}

/** The stored golden of a case, or null when it has not been recorded. */
export function readGolden(c) {
  if (!existsSync(c.goldenPath)) return null;
  return JSON.parse(readFileSync(c.goldenPath, 'utf8'));
}

/** How a golden file is written (stable, diff-friendly). */
export function formatGolden(golden) {
  return JSON.stringify(golden, null, 2) + '\n';
}

/** First line of a case when it restricts the backends: `# backend: refcount` or `# backend: refcount, generational`. */
export function caseBackends(source) {
  const m = /^#\s*backend:\s*([^\n]+)/.exec(source);
  return m ? m[1].split(',').map((s) => s.trim()).filter(Boolean) : null;
}

/** True when the bytes are valid UTF-8 with no BOM, i.e. a JS string carries them faithfully. */
export function isPlainUtf8(bytes) {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return false;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

let pythonCache;
/**
 * The real CPython binary (behind a pyenv shim when pyenv exists, which saves ~40 ms a run) and
 * its version, or null when there is none.
 * @returns {{bin: string, version: string} | null}
 */
export function findPython() {
  if (pythonCache !== undefined) return pythonCache;
  let bin = 'python3';
  const which = spawnSync('pyenv', ['which', 'python3'], { encoding: 'utf8' });
  if (which.status === 0 && which.stdout.trim()) bin = which.stdout.trim();
  const v = spawnSync(bin, ['-c', 'import sys; print("%d.%d" % sys.version_info[:2])'], { encoding: 'utf8' });
  pythonCache = v.status === 0 ? { bin, version: v.stdout.trim() } : null;
  return pythonCache;
}

/** Replace the absolute conformance/ prefix CPython puts in file names (3.9+ makes the script path absolute). */
export function normalisePaths(text) {
  const prefixes = new Set([CONFORMANCE_DIR, realpathSync(CONFORMANCE_DIR)]);
  for (const p of prefixes) text = text.split(p + '/').join('');
  return text;
}

/** Arguments that make CPython's output independent of the caller's environment and locale. */
export const PYTHON_FLAGS = ['-I', '-X', 'utf8'];

/**
 * Run CPython on one case from conformance/ with its relative filename.
 * @param {{bin: string}} python
 * @param {{file: string}} c
 * @param {number} [timeoutMs]
 * @returns {Promise<{stdout: string, stderr: string, exitCode: number, ms: number}>}
 */
export function runPython(python, c, timeoutMs = 10_000, prefixArgs = []) {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(python.bin, [...PYTHON_FLAGS, ...prefixArgs, c.file], { cwd: CONFORMANCE_DIR, stdio: ['ignore', 'pipe', 'pipe'] });
    const out = [];
    const err = [];
    child.stdout.on('data', (d) => out.push(d));
    child.stderr.on('data', (d) => err.push(d));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      if (signal) return reject(new Error(`${c.file}: python3 killed by ${signal} (timeout ${timeoutMs} ms?)`));
      resolve({
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: normalisePaths(Buffer.concat(err).toString('utf8')),
        exitCode: code ?? 1,
        ms: performance.now() - start,
      });
    });
  });
}

/**
 * Run a memory case under CPython made to behave as --gc refcount (lib/refcount_oracle.py).
 * @param {{bin: string}} python
 * @param {{file: string}} c
 */
export function runRefcountOracle(python, c, timeoutMs = 10_000) {
  return runPython(python, c, timeoutMs, ['lib/refcount_oracle.py']);
}

/**
 * Map `fn` over `items` with at most `limit` promises in flight; results keep the input order.
 * @template T, R
 * @param {T[]} items
 * @param {number} limit
 * @param {(item: T, index: number) => Promise<R>} fn
 * @returns {Promise<R[]>}
 */
export async function mapLimit(items, limit, fn) {
  const results = new Array(items.length);
  let next = 0;
  async function worker() {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i], i);
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
