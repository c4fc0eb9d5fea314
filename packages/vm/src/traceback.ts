// Printing an uncaught exception as CPython 3.11 does (Python/traceback.c, Lib/traceback.py):
// chained causes and contexts first, then "Traceback (most recent call last):", one entry per
// frame with its source line and carets under the failing expression, then "Type: message".

import type { PyObject } from '@pyarena/memory';
import type { ExceptionData, TracebackEntry } from './errors';
import { exceptionStr, qualifiedTypeName } from './ops/repr';
import { None } from './objects/constructors';

/** Source text by filename, for the lines tracebacks show. */
export const sourceCache = new Map<string, string[]>();

export function rememberSource(filename: string, source: string): void {
  sourceCache.set(filename, source.split(/\r\n|\r|\n/));
}

function caretLine(line: string, e: TracebackEntry): string | null {
  if (e.col < 0 || e.endCol < 0 || e.endLineno !== e.lineno) return null;
  const indent = line.length - line.trimStart().length;
  const stripped = line.trim();
  const start = e.col - indent;
  const end = e.endCol - indent;
  // CPython omits the carets when they would underline the whole line.
  if (start <= 0 && end >= stripped.length) return null;
  if (start < 0 || end <= start) return null;
  return '    ' + ' '.repeat(start) + '^'.repeat(end - start);
}

function formatEntry(e: TracebackEntry): string {
  let out = `  File "${e.filename}", line ${e.lineno}, in ${e.name}\n`;
  const line = sourceCache.get(e.filename)?.[e.lineno - 1];
  if (line !== undefined && line.trim() !== '') {
    out += '    ' + line.trim() + '\n';
    const carets = caretLine(line, e);
    if (carets !== null) out += carets + '\n';
  }
  return out;
}

export function formatExceptionOnly(exc: PyObject): string {
  const name = qualifiedTypeName(exc.type);
  let msg: string;
  try {
    msg = exceptionStr(exc);
  } catch {
    msg = '<exception str() failed>';
  }
  return msg === '' ? `${name}\n` : `${name}: ${msg}\n`;
}

/** The full report for an uncaught exception, chained exceptions included. */
export function formatException(exc: PyObject, seen = new Set<PyObject>()): string {
  seen.add(exc);
  const data = exc.data as ExceptionData;
  let out = '';
  const cause = data.cause;
  const context = data.context;
  if (cause !== null && cause !== None && typeof cause === 'object' && !seen.has(cause)) {
    out += formatException(cause, seen);
    out += '\nThe above exception was the direct cause of the following exception:\n\n';
  } else if (!data.suppressContext && context !== null && context !== None && typeof context === 'object' &&
    !seen.has(context)) {
    out += formatException(context, seen);
    out += '\nDuring handling of the above exception, another exception occurred:\n\n';
  }
  if (data.traceback.length > 0) {
    out += 'Traceback (most recent call last):\n';
    const entries = [...data.traceback].reverse();
    out += formatEntries(entries);
  }
  return out + formatExceptionOnly(exc);
}

/** Entries outermost first, with CPython's folding of long runs of the same line. */
function formatEntries(entries: TracebackEntry[]): string {
  let out = '';
  let last = '';
  let repeats = 0;
  const flush = () => {
    if (repeats > 3) {
      const n = repeats - 3;
      out += `  [Previous line repeated ${n} more time${n === 1 ? '' : 's'}]\n`;
    }
  };
  for (const e of entries) {
    const key = `${e.filename}:${e.lineno}:${e.name}`;
    if (key === last) {
      repeats++;
      if (repeats > 3) continue;
    } else {
      flush();
      last = key;
      repeats = 1;
    }
    out += formatEntry(e);
  }
  flush();
  return out;
}
