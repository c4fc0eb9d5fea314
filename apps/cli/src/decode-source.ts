// Source bytes to text as CPython reads a script: UTF-8, an optional BOM, and CPython's
// SyntaxError when the bytes are not valid UTF-8.

export interface Decoded {
  text: string;
  error: string | null;
}

export function decodeSource(source: string | Uint8Array, filename: string): Decoded {
  if (typeof source === 'string') return { text: source.replace(/^\ufeff/, ''), error: null };
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(source);
    return { text, error: null };
  } catch {
    const { position, byte } = firstInvalidByte(source);
    const line = lineOf(source, position);
    return {
      text: '',
      error: `SyntaxError: Non-UTF-8 code starting with '\\x${byte.toString(16).padStart(2, '0')}' in file ${filename} on line ${line}, but no encoding declared; see https://peps.python.org/pep-0263/ for details\n`,
    };
  }
}

function firstInvalidByte(b: Uint8Array): { position: number; byte: number } {
  for (let i = 0; i < b.length; i++) {
    const c = b[i]!;
    if (c < 0x80) continue;
    const need = c >= 0xf0 && c <= 0xf4 ? 3 : c >= 0xe0 ? 2 : c >= 0xc2 && c < 0xe0 ? 1 : -1;
    if (need < 0) return { position: i, byte: c };
    for (let k = 1; k <= need; k++) {
      const d = b[i + k];
      if (d === undefined || (d & 0xc0) !== 0x80) return { position: i, byte: c };
    }
    i += need;
  }
  return { position: 0, byte: b[0] ?? 0 };
}

function lineOf(b: Uint8Array, position: number): number {
  let line = 1;
  for (let i = 0; i < position; i++) if (b[i] === 0x0a) line++;
  return line;
}
