// Printing an uncaught exception as CPython 3.11 does (Python/traceback.c, Lib/traceback.py):
// chained causes and contexts first, then "Traceback (most recent call last):", one entry per
// frame with its source line and carets under the failing expression, then "Type: message".

import type { PyObject } from '@pyarena/memory';
import type { ExceptionData, TracebackEntry } from './errors';
import { qualifiedTypeName, str } from './ops/repr';
import { PyErr } from './errors';
import { decref } from './refs';
import { None } from './objects/constructors';
import { parse } from '@pyarena/parser';

/** Source text by filename, for the lines tracebacks show. */
export const sourceCache = new Map<string, string[]>();

export function rememberSource(filename: string, source: string): void {
  // Like CPython, code given with -c ('<string>') has no file to show lines from.
  if (filename.startsWith('<')) return;
  sourceCache.set(filename, source.split(/\r\n|\r|\n/));
}

/**
 * CPython 3.11's anchors: for a binary operation the operator gets '^' and the operands '~'; for
 * a subscript the brackets get '^' and the value '~' (traceback.py
 * _extract_caret_anchors_from_line_segment). Returns [left, right) within the segment, or null.
 */
function anchors(segment: string): [number, number] | null {
  let mod;
  try {
    mod = parse(segment, '<traceback>');
  } catch {
    return null;
  }
  if (mod.body.length !== 1) return null;
  const stmt = mod.body[0]!;
  if (stmt.kind !== 'Expr') return null;
  const e = stmt.value;
  if (e.kind === 'BinOp') {
    const operator = segment.slice(e.left.endCol, e.right.col);
    const offset = operator.length - operator.trimStart().length;
    let left = e.left.endCol + offset;
    let right = left + 1;
    if (offset + 1 < operator.length && !/\s/.test(operator[offset + 1]!)) right++;
    while (left < segment.length && (/\s/.test(segment[left]!) || ')#'.includes(segment[left]!))) {
      left++;
      right++;
    }
    return [left, right];
  }
  if (e.kind === 'Subscript') {
    let left = e.value.endCol;
    let right = e.slice.endCol + 1;
    while (left < segment.length && segment[left] !== '[') left++;
    while (right < segment.length && segment[right] !== ']') right++;
    if (right < segment.length) right++;
    return [left, right];
  }
  return null;
}

function caretLine(line: string, e: TracebackEntry): string | null {
  if (e.col < 0 || e.endCol < 0 || e.endLineno !== e.lineno) return null;
  const indent = line.length - line.trimStart().length;
  const strippedLength = line.trim().length;
  const start = e.col - indent;
  const end = e.endCol - indent;
  if (start < 0 || end <= start) return null;
  const a = anchors(line.slice(e.col, e.endCol));
  // CPython shows the carets only when they say more than "this whole line".
  if (!(end - start < strippedLength || (a !== null && a[1] - a[0] < end - start))) return null;
  let carets = '';
  for (let i = 0; i < end - start; i++) carets += a === null || (i >= a[0] && i < a[1]) ? '^' : '~';
  return '    ' + ' '.repeat(start) + carets;
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
  // CPython names the class by its module only outside __main__ and builtins.
  const qualified = qualifiedTypeName(exc.type);
  const name = qualified.startsWith('__main__.') ? qualified.slice('__main__.'.length) : qualified;
  let msg: string;
  try {
    msg = str(exc);
  } catch (e) {
    if (!(e instanceof PyErr)) throw e;
    decref(e.exc);
    msg = `<exception str() failed>`;
  }
  const hint = (exc.data as ExceptionData).suggestion;
  if (hint) msg += `. Did you mean: '${hint}'?`;
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
