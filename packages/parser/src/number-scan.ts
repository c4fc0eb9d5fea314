// Validates a numeric literal the way CPython 3.11's tokenizer does (Parser/tokenizer.c,
// tok_get's number branch) so that bad literals get CPython's message and caret. The grammar
// re-reads the (now known good) literal; to-ast converts it.
//
// CPython reports these errors at `tok->cur` after backing up one character; that 0-based index
// is what it stores as the 1-based SyntaxError.offset, so the caret lands one character left of
// `cur`. `fail(cur)` reproduces that.
import { errorAt } from './errors';
import type { SourceText } from './source';
import { isIdentChar } from './indent';

export function scanNumber(src: SourceText, start: number): number {
  const text = src.text;
  let cur = start;
  const next = (): string => text[cur++] ?? '';
  const backup = (): void => {
    cur--;
  };
  const fail = (msg: string): never => {
    throw errorAt(src, 'SyntaxError', msg, Math.max(cur - 1, 0));
  };
  const isDigit = (c: string) => c >= '0' && c <= '9' && c.length === 1;

  // After a run of digits: consumes `_digit` groups; returns the first char after them.
  const decimalTail = (): string => {
    let c: string;
    for (;;) {
      do c = next();
      while (isDigit(c));
      if (c !== '_') break;
      c = next();
      if (!isDigit(c)) {
        backup();
        fail('invalid decimal literal');
      }
    }
    return c;
  };

  // Numbers may be followed directly by a few keywords (`1if x else y`); other identifier
  // characters make the literal invalid.
  const verifyEnd = (c: string, kind: string): void => {
    const rest = text.slice(cur, cur + 3);
    const kw =
      (c === 'a' && rest.startsWith('nd')) ||
      (c === 'e' && rest.startsWith('lse')) ||
      (c === 'f' && rest.startsWith('or')) ||
      (c === 'i' && (rest[0] === 'f' || rest[0] === 'n' || rest[0] === 's')) ||
      (c === 'o' && rest.startsWith('r')) ||
      (c === 'n' && rest.startsWith('ot'));
    if (!kw && c !== '' && isIdentChar(c)) {
      backup();
      fail(`invalid ${kind} literal`);
    }
  };

  const radix = (isRadixDigit: (c: string) => boolean, kind: string, name: string): number => {
    let c = next();
    do {
      if (c === '_') c = next();
      if (!isRadixDigit(c)) {
        if (isDigit(c)) fail(`invalid digit '${c}' in ${name} literal`);
        backup();
        fail(`invalid ${kind} literal`);
      }
      do c = next();
      while (isRadixDigit(c));
    } while (c === '_');
    if (isDigit(c)) fail(`invalid digit '${c}' in ${name} literal`);
    verifyEnd(c, kind);
    return cur - 1;
  };

  const fractionAndAfter = (c: string): number => {
    // c is the char after '.'
    if (isDigit(c)) c = decimalTail();
    return exponentAndAfter(c);
  };

  const exponentAndAfter = (c: string): number => {
    if (c === 'e' || c === 'E') {
      const e = c;
      c = next();
      if (c === '+' || c === '-') {
        c = next();
        if (!isDigit(c)) {
          backup();
          fail('invalid decimal literal');
        }
      } else if (!isDigit(c)) {
        backup();
        verifyEnd(e, 'decimal');
        void e;
        return cur - 1; // the number ends before the 'e'
      }
      c = decimalTail();
    }
    return imaginaryAndAfter(c);
  };

  const imaginaryAndAfter = (c: string): number => {
    if (c === 'j' || c === 'J') {
      c = next();
      verifyEnd(c, 'imaginary');
    } else {
      verifyEnd(c, 'decimal');
    }
    return cur - 1;
  };

  let c = next();
  if (c === '.') return fractionAndAfter(next());
  if (c === '0') {
    c = next();
    if (c === 'x' || c === 'X') return radix((d) => /^[0-9a-fA-F]$/.test(d), 'hexadecimal', 'hexadecimal');
    if (c === 'o' || c === 'O') return radix((d) => d >= '0' && d <= '7' && d.length === 1, 'octal', 'octal');
    if (c === 'b' || c === 'B') return radix((d) => d === '0' || d === '1', 'binary', 'binary');
    let nonzero = false;
    for (;;) {
      if (c === '_') {
        c = next();
        if (!isDigit(c)) {
          backup();
          fail('invalid decimal literal');
        }
      }
      if (c !== '0') break;
      c = next();
    }
    const zerosEnd = cur - 1;
    if (isDigit(c)) {
      nonzero = true;
      c = decimalTail();
    }
    if (c === '.') return fractionAndAfter(next());
    if (c === 'e' || c === 'E') return exponentAndAfter(c);
    if (c === 'j' || c === 'J') return imaginaryAndAfter(c);
    if (nonzero) {
      throw errorAt(
        src,
        'SyntaxError',
        'leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers',
        start,
        zerosEnd,
      );
    }
    verifyEnd(c, 'decimal');
    return cur - 1;
  }
  c = decimalTail();
  if (c === '.') return fractionAndAfter(next());
  return exponentAndAfter(c);
}
