// PySyntaxError mirrors CPython's SyntaxError attributes, and formatSyntaxError reproduces what
// CPython 3.11 prints for an uncaught one in a script (Python/pythonrun.c: print_exception and
// print_error_text).
import type { SourceText } from './source';

export type SyntaxErrorType = 'SyntaxError' | 'IndentationError' | 'TabError';

export class PySyntaxError extends Error {
  readonly excType: SyntaxErrorType;
  readonly msg: string;
  readonly filename: string;
  /** 1-based line of the error. */
  readonly lineno: number;
  /** 1-based column, as CPython's SyntaxError.offset. */
  readonly offset: number;
  /** The source line (no newline). */
  readonly text: string;
  readonly endLineno: number;
  /** 1-based end column; CPython uses end <= offset (or 0 / -1) for a single caret. */
  readonly endOffset: number;

  constructor(
    excType: SyntaxErrorType,
    msg: string,
    filename: string,
    lineno: number,
    offset: number,
    text: string,
    endLineno: number,
    endOffset: number,
  ) {
    super(`${msg} (${filename}, line ${lineno})`);
    this.name = excType;
    this.excType = excType;
    this.msg = msg;
    this.filename = filename;
    this.lineno = lineno;
    this.offset = offset;
    this.text = text;
    this.endLineno = endLineno;
    this.endOffset = endOffset;
  }
}

/**
 * Builds an error at source offsets. `start` is the 0-based offset of the caret; `end` (exclusive)
 * gives a range of carets when it lies beyond start + 1 on the same line.
 */
export function errorAt(
  src: SourceText,
  excType: SyntaxErrorType,
  msg: string,
  start: number,
  end: number = start,
): PySyntaxError {
  const lineno = src.lineOf(start);
  const col = src.colOf(start, lineno);
  const endLineno = src.lineOf(Math.max(start, end));
  const endCol = src.colOf(Math.max(start, end), endLineno);
  return new PySyntaxError(excType, msg, src.filename, lineno, col + 1, src.lineText(lineno), endLineno, endCol + 1);
}

const encoder = new TextEncoder();

/** CPython's caret arithmetic runs over UTF-8 bytes: convert a 1-based char offset to bytes. */
function byteOffset(text: string, offset: number): number {
  if (offset <= 1) return offset;
  return encoder.encode(text.slice(0, offset - 1)).length + 1;
}

export function formatSyntaxError(e: PySyntaxError): string {
  let out = `  File "${e.filename}", line ${e.lineno}\n`;
  if (e.text !== null && e.text !== undefined && e.lineno > 0) {
    const bytes = encoder.encode(e.text);
    let offset = byteOffset(e.text, e.offset);
    // SyntaxError subclasses (IndentationError, TabError) always get a single caret.
    let endOffset = e.excType === 'SyntaxError' ? byteOffset(e.text, e.endOffset) : -1;
    if (e.endLineno > e.lineno && e.excType === 'SyntaxError') endOffset = bytes.length;
    if (endOffset > bytes.length + 1) endOffset = bytes.length + 1;
    out += errorText(e.text, offset, endOffset);
  }
  return `${out}${e.excType}: ${e.msg}\n`;
}

function errorText(text: string, offset: number, endOffset: number): string {
  const caretReps = endOffset > 0 && endOffset > offset ? endOffset - offset : 1;
  let off = offset - 1;
  let i = 0;
  while (i < text.length && (text[i] === ' ' || text[i] === '\t' || text[i] === '\f')) {
    i++;
    off--;
  }
  const shown = text.slice(i);
  const len = encoder.encode(shown).length;
  if (off > len) off = len;
  let out = `    ${shown}\n`;
  if (off < 0) return out;
  out += `    ${' '.repeat(off)}${'^'.repeat(caretReps)}\n`;
  return out;
}
