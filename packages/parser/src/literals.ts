// Values of number and string tokens. The layout pass has already rejected malformed numbers
// and unterminated strings; what remains here are escape sequences (Python's
// Objects/unicodeobject.c and bytesobject.c rules) and the prefix letters.
import type { ConstantValue } from './ast';

export function numberValue(raw: string): ConstantValue {
  const text = raw.replace(/_/g, '');
  const last = text[text.length - 1];
  if (last === 'j' || last === 'J') return { type: 'complex', imag: Number(text.slice(0, -1)) };
  if (text.length > 1 && text[0] === '0') {
    const r = text[1];
    if (r === 'x' || r === 'X' || r === 'o' || r === 'O' || r === 'b' || r === 'B') {
      return { type: 'int', value: BigInt(text.toLowerCase()) };
    }
  }
  if (/[.eE]/.test(text)) return { type: 'float', value: Number(text) };
  return { type: 'int', value: BigInt(text) };
}

export interface StringToken {
  raw: boolean;
  bytes: boolean;
  fstring: boolean;
  /** Offset of the body within the token text, and the body itself (between the quotes). */
  bodyStart: number;
  body: string;
}

export function splitStringToken(tok: string): StringToken {
  let i = 0;
  let raw = false;
  let bytes = false;
  let fstring = false;
  for (;; i++) {
    const c = tok[i]!;
    if (c === '"' || c === "'") break;
    const l = c.toLowerCase();
    if (l === 'r') raw = true;
    else if (l === 'b') bytes = true;
    else if (l === 'f') fstring = true;
  }
  const q = tok[i]!;
  const quoteLen = tok[i + 1] === q && tok[i + 2] === q && tok.length >= i + 6 ? 3 : 1;
  const bodyStart = i + quoteLen;
  return { raw, bytes, fstring, bodyStart, body: tok.slice(bodyStart, tok.length - quoteLen) };
}

/** An escape problem, reported by the caller with CPython's "(unicode error) ..." wording. */
export class EscapeError extends Error {
  readonly at: number;

  constructor(message: string, at: number) {
    super(message);
    this.at = at;
  }
}

const SIMPLE_ESCAPES: Record<string, string> = {
  '\n': '',
  '\\': '\\',
  "'": "'",
  '"': '"',
  a: '\x07',
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
  v: '\v',
};

// A few names for \N{...}; JavaScript has no Unicode name database.
const UNICODE_NAMES: Record<string, number> = {
  'BULLET': 0x2022,
  'EM DASH': 0x2014,
  'EN DASH': 0x2013,
  'HORIZONTAL ELLIPSIS': 0x2026,
  'DEGREE SIGN': 0xb0,
  'NO-BREAK SPACE': 0xa0,
  'COPYRIGHT SIGN': 0xa9,
  'GREEK SMALL LETTER ALPHA': 0x3b1,
  'GREEK SMALL LETTER PI': 0x3c0,
  'EURO SIGN': 0x20ac,
  'SNOWMAN': 0x2603,
  'BLACK STAR': 0x2605,
  'CHECK MARK': 0x2713,
  'LATIN SMALL LETTER E WITH ACUTE': 0xe9,
  'SPACE': 0x20,
  'LINE FEED': 0x0a,
};

function hexValue(s: string): number {
  return /^[0-9a-fA-F]+$/.test(s) ? parseInt(s, 16) : -1;
}

/** Decodes the escapes of a str body (not raw). */
export function decodeStr(body: string): string {
  if (body.indexOf('\\') === -1) return body;
  let out = '';
  let i = 0;
  const n = body.length;
  while (i < n) {
    const c = body[i]!;
    if (c !== '\\') {
      out += c;
      i++;
      continue;
    }
    const e = body[i + 1] ?? '';
    const simple = SIMPLE_ESCAPES[e];
    if (simple !== undefined) {
      out += simple;
      i += 2;
    } else if (e >= '0' && e <= '7') {
      let j = i + 1;
      while (j < i + 4 && j < n && body[j]! >= '0' && body[j]! <= '7') j++;
      out += String.fromCodePoint(parseInt(body.slice(i + 1, j), 8));
      i = j;
    } else if (e === 'x' || e === 'u' || e === 'U') {
      const len = e === 'x' ? 2 : e === 'u' ? 4 : 8;
      const v = hexValue(body.slice(i + 2, i + 2 + len));
      if (v < 0 || i + 2 + len > n) {
        const what = e === 'x' ? '\\xXX' : e === 'u' ? '\\uXXXX' : '\\UXXXXXXXX';
        throw new EscapeError(`truncated ${what} escape`, i);
      }
      if (v > 0x10ffff) throw new EscapeError('illegal Unicode character', i);
      out += String.fromCodePoint(v);
      i += 2 + len;
    } else if (e === 'N') {
      const close = body.indexOf('}', i);
      const name = body[i + 2] === '{' && close !== -1 ? body.slice(i + 3, close).toUpperCase() : null;
      const cp = name === null ? undefined : UNICODE_NAMES[name];
      if (name === null) throw new EscapeError('malformed \\N character escape', i);
      if (cp === undefined) throw new EscapeError('unknown Unicode character name', i, );
      out += String.fromCodePoint(cp);
      i = close + 1;
    } else {
      // Unknown escapes keep their backslash (CPython only warns).
      out += '\\';
      i++;
    }
  }
  return out;
}

/** Decodes a bytes body; returns null when it holds a non-ASCII character. */
export function decodeBytes(body: string, raw: boolean): Uint8Array | null {
  const out: number[] = [];
  let i = 0;
  const n = body.length;
  while (i < n) {
    const code = body.charCodeAt(i);
    if (code >= 128) return null;
    if (raw || code !== 92) {
      out.push(code);
      i++;
      continue;
    }
    const e = body[i + 1] ?? '';
    const simple = SIMPLE_ESCAPES[e];
    if (simple !== undefined) {
      if (simple !== '') out.push(simple.charCodeAt(0));
      i += 2;
    } else if (e >= '0' && e <= '7') {
      let j = i + 1;
      while (j < i + 4 && j < n && body[j]! >= '0' && body[j]! <= '7') j++;
      out.push(parseInt(body.slice(i + 1, j), 8) & 0xff);
      i = j;
    } else if (e === 'x') {
      const v = hexValue(body.slice(i + 2, i + 4));
      if (v < 0 || i + 4 > n) throw new EscapeError('invalid \\x escape', i);
      out.push(v);
      i += 4;
    } else {
      out.push(92);
      i++;
    }
  }
  return Uint8Array.from(out);
}
