// CPython 3.11 as the oracle: one python3 process runs a whole batch of snippets (spawning one per
// snippet would cost ~20 ms each). The real binary behind a pyenv shim is used when there is one.
import { spawnSync } from 'node:child_process';

export interface Python {
  bin: string;
  version: string;
}

let cached: Python | null | undefined;

/** The python3 to compare with, or null when there is none (the differential tests then skip). */
export function findPython(): Python | null {
  if (cached !== undefined) return cached;
  let bin = process.env.FUZZ_PYTHON ?? 'python3';
  if (process.env.FUZZ_PYTHON === undefined) {
    const which = spawnSync('pyenv', ['which', 'python3'], { encoding: 'utf8' });
    if (which.status === 0 && which.stdout.trim()) bin = which.stdout.trim();
  }
  const v = spawnSync(bin, ['-c', 'import sys; print("%d.%d" % sys.version_info[:2])'], { encoding: 'utf8' });
  cached = v.status === 0 ? { bin, version: v.stdout.trim() } : null;
  return cached;
}

export interface PythonRun {
  stdout: string;
  stderr: string;
  exitCode: number;
  /** True when it was stopped by the time limit. */
  timedOut: boolean;
  ms: number;
}

/** CPython's address space is capped (RLIMIT_AS), so a runaway program gets MemoryError, not the machine. */
const PYTHON_MEMORY_LIMIT = 2 ** 31;
const RUNNER =
  'import resource, sys\n' +
  `resource.setrlimit(resource.RLIMIT_AS, (${PYTHON_MEMORY_LIMIT}, ${PYTHON_MEMORY_LIMIT}))\n` +
  'source = sys.stdin.read()\n' +
  "exec(compile(source, '<stdin>', 'exec'), {'__name__': '__main__'})\n";

/**
 * Runs `source` (read from stdin, compiled as `<stdin>`) with the flags the conformance goldens
 * use (-I -X utf8; -S too: no site module is needed and it starts faster), under a memory cap.
 */
export function runPython(python: Python, source: string, timeoutMs = 30_000): PythonRun {
  const start = performance.now();
  const r = spawnSync(python.bin, ['-I', '-S', '-X', 'utf8', '-c', RUNNER], { input: source, encoding: 'utf8', timeout: timeoutMs, maxBuffer: 64 << 20 });
  return {
    stdout: r.stdout ?? '',
    stderr: r.stderr ?? '',
    exitCode: r.status ?? -1,
    timedOut: r.signal !== null && r.signal !== undefined,
    ms: performance.now() - start,
  };
}
