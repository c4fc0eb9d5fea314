// What counts as a Python-level outcome of a run (shared/DESIGN.md section 8: random and mutated
// programs never produce a host exception, a hang, or a crash).
import type { RunResult } from './engine';

/** A host (JavaScript) error that leaked into what Python code sees: a bug even when caught. */
const HOST_LEAK = [
  /Cannot read propert(y|ies) of (undefined|null)/,
  /Cannot set propert(y|ies) of (undefined|null)/,
  /is not a function\b/,
  /Maximum call stack size exceeded/,
  /Cannot mix BigInt/,
  /Cannot convert .* to a BigInt/,
  /\[object \w+\]/,
  /\n\s+at .*\((\/|node:)/, // a JavaScript stack frame
];

/** The last line of a Python exception report: `ValueError`, `ValueError: msg`, `__main__.E: msg`. */
const EXCEPTION_LINE = /^[A-Za-z_][\w.]*(: .*)?$/;

export type Verdict = { ok: true; kind: 'exit' | 'exception' | 'syntax' | 'timeout' } | { ok: false; why: string };

function lastLine(text: string): string {
  const lines = text.split('\n').filter((l) => l.trim() !== '');
  return lines[lines.length - 1] ?? '';
}

/**
 * Classifies one run of `source`. A timeout (exit 124) is a verdict of its own: whether the
 * program really loops forever is for the caller to decide (CPython is asked).
 */
export function judge(source: string, r: RunResult): Verdict {
  if (/pyarena: internal error/.test(r.stderr)) return { ok: false, why: `internal error: ${r.stderr.trim()}` };
  if (/heap verification failed/.test(r.stderr)) return { ok: false, why: `heap verification failed: ${r.stderr.trim().slice(0, 2000)}` };
  if (r.exitCode === 70) return { ok: false, why: `exit status 70: ${r.stderr.trim()}` };
  for (const re of HOST_LEAK) {
    if (re.test(r.stderr) || re.test(r.stdout)) return { ok: false, why: `host error text ${re} in output: ${r.stderr.slice(-600)}` };
  }
  // The limit can also strike while a traceback is being reported (a loaded machine): same verdict.
  if (r.exitCode === 124 && /^pyarena: timeout: /m.test(r.stderr)) return { ok: true, kind: 'timeout' };
  const calledExit = /\bexit\b/.test(source);
  if (r.exitCode === 0) return { ok: true, kind: 'exit' };
  if (r.exitCode === 1) {
    const last = lastLine(r.stderr);
    // `Exception ignored in: ...` reports (a failing __del__) may come first.
    if (/^Traceback \(most recent call last\):$/m.test(r.stderr) && EXCEPTION_LINE.test(last)) return { ok: true, kind: 'exception' };
    if (/^(  File "[^"]*", line \d+\n(    [^\n]*\n( +\^+\n)?)?)?\w*Error: /.test(r.stderr) && /^(SyntaxError|IndentationError|TabError)\b/.test(last)) {
      return { ok: true, kind: 'syntax' };
    }
    // A message may span lines: the report still starts as CPython's does.
    if (/^Traceback \(most recent call last\):$/m.test(r.stderr)) return { ok: true, kind: 'exception' };
    if (calledExit) return { ok: true, kind: 'exit' };
    return { ok: false, why: `exit status 1 without a Python error report: ${JSON.stringify(r.stderr.slice(-600))}` };
  }
  if (calledExit) return { ok: true, kind: 'exit' };
  return { ok: false, why: `exit status ${r.exitCode}: ${r.stderr.slice(-600)}` };
}
