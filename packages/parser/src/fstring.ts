// f-strings, as CPython 3.11 reads them (Parser/string_parser.c): the whole literal is one
// token; its body is split here into literal text and `{expr!c:spec}` fields, and each field's
// expression is parsed by the grammar (start rule FStringExpr) at its real source position.
import type { Constant, Expr, FormattedValue, JoinedStr, Span } from './ast';
import { errorAt } from './errors';
import { context } from './context';
import { decodeStr, EscapeError } from './literals';

/** Parses `text` (source offset `at`) as an expression; supplied by to-ast to avoid a cycle. */
export type ExprParser = (text: string, at: number) => Expr;

export type FPiece = { kind: 'str'; value: string } | FormattedValue;

const CONVERSIONS: Record<string, number> = { s: 115, r: 114, a: 97 };

function fail(msg: string, at: number): never {
  throw errorAt(context().src, 'SyntaxError', `f-string: ${msg}`, at);
}

/**
 * Splits an f-string body. `bodyAt` is the source offset of body[0]; `span` is the whole
 * JoinedStr's span, which CPython 3.11 gives to every piece; `tokenSpan` is this token's.
 */
export function parseFStringBody(
  body: string,
  bodyAt: number,
  raw: boolean,
  span: Span,
  tokenSpan: Span,
  parseExpr: ExprParser,
  depth = 0,
): FPiece[] {
  const pieces: FPiece[] = [];
  let literal = '';
  let i = 0;
  const n = body.length;
  const flushLiteral = () => {
    if (literal === '') return;
    let value = literal;
    if (!raw) {
      try {
        value = decodeStr(literal);
      } catch (e) {
        if (e instanceof EscapeError) fail(e.message, bodyAt + i);
        throw e;
      }
    }
    pieces.push({ kind: 'str', value });
    literal = '';
  };
  while (i < n) {
    const c = body[i]!;
    if (c === '{') {
      if (body[i + 1] === '{') {
        literal += '{';
        i += 2;
        continue;
      }
      flushLiteral();
      i = parseField(body, i, bodyAt, raw, span, tokenSpan, parseExpr, depth, pieces);
      continue;
    }
    if (c === '}') {
      if (body[i + 1] === '}') {
        literal += '}';
        i += 2;
        continue;
      }
      fail("single '}' is not allowed", bodyAt + n + 1);
    }
    if (c === '\\' && !raw && i + 1 < n && body[i + 1] !== '{' && body[i + 1] !== '}') {
      // keep escapes intact (a `\{` is not an escape of the brace); decoded on flush
      literal += body.slice(i, i + 2);
      i += 2;
      continue;
    }
    literal += c;
    i++;
  }
  flushLiteral();
  return pieces;
}

/** Parses one `{...}` field starting at body[open]; returns the index after its `}`. */
function parseField(
  body: string,
  open: number,
  bodyAt: number,
  raw: boolean,
  span: Span,
  tokenSpan: Span,
  parseExpr: ExprParser,
  depth: number,
  pieces: FPiece[],
): number {
  if (depth >= 2) fail('expressions nested too deeply', bodyAt + open);
  const n = body.length;
  const exprStart = open + 1;
  let i = exprStart;
  const brackets: string[] = [];
  let quote: string | null = null;
  // Find where the expression ends: a top-level `!` (not `!=`), `:`, `=` (not part of an
  // operator) or `}`, skipping nested brackets and string literals.
  for (; i < n; i++) {
    const c = body[i]!;
    if (quote) {
      if (body.startsWith(quote, i)) {
        i += quote.length - 1;
        quote = null;
      }
      continue;
    }
    if (c === '\\') fail('expression part cannot include a backslash', bodyAt + n + 1);
    if (c === "'" || c === '"') {
      quote = body.startsWith(c.repeat(3), i) ? c.repeat(3) : c;
      i += quote.length - 1;
      continue;
    }
    if (c === '#') fail("expression part cannot include '#'", bodyAt + n + 1);
    if (c === '(' || c === '[' || c === '{') {
      brackets.push(c);
      continue;
    }
    if (c === ')' || c === ']' || c === '}') {
      if (brackets.length === 0) {
        if (c === '}') break;
        fail(`unmatched '${c}'`, bodyAt + n + 1);
      }
      brackets.pop();
      continue;
    }
    if (brackets.length > 0) continue;
    if (c === '!' && body[i + 1] !== '=') break;
    if (c === ':') break;
    if (c === '=' && body[i + 1] !== '=' && !'=!<>'.includes(body[i - 1]!)) break;
  }
  if (quote) fail('unterminated string', bodyAt + n + 1);
  if (i >= n) fail("expecting '}'", bodyAt + n + 1);
  const exprText = body.slice(exprStart, i);
  if (exprText.trim() === '') fail('empty expression not allowed', bodyAt + n + 1);
  const value = parseExpr(exprText.replace(/\n/g, ' '), bodyAt + exprStart);

  let conversion = -1;
  let formatSpec: JoinedStr | null = null;
  if (body[i] === '=') {
    // f"{x=}": the text up to and including '=' becomes literal text, and repr is the default.
    i++;
    while (i < n && ' \t'.includes(body[i]!)) i++;
    pieces.push({ kind: 'str', value: body.slice(exprStart, i) });
    conversion = 114;
    const after = body[i];
    if (after === ':' || after === '!') conversion = -1;
  }
  if (body[i] === '!') {
    const c = body[i + 1];
    const code = c === undefined ? undefined : CONVERSIONS[c];
    if (code === undefined) {
      fail(i + 1 >= n || body[i + 1] === '}' ? 'missing conversion character' : "invalid conversion character: expected 's', 'r', or 'a'", bodyAt + n + 1);
    }
    conversion = code;
    i += 2;
  }
  if (body[i] === ':') {
    // The spec runs to the matching '}', and may itself hold fields.
    const specStart = i + 1;
    let level = 0;
    let j = specStart;
    for (; j < n; j++) {
      const c = body[j]!;
      if (c === '{') level++;
      else if (c === '}') {
        if (level === 0) break;
        level--;
      }
    }
    if (j >= n) fail("expecting '}'", bodyAt + n + 1);
    const specPieces = parseFStringBody(body.slice(specStart, j), bodyAt + specStart, raw, span, tokenSpan, parseExpr, depth + 1);
    // CPython 3.11 gives a spec the span of the enclosing string token, and its literal text
    // that span too when the spec holds no fields (else the whole JoinedStr's).
    const constSpan = specPieces.some((p) => p.kind !== 'str') ? span : tokenSpan;
    formatSpec = { kind: 'JoinedStr', values: piecesToValues(specPieces, constSpan), ...tokenSpan };
    i = j;
  }
  if (body[i] !== '}') fail("expecting '}'", bodyAt + n + 1);
  pieces.push({ kind: 'FormattedValue', value, conversion, formatSpec, ...span });
  return i + 1;
}

/** Merges adjacent literal pieces into Constants carrying the JoinedStr's span. */
export function piecesToValues(pieces: FPiece[], span: Span): Expr[] {
  const out: Expr[] = [];
  let text: string | null = null;
  for (const p of pieces) {
    if (p.kind === 'str') {
      text = (text ?? '') + p.value;
      continue;
    }
    if (text !== null && text !== '') out.push(strConstant(text, span));
    text = null;
    out.push(p);
  }
  if (text !== null && text !== '') out.push(strConstant(text, span));
  return out;
}

function strConstant(value: string, span: Span): Constant {
  return { kind: 'Constant', value: { type: 'str', value }, ...span };
}
