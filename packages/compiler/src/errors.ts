// Compile-time SyntaxErrors (those CPython raises from symtable.c and compile.c rather than from
// the parser). Fields mirror CPython's SyntaxError and the parser's PySyntaxError, so callers
// format both the same way.
// TODO(compiler): switch to the parser's PySyntaxError once '@pyarena/parser' exports it.
import type { Span } from '@pyarena/parser';

export class CompileError extends Error {
  readonly excType = 'SyntaxError' as const;
  readonly msg: string;
  readonly filename: string;
  /** 1-based line. */
  readonly lineno: number;
  /** 1-based column, as CPython's SyntaxError.offset. */
  readonly offset: number;
  /** The source line without its newline, or null when no source was given. */
  readonly text: string | null;
  readonly endLineno: number;
  readonly endOffset: number;

  constructor(msg: string, filename: string, lineno: number, offset: number, text: string | null,
    endLineno: number, endOffset: number) {
    super(`${msg} (${filename}, line ${lineno})`);
    this.name = 'SyntaxError';
    this.msg = msg;
    this.filename = filename;
    this.lineno = lineno;
    this.offset = offset;
    this.text = text;
    this.endLineno = endLineno;
    this.endOffset = endOffset;
  }
}

/** Where errors are reported: the file name and, when known, its source text. */
export interface ErrorSite {
  filename: string;
  source: string | undefined;
}

function lineText(source: string | undefined, lineno: number): string | null {
  if (source === undefined) return null;
  const lines = source.split('\n');
  const line = lines[lineno - 1];
  return line === undefined ? null : line.replace(/\r$/, '');
}

/** A SyntaxError located at an AST node's span, as CPython's compiler_error / RANGED locations. */
export function syntaxError(site: ErrorSite, msg: string, span: Span): CompileError {
  return new CompileError(msg, site.filename, span.lineno, span.col + 1, lineText(site.source, span.lineno),
    span.endLineno, span.endCol + 1);
}
