// Python's repr() of compile-time constants, for dis (Objects/unicodeobject.c unicode_repr,
// Objects/floatobject.c float_repr, Objects/bytesobject.c bytes_repr).
import type { CodeObject, Const } from './code-object';

/** repr(float): shortest round-trip digits; exponent form below 1e-4 and from 1e16 up. */
export function floatRepr(x: number, forceDecimal = true): string {
  if (Number.isNaN(x)) return 'nan';
  if (!Number.isFinite(x)) return x > 0 ? 'inf' : '-inf';
  if (x === 0) return (Object.is(x, -0) ? '-0' : '0') + (forceDecimal ? '.0' : '');
  const [mant, expStr] = x.toExponential().split('e') as [string, string];
  const exp = Number(expStr);
  const neg = mant.startsWith('-');
  const digits = mant.replace('-', '').replace('.', '');
  let out: string;
  if (exp < -4 || exp >= 16) {
    const m = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
    out = `${m}e${exp < 0 ? '-' : '+'}${String(Math.abs(exp)).padStart(2, '0')}`;
  } else if (exp < 0) {
    out = `0.${'0'.repeat(-exp - 1)}${digits}`;
  } else if (digits.length > exp + 1) {
    out = `${digits.slice(0, exp + 1)}.${digits.slice(exp + 1)}`;
  } else {
    out = digits + '0'.repeat(exp + 1 - digits.length) + (forceDecimal ? '.0' : '');
  }
  return neg ? `-${out}` : out;
}

const NON_PRINTABLE = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]/u;

function hex(n: number, width: number): string {
  return n.toString(16).padStart(width, '0');
}

/** repr(str). */
export function strRepr(s: string): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = quote;
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (ch === quote || ch === '\\') out += `\\${ch}`;
    else if (ch === '\t') out += '\\t';
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (cp < 0x20 || cp === 0x7f) out += `\\x${hex(cp, 2)}`;
    else if (cp < 0x7f) out += ch;
    else if (ch !== ' ' && NON_PRINTABLE.test(ch)) {
      out += cp < 0x100 ? `\\x${hex(cp, 2)}` : cp < 0x10000 ? `\\u${hex(cp, 4)}` : `\\U${hex(cp, 8)}`;
    } else out += ch;
  }
  return out + quote;
}

/** repr(bytes). */
export function bytesRepr(b: Uint8Array): string {
  let hasSingle = false, hasDouble = false;
  for (const c of b) {
    if (c === 0x27) hasSingle = true;
    if (c === 0x22) hasDouble = true;
  }
  const quote = hasSingle && !hasDouble ? '"' : "'";
  let out = `b${quote}`;
  for (const c of b) {
    const ch = String.fromCharCode(c);
    if (ch === quote || ch === '\\') out += `\\${ch}`;
    else if (ch === '\t') out += '\\t';
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (c < 0x20 || c >= 0x7f) out += `\\x${hex(c, 2)}`;
    else out += ch;
  }
  return out + quote;
}

/** Stable fake addresses for code objects within one dis() call. */
export class CodeAddresses {
  private readonly map = new Map<CodeObject, number>();
  of(code: CodeObject): string {
    let n = this.map.get(code);
    if (n === undefined) {
      n = this.map.size;
      this.map.set(code, n);
    }
    return `0x${(0x7f0000000000 + n * 0x100).toString(16)}`;
  }
}

export function codeRepr(code: CodeObject, addrs: CodeAddresses): string {
  return `<code object ${code.name} at ${addrs.of(code)}, file "${code.filename}", line ${code.firstLineno}>`;
}

export function constRepr(c: Const, addrs: CodeAddresses): string {
  switch (c.type) {
    case 'int': return c.value.toString();
    case 'float': return floatRepr(c.value);
    case 'complex': return `${floatRepr(c.imag, false)}j`;
    case 'str': return strRepr(c.value);
    case 'bytes': return bytesRepr(c.value);
    case 'bool': return c.value ? 'True' : 'False';
    case 'None': return 'None';
    case 'Ellipsis': return 'Ellipsis';
    case 'tuple':
      if (c.items.length === 1) return `(${constRepr(c.items[0]!, addrs)},)`;
      return `(${c.items.map((x) => constRepr(x, addrs)).join(', ')})`;
    case 'frozenset':
      return c.items.length ? `frozenset({${c.items.map((x) => constRepr(x, addrs)).join(', ')}})` : 'frozenset()';
    case 'code': return codeRepr(c.code, addrs);
  }
}
