// Turns Ohm's rightmost failure into CPython's wording. Ohm only knows where it got stuck and
// which terminals it expected there; CPython's messages come from its tokenizer and `invalid_*`
// grammar rules. The heuristics below reproduce the common cases:
//   INDENT where no block may start   -> IndentationError: unexpected indent
//   a block header not followed by INDENT -> IndentationError: expected an indented block after ...
//   a compound header missing its ':' -> SyntaxError: expected ':'
//   anything else                     -> SyntaxError: invalid syntax, carets on the bad token.
import type { FailedMatchResult } from 'ohm-js';
import { errorAt, type PySyntaxError } from './errors';
import { DEDENT, INDENT, isIdentChar, NEWLINE, shiftOffset, type Layout } from './indent';
import type { SourceText } from './source';

const BLOCK_HEADERS: Record<string, string> = {
  if: "'if' statement",
  elif: "'elif' statement",
  else: "'else' statement",
  while: "'while' statement",
  for: "'for' statement",
  try: "'try' statement",
  except: "'except' statement",
  finally: "'finally' statement",
  with: "'with' statement",
  def: 'function definition',
  class: 'class definition',
  // Soft keywords: a line starting with the word that failed is a match statement or case block.
  match: "'match' statement",
  case: "'case' statement",
};

/** Start of the logical line holding output offset `pos` (just after the previous NEWLINE). */
function lineStartBefore(text: string, pos: number): number {
  let i = pos - 1;
  while (i >= 0 && text[i] !== NEWLINE) i--;
  let start = i + 1;
  while (text[start] === INDENT || text[start] === DEDENT) start++;
  return start;
}

function skipSpaces(text: string, pos: number): number {
  while (pos < text.length && (text[pos] === ' ' || text[pos] === '\t' || text[pos] === '\f')) pos++;
  return pos;
}

/** The end of the token starting at `pos` in the layout text. */
function tokenEnd(text: string, pos: number): number {
  const c = text[pos];
  if (c === undefined) return pos;
  if (c === '.' && isDigit(text[pos + 1])) {
    let i = pos + 1;
    while (i < text.length && isIdentChar(text[i]!)) i++;
    return i;
  }
  if (isIdentChar(c)) {
    let i = pos + 1;
    while (i < text.length && isIdentChar(text[i]!)) i++;
    return i;
  }
  for (const op of ['**=', '//=', '>>=', '<<=', '...', '->', ':=', '==', '!=', '<=', '>=', '**', '//', '<<', '>>', '+=', '-=', '*=', '/=', '%=', '&=', '|=', '^=', '@=']) {
    if (text.startsWith(op, pos)) return pos + op.length;
  }
  return pos + 1;
}

export function failureToError(src: SourceText, lay: Layout, match: FailedMatchResult): PySyntaxError {
  const text = lay.text;
  const failPos = skipSpaces(text, match.getRightmostFailurePosition());
  const map = lay.map;
  const ch = text[failPos];
  const srcAt = (p: number) => map.toSource(p);

  if (ch === INDENT) {
    // Either a block header before it lacks something, or the indent is simply unexpected.
    return shiftOffset(errorAt(src, 'IndentationError', 'unexpected indent', srcAt(failPos)), -1);
  }

  // Did the failing line open a block (`...:` NEWLINE) with no INDENT after it?
  if (ch !== INDENT && failPos > 0 && text[failPos - 1] === NEWLINE) {
    const lineStart = lineStartBefore(text, failPos - 1);
    const header = headerKeyword(text, lineStart, failPos - 1);
    if (header !== null) {
      const headerLine = src.lineOf(srcAt(lineStart));
      let at = failPos;
      while (text[at] === DEDENT) at++;
      const atSrc = at >= text.length ? src.text.length : srcAt(at);
      return errorAt(src, 'IndentationError', `expected an indented block after ${header} on line ${headerLine}`, atSrc, atSrc + 1);
    }
  }

  const expected = match.getExpectedText();
  const lineStart = lineStartBefore(text, failPos);
  const kw = firstWord(text, lineStart);
  if (BLOCK_HEADERS[kw] !== undefined && /":"/.test(expected) && !lineHasColonBefore(text, lineStart, failPos)) {
    // CPython points just past the last token of the header.
    let end = failPos;
    while (end > lineStart && (text[end - 1] === ' ' || text[end - 1] === '\t')) end--;
    return errorAt(src, 'SyntaxError', "expected ':'", srcAt(end - 1) + 1);
  }

  if (ch === undefined || ch === DEDENT) {
    return errorAt(src, 'SyntaxError', 'invalid syntax', src.text.length);
  }
  // `.1` is one number token for CPython; the grammar fails after the dot (`a.1`).
  const tokStart = text[failPos - 1] === '.' && isDigit(text[failPos]) && !isDigit(text[failPos - 2]) ? failPos - 1 : failPos;
  const end = tokenEnd(text, tokStart);
  const start = srcAt(tokStart);
  if (ch === NEWLINE) return errorAt(src, 'SyntaxError', 'invalid syntax', start, start + 1);
  return errorAt(src, 'SyntaxError', 'invalid syntax', start, srcAt(end - 1) + 1);
}

function firstWord(text: string, pos: number): string {
  let i = pos;
  while (i < text.length && isIdentChar(text[i]!)) i++;
  return text.slice(pos, i);
}

function lineHasColonBefore(text: string, start: number, end: number): boolean {
  return text.slice(start, end).includes(':');
}

/** If the logical line [start, end) is a block header ending in ':', the CPython name for it. */
function headerKeyword(text: string, start: number, end: number): string | null {
  let e = end;
  while (e > start && (text[e - 1] === ' ' || text[e - 1] === '\t')) e--;
  if (text[e - 1] !== ':') return null;
  const word = firstWord(text, start);
  return BLOCK_HEADERS[word] ?? null;
}

function isDigit(c: string | undefined): boolean {
  return c !== undefined && c >= '0' && c <= '9';
}
