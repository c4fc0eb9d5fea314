// The state of the parse in progress, shared by the AST actions: where output offsets of the
// grammar's input map back to in the source. Nested parses (f-string fields) swap it.
import type { Span } from './ast';
import type { SourceMap } from './indent';
import type { SourceText } from './source';
import { errorAt, type PySyntaxError } from './errors';

export interface ParseContext {
  src: SourceText;
  map: SourceMap;
  /** The grammar's input (layout text), to find where a block's last token ends. */
  text: string;
  /** Expressions written inside their own parentheses: `(a)` is a Name but not a simple target. */
  parenthesized: WeakSet<object>;
}

let current: ParseContext | null = null;

export function withContext<T>(ctx: ParseContext, fn: () => T): T {
  const saved = current;
  current = ctx;
  try {
    return fn();
  } finally {
    current = saved;
  }
}

export function context(): ParseContext {
  return current!;
}

/** Source offsets of an output interval [startIdx, endIdx). */
export function sourceRange(startIdx: number, endIdx: number): [number, number] {
  const map = current!.map;
  const start = map.toSource(startIdx);
  const end = endIdx > startIdx ? map.toSource(endIdx - 1) + 1 : start;
  return [start, end];
}

export function spanOf(startIdx: number, endIdx: number): Span {
  const [start, end] = sourceRange(startIdx, endIdx);
  return spanFromOffsets(start, end);
}

export function spanFromOffsets(start: number, end: number): Span {
  const src = current!.src;
  const lineno = src.lineOf(start);
  const endLineno = end === start ? lineno : src.lineOf(end - 1);
  return {
    lineno,
    col: start - src.lineStarts[lineno - 1]!,
    endLineno,
    endCol: end - src.lineStarts[endLineno - 1]!,
  };
}

/** A span running from the start of `a` to the end of `b`. */
export function spanJoin(a: Span, b: Span): Span {
  return { lineno: a.lineno, col: a.col, endLineno: b.endLineno, endCol: b.endCol };
}

export function offsetOfPosition(lineno: number, col: number): number {
  return current!.src.lineStarts[lineno - 1]! + col;
}

/** A SyntaxError whose carets cover a node's span (CPython's RAISE_SYNTAX_ERROR_KNOWN_LOCATION). */
export function errorOnSpan(msg: string, s: Span, endAtStart = false): PySyntaxError {
  const start = offsetOfPosition(s.lineno, s.col);
  const end = endAtStart ? start : offsetOfPosition(s.endLineno, s.endCol);
  return errorAt(current!.src, 'SyntaxError', msg, start, end);
}

export function errorAtOutput(msg: string, startIdx: number, endIdx = startIdx): PySyntaxError {
  const [start, end] = sourceRange(startIdx, endIdx);
  return errorAt(current!.src, 'SyntaxError', msg, start, endIdx > startIdx ? end : start);
}

/**
 * Where a compound statement ends, as CPython sees it: its last token before the NEWLINE and
 * DEDENT markers that close its last block (a trailing `;` counts).
 */
export function compoundEnd(endIdx: number): number {
  const text = current!.text;
  let i = endIdx;
  for (;;) {
    const c = text.charCodeAt(i - 1);
    // '\n', ' ', '\t', '\f', INDENT, DEDENT
    if (c === 10 || c === 32 || c === 9 || c === 12 || c === 0xfdd0 || c === 0xfdd1) i--;
    else return i;
  }
}
