// Compile-time SyntaxErrors (those CPython raises from symtable.c and compile.c rather than from
// the parser). CompileError is the parser's PySyntaxError (same fields, same formatter:
// formatSyntaxError), so callers handle both alike.
import { PySyntaxError, type Span } from '@pyarena/parser';

export class CompileError extends PySyntaxError {
  constructor(msg: string, filename: string, lineno: number, offset: number, text: string, endLineno: number,
    endOffset: number) {
    super('SyntaxError', msg, filename, lineno, offset, text, endLineno, endOffset);
  }
}

/** Where errors are reported: the file name and, when known, its source text. */
export interface ErrorSite {
  filename: string;
  source: string | undefined;
}

/** The source line without its newline ('' when no source was given). */
function lineText(source: string | undefined, lineno: number): string {
  if (source === undefined) return '';
  const line = source.split('\n')[lineno - 1];
  return line === undefined ? '' : line.replace(/\r$/, '');
}

/** A SyntaxError located at an AST node's span, as CPython's compiler_error / RANGED locations. */
export function syntaxError(site: ErrorSite, msg: string, span: Span): CompileError {
  return new CompileError(msg, site.filename, span.lineno, span.col + 1, lineText(site.source, span.lineno),
    span.endLineno, span.endCol + 1);
}
