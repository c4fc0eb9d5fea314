// The layout pass: turns Python's physical lines into the text the Ohm grammar reads.
//
// Ohm's own indentation support cannot express Python's rules (shared/DESIGN.md section 10), so this
// one linear scan does what CPython's tokenizer does around the grammar:
//   - each logical line becomes: INDENT/DEDENT markers, its tokens, then NEWLINE ('\n');
//   - blank and comment-only lines vanish, comments are dropped (never `#` inside strings);
//   - newlines inside brackets and after a trailing backslash become spaces (line joining);
//   - string literals are copied verbatim (triple-quoted ones may span lines);
//   - tokenizer-level errors are raised here with CPython's wording and positions: brackets,
//     unterminated strings, bad numbers, invalid characters, indentation and TabError.
// Every output character maps back to a source offset (SourceMap) so spans and carets point at
// the original text.
import { errorAt, PySyntaxError } from './errors';
import type { SourceText } from './source';
import { scanNumber } from './number-scan';

export const INDENT = '\uFDD0';
export const DEDENT = '\uFDD1';
export const NEWLINE = '\n';

/** Output offset -> source offset, stored as runs of consecutive characters. */
export class SourceMap {
  readonly outStarts: number[] = [];
  readonly srcStarts: number[] = [];

  toSource(out: number): number {
    const starts = this.outStarts;
    let lo = 0;
    let hi = starts.length - 1;
    if (hi < 0) return 0;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= out) lo = mid;
      else hi = mid - 1;
    }
    return this.srcStarts[lo]! + (out - starts[lo]!);
  }
}

export interface Layout {
  text: string;
  map: SourceMap;
  /** Source offset of the most deeply nested bracket (where a too-deep parse is reported). */
  deepestBracket?: number;
  /** The error for a bracket still open at the end of the source, if any. */
  unclosed?: PySyntaxError;
}

const OPENERS: Record<string, string> = { '(': ')', '[': ']', '{': '}' };
const MAX_BRACKET_DEPTH = 200;
const STRING_PREFIXES = new Set(['r', 'u', 'b', 'br', 'rb', 'f', 'fr', 'rf']);
const ID_START = /[\p{ID_Start}_]/u;
const ID_CONTINUE = /[\p{ID_Continue}]/u;
// Characters that start an operator or delimiter token in Python.
const OPERATOR_CHARS = '+-*/%@&|^~<>=!.,:;';

export function isIdentStart(ch: string): boolean {
  const c = ch.charCodeAt(0);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95;
  return ID_START.test(ch);
}

export function isIdentChar(ch: string): boolean {
  const c = ch.charCodeAt(0);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
  return ID_CONTINUE.test(ch);
}

class LayoutBuilder {
  private readonly chunks: string[] = [];
  private outLen = 0;
  readonly map = new SourceMap();
  private lastSrcEnd = -1;

  /** Copies src[from, to) to the output. */
  copy(text: string, from: number, to: number): void {
    if (to <= from) return;
    if (this.lastSrcEnd !== from) {
      this.map.outStarts.push(this.outLen);
      this.map.srcStarts.push(from);
    }
    this.chunks.push(text.slice(from, to));
    this.outLen += to - from;
    this.lastSrcEnd = to;
  }

  /** Emits synthetic characters that all map to source offset `at`. */
  emit(s: string, at: number): void {
    for (let i = 0; i < s.length; i++) {
      this.map.outStarts.push(this.outLen);
      this.map.srcStarts.push(at);
      this.outLen++;
    }
    this.chunks.push(s);
    this.lastSrcEnd = -1;
  }

  finish(): Layout {
    return { text: this.chunks.join(''), map: this.map };
  }
}

interface OpenBracket {
  ch: string;
  offset: number;
}

export function layout(src: SourceText): Layout {
  const text = src.text;
  const n = text.length;
  const nul = text.indexOf('\0');
  if (nul !== -1) throw nullByteError(src, nul);

  const out = new LayoutBuilder();
  const indents = [0];
  const altIndents = [0]; // columns with tabsize 1: CPython's TabError check
  const brackets: OpenBracket[] = [];
  let pos = 0;
  const deepest = { depth: 0, offset: 0 };

  while (pos < n) {
    // ---- start of a logical line: measure indentation
    let col = 0;
    let alt = 0;
    let p = pos;
    for (; p < n; p++) {
      const ch = text[p];
      if (ch === ' ') {
        col++;
        alt++;
      } else if (ch === '\t') {
        col = (Math.floor(col / 8) + 1) * 8;
        alt++;
      } else if (ch === '\f') {
        col = alt = 0;
      } else break;
    }
    if (p >= n) break;
    const first = text[p];
    if (first === '#' || first === '\n') {
      // Blank or comment-only line: no tokens, no indentation change.
      const nl = text.indexOf('\n', p);
      pos = nl === -1 ? n : nl + 1;
      continue;
    }
    applyIndentation(src, out, indents, altIndents, col, alt, p);

    // ---- the tokens of the logical line
    pos = p;
    let runStart = pos;
    let lineEnded = false;
    while (pos < n) {
      const ch = text[pos]!;
      if (ch === '\n') {
        out.copy(text, runStart, pos);
        if (brackets.length > 0) {
          out.emit(' ', pos);
          pos++;
          runStart = pos;
          continue;
        }
        out.emit(NEWLINE, pos);
        pos++;
        lineEnded = true;
        break;
      }
      if (ch === ' ' || ch === '\t' || ch === '\f') {
        pos++;
        continue;
      }
      if (ch === '#') {
        out.copy(text, runStart, pos);
        const nl = text.indexOf('\n', pos);
        pos = nl === -1 ? n : nl;
        runStart = pos;
        continue;
      }
      if (ch === '\\') {
        if (pos + 1 >= n) throw errorAt(src, 'SyntaxError', 'unexpected EOF while parsing', pos + 1);
        if (text[pos + 1] !== '\n') {
          throw errorAt(src, 'SyntaxError', 'unexpected character after line continuation character', pos + 1, pos);
        }
        if (pos + 2 >= n) throw errorAt(src, 'SyntaxError', 'unexpected EOF while parsing', pos + 1, pos);
        out.copy(text, runStart, pos);
        out.emit('  ', pos);
        pos += 2;
        runStart = pos;
        continue;
      }
      if (ch === '"' || ch === "'") {
        pos = scanString(src, pos, pos);
        continue;
      }
      if (isIdentStart(ch)) {
        let q = pos + 1;
        while (q < n && isIdentChar(text[q]!)) q++;
        const next = text[q];
        if ((next === '"' || next === "'") && q - pos <= 2 && STRING_PREFIXES.has(text.slice(pos, q).toLowerCase())) {
          pos = scanString(src, pos, q);
        } else {
          pos = q;
        }
        continue;
      }
      const code = ch.charCodeAt(0);
      if ((code >= 48 && code <= 57) || (ch === '.' && isDigit(text[pos + 1]))) {
        pos = scanNumber(src, pos);
        continue;
      }
      if (ch in OPENERS) {
        // CPython's tokenizer allows 200 levels (MAXLEVEL); deeper is a SyntaxError there too.
        if (brackets.length >= MAX_BRACKET_DEPTH) throw errorAt(src, 'SyntaxError', 'too many nested parentheses', pos);
        brackets.push({ ch, offset: pos });
        if (brackets.length > deepest.depth) {
          deepest.depth = brackets.length;
          deepest.offset = pos;
        }
        pos++;
        continue;
      }
      if (ch === ')' || ch === ']' || ch === '}') {
        const open = brackets.pop();
        if (open === undefined) throw errorAt(src, 'SyntaxError', `unmatched '${ch}'`, pos);
        if (OPENERS[open.ch] !== ch) {
          const openLine = src.lineOf(open.offset);
          const where = openLine === src.lineOf(pos) ? '' : ` on line ${openLine}`;
          throw errorAt(
            src,
            'SyntaxError',
            `closing parenthesis '${ch}' does not match opening parenthesis '${open.ch}'${where}`,
            pos,
          );
        }
        pos++;
        continue;
      }
      if (OPERATOR_CHARS.includes(ch) || ch === '$' || ch === '?' || ch === '`') {
        // `$ ? \`` are not Python tokens; the grammar reports them as "invalid syntax".
        pos++;
        continue;
      }
      throw invalidCharacter(src, pos);
    }
    if (!lineEnded) {
      out.copy(text, runStart, pos);
      if (brackets.length > 0) break;
      out.emit(NEWLINE, n);
    }
  }

  // An unclosed bracket is reported by parse(), which first lets the grammar find an earlier error.
  let unclosed: PySyntaxError | undefined;
  if (brackets.length > 0) {
    const open = brackets[brackets.length - 1]!;
    unclosed = errorAt(src, 'SyntaxError', `'${open.ch}' was never closed`, open.offset, -1);
  }
  for (let i = 1; i < indents.length; i++) out.emit(DEDENT, n);
  return { ...out.finish(), deepestBracket: deepest.offset, unclosed };
}

function applyIndentation(
  src: SourceText,
  out: LayoutBuilder,
  indents: number[],
  altIndents: number[],
  col: number,
  alt: number,
  at: number,
): void {
  const top = indents[indents.length - 1]!;
  const altTop = altIndents[altIndents.length - 1]!;
  if (col === top) {
    if (alt !== altTop) throw tabError(src, at);
  } else if (col > top) {
    if (alt <= altTop) throw tabError(src, at);
    indents.push(col);
    altIndents.push(alt);
    out.emit(INDENT, at);
  } else {
    while (indents.length > 1 && col < indents[indents.length - 1]!) {
      indents.pop();
      altIndents.pop();
      out.emit(DEDENT, at);
    }
    if (col !== indents[indents.length - 1]) {
      // CPython's tokenizer puts the caret just past the end of the offending line.
      let end = src.text.indexOf('\n', at);
      if (end < 0) end = src.text.length;
      if (end > at && src.text[end - 1] === '\r') end--;
      throw errorAt(src, 'IndentationError', 'unindent does not match any outer indentation level', end);
    }
    if (alt !== altIndents[altIndents.length - 1]) throw tabError(src, at);
  }
}

function tabError(src: SourceText, at: number) {
  return shiftOffset(errorAt(src, 'TabError', 'inconsistent use of tabs and spaces in indentation', at), -1);
}

/**
 * CPython's tokenizer reports some indentation errors one column left or right of the token
 * (its `cur` pointer); for an unexpected indent or a TabError that hides the caret entirely.
 */
export function shiftOffset(e: PySyntaxError, delta: number): PySyntaxError {
  return new PySyntaxError(e.excType, e.msg, e.filename, e.lineno, e.offset + delta, e.text, e.endLineno, e.endOffset + delta);
}

function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch >= '0' && ch <= '9';
}

/**
 * Scans a string literal whose quote is at `quoteAt` (prefix from `start`) and returns the offset
 * just past it. The literal is later copied verbatim with the rest of the line.
 */
function scanString(src: SourceText, start: number, quoteAt: number): number {
  const text = src.text;
  const q = text[quoteAt]!;
  const triple = text[quoteAt + 1] === q && text[quoteAt + 2] === q;
  let p = triple ? quoteAt + 3 : quoteAt + 1;
  const n = text.length;
  while (p < n) {
    const ch = text[p]!;
    if (ch === '\\') {
      p += 2;
      continue;
    }
    if (ch === q) {
      if (!triple) return p + 1;
      if (text[p + 1] === q && text[p + 2] === q) return p + 3;
    } else if (ch === '\n' && !triple) {
      break;
    }
    p++;
  }
  // CPython reports the line where the tokenizer gave up: the last line for an EOF inside a
  // triple-quoted string, the line of the (possibly backslash-continued) newline otherwise.
  const detected = src.lineOf(p >= n ? Math.max(0, n - 1) : p);
  const what = triple ? 'unterminated triple-quoted string literal' : 'unterminated string literal';
  throw errorAt(src, 'SyntaxError', `${what} (detected at line ${detected})`, start);
}

function invalidCharacter(src: SourceText, at: number) {
  const cp = src.text.codePointAt(at)!;
  const ch = String.fromCodePoint(cp);
  const hex = cp.toString(16).toUpperCase().padStart(4, '0');
  if (cp < 32 || cp === 127) {
    return errorAt(src, 'SyntaxError', `invalid non-printable character U+${hex}`, at);
  }
  return errorAt(src, 'SyntaxError', `invalid character '${ch}' (U+${hex})`, at);
}

function nullByteError(src: SourceText, at: number) {
  // CPython shows the line up to the NUL and no caret (offset 0).
  const lineno = src.lineOf(at);
  const shown = src.text.slice(src.lineStarts[lineno - 1], at);
  return new PySyntaxError('SyntaxError', 'source code cannot contain null bytes', src.filename, lineno, 0, shown, lineno, 0);
}
