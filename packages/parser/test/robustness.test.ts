// Garbage in never produces anything but a PySyntaxError (or a Module), and never hangs:
// random bytes, random truncations and single-character mutations of a valid program.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse, PySyntaxError } from '../src/index';

const program = readFileSync(new URL('../../../benchmarks/programs/parse_2000.py', import.meta.url), 'utf8')
  .split('\n')
  .slice(0, 80)
  .join('\n');

/** A small deterministic PRNG (mulberry32), so a failure reproduces. */
function rng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function parsesOrSyntaxError(source: string): void {
  try {
    parse(source, 'fuzz.py');
  } catch (e) {
    if (!(e instanceof PySyntaxError)) {
      throw new Error(`non-SyntaxError for ${JSON.stringify(source.slice(0, 200))}: ${String(e)}`);
    }
    expect(e.lineno).toBeGreaterThanOrEqual(1);
    expect(typeof e.msg).toBe('string');
  }
}

const ALPHABET = 'abcxyz019_ \t\n()[]{}:;,.=+-*/%<>!&|^~@"\'#\\\fifdefforwhileclassreturnlambdayieldnotin€\u00e9\0';

describe('robustness', () => {
  it('random byte strings', () => {
    const r = rng(1);
    for (let i = 0; i < 600; i++) {
      const len = Math.floor(r() * 80);
      let s = '';
      for (let j = 0; j < len; j++) s += String.fromCharCode(Math.floor(r() * 256));
      parsesOrSyntaxError(s);
    }
  });

  it('random token soup', () => {
    const r = rng(2);
    for (let i = 0; i < 600; i++) {
      const len = Math.floor(r() * 60);
      let s = '';
      for (let j = 0; j < len; j++) s += ALPHABET[Math.floor(r() * ALPHABET.length)];
      parsesOrSyntaxError(s);
    }
  });

  it('truncations of a valid program', () => {
    const r = rng(3);
    for (let i = 0; i < 400; i++) parsesOrSyntaxError(program.slice(0, Math.floor(r() * program.length)));
  });

  it('single-character mutations of a valid program', () => {
    const r = rng(4);
    for (let i = 0; i < 400; i++) {
      const at = Math.floor(r() * program.length);
      const ch = ALPHABET[Math.floor(r() * ALPHABET.length)]!;
      parsesOrSyntaxError(program.slice(0, at) + ch + program.slice(at + 1));
    }
  });
}, 60_000);

describe('deep nesting', () => {
  it('is a SyntaxError, never a JS stack overflow', () => {
    for (const depth of [150, 199, 201, 5000]) {
      const src = 'x = ' + '['.repeat(depth) + ']'.repeat(depth) + '\n';
      parsesOrSyntaxError(src);
    }
    parsesOrSyntaxError('x = ' + '-'.repeat(20000) + '1\n');
    parsesOrSyntaxError('x = ' + 'not '.repeat(5000) + '1\n');
  });
});
