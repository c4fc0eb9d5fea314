// The text int() and float() parse, as CPython prepares it (_PyUnicode_TransformDecimalAndSpaceToASCII,
// then the strip): every Unicode decimal digit (category Nd) stands for its ASCII digit, and the
// whitespace around the number is dropped. Whitespace here is C's isspace for ASCII (so '\x1c' is
// not, though str.isspace says it is) plus Python's non-ASCII whitespace; '\ufeff' is not (JS trim
// would drop it).

const SPACE = new Set(' \t\n\r\x0b\x0c\x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000');
const DECIMAL = /\p{Nd}/u;
const DECIMALS = /\p{Nd}/gu;

export function numberText(text: string): string {
  let s = text;
  // Only non-ASCII text can hold other digits (the common case returns without a regex pass).
  for (let i = 0; i < s.length; i++) {
    if (s.charCodeAt(i) > 0x7f) {
      s = s.replace(DECIMALS, (d) => String.fromCharCode(48 + decimalValue(d.codePointAt(0)!)));
      break;
    }
  }
  let start = 0;
  let end = s.length;
  while (start < end && SPACE.has(s[start]!)) start++;
  while (end > start && SPACE.has(s[end - 1]!)) end--;
  return start === 0 && end === s.length ? s : s.slice(start, end);
}

/**
 * The value of an Nd digit. Unicode gives each decimal digit set as ten consecutive code points,
 * 0 first, and sets may follow one another (U+1D7CE-U+1D7FF holds five): so the value is the
 * distance from the start of the run of digits, modulo ten.
 */
function decimalValue(cp: number): number {
  let start = cp;
  while (start > 0 && DECIMAL.test(String.fromCodePoint(start - 1))) start--;
  return (cp - start) % 10;
}
