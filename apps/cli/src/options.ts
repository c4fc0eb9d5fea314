// Parsers for the values of the command-line flags. Each returns the value or throws an Error
// whose message says what was expected; main.ts turns that into a usage error (exit status 2).

const INT32_MAX = 2 ** 31 - 1;

const SIZE_UNITS: Record<string, number> = { '': 1, k: 2 ** 10, m: 2 ** 20, g: 2 ** 30, t: 2 ** 40 };

/**
 * --max-heap SIZE: plain bytes, or a number with a binary unit K, M, G or T (optionally followed
 * by "iB" or "B"), case-insensitive: 65536, 512K, 64M, 1.5G, 64MiB, 100B.
 */
export function parseSize(text: string): number {
  const m = /^\s*(\d+(?:\.\d+)?|\.\d+)\s*(?:([kmgt])(?:i?b)?|b)?\s*$/i.exec(text);
  if (m === null) {
    throw new Error('Expected a number of bytes, or a number with a unit K, M or G (e.g. 512K, 64M, 1G).');
  }
  const bytes = Math.floor(Number(m[1]) * SIZE_UNITS[(m[2] ?? '').toLowerCase()]!);
  if (bytes < 1) throw new Error('The limit must be at least 1 byte.');
  if (!Number.isSafeInteger(bytes)) throw new Error('The limit is too large.');
  return bytes;
}

/**
 * --gc-threshold a[,b[,c]]: like gc.set_threshold(a, b, c); left-out values keep their defaults
 * (700, 10, 10). 0 for the first disables automatic collection, as in CPython.
 */
export function parseThresholds(text: string): [number, number, number] {
  const parts = text.split(',').map((p) => p.trim());
  const bad = () => new Error('Expected one to three non-negative integers separated by commas (e.g. 700,10,10).');
  if (parts.length > 3 || parts.some((p) => !/^\d+$/.test(p))) throw bad();
  const values = parts.map(Number);
  if (values.some((v) => v > INT32_MAX)) throw bad();
  const out: [number, number, number] = [700, 10, 10];
  values.forEach((v, i) => (out[i] = v));
  return out;
}

/** --recursion-limit N: as sys.setrecursionlimit(N), N >= 1. */
export function parseRecursionLimit(text: string): number {
  if (!/^\s*\d+\s*$/.test(text)) throw new Error('Expected a positive integer.');
  const n = Number(text);
  if (n < 1) throw new Error('The limit must be greater or equal than 1.');
  if (n > INT32_MAX) throw new Error(`The limit is too large (at most ${INT32_MAX}).`);
  return n;
}

/** --timeout SECONDS: a positive number of seconds (decimals allowed); returns milliseconds. */
export function parseTimeout(text: string): number {
  if (!/^\s*(\d+(\.\d*)?|\.\d+)\s*$/.test(text)) {
    throw new Error('Expected a positive number of seconds (e.g. 10 or 0.5).');
  }
  const ms = Math.ceil(Number(text) * 1000);
  if (ms < 1) throw new Error('The timeout must be more than 0 seconds.');
  if (ms > INT32_MAX) throw new Error(`The timeout is too long (at most ${Math.floor(INT32_MAX / 1000)} seconds).`);
  return ms;
}

/** 1536 -> "1.5KiB": bytes with a binary unit and one decimal (plain bytes below 1 KiB). */
export function formatBytes(n: number): string {
  if (n < 1024) return `${n}B`;
  const units = ['KiB', 'MiB', 'GiB', 'TiB'];
  let v = n / 1024;
  let u = 0;
  while (v >= 1024 && u < units.length - 1) {
    v /= 1024;
    u++;
  }
  return `${v.toFixed(1)}${units[u]}`;
}
