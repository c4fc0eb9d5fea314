// Random byte strings and random token soups through the whole pipeline: decoding, the tokenizer,
// the parser, the compiler and (for the few that compile) the VM, in process. Each must end as a
// Python-level outcome (outcome.ts): a SyntaxError report, a traceback, or a normal exit.
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { count, report, seedFor } from '../src/config';
import { loadEngine, type Engine } from '../src/engine';
import { TOKENS } from '../src/mutate';
import { judge } from '../src/outcome';

let engine: Engine;
beforeAll(async () => {
  engine = await loadEngine();
});

const BYTES = count(4500);
const SOUP = count(3000);

function check(source: string | Uint8Array, kinds: Map<string, number>): void {
  const r = engine.runSource(source, { filename: 'fuzz.py', timeoutMs: 5_000, maxHeap: 64 << 20 });
  const text = typeof source === 'string' ? source : Buffer.from(source).toString('latin1');
  const v = judge(text, r);
  if (!v.ok) throw new Error(v.why);
  // A few bytes cannot loop for five seconds: a timeout here is a hang in pyarena.
  if (v.kind === 'timeout') throw new Error(`hang: ${r.stderr}`);
  kinds.set(v.kind, (kinds.get(v.kind) ?? 0) + 1);
}

describe('parser fuzz', () => {
  it(`${BYTES} random byte strings end in a Python-level outcome`, () => {
    const kinds = new Map<string, number>();
    const start = performance.now();
    // Mostly printable ASCII with some of everything else: pure random bytes rarely get past the
    // UTF-8 decoder, which is one check; the tokenizer deserves more.
    const byte = fc.oneof({ weight: 3, arbitrary: fc.integer({ min: 0x20, max: 0x7e }) }, fc.constantFrom(0x0a, 0x09, 0x0d, 0x0c, 0x00, 0x5c), fc.integer({ min: 0, max: 255 }));
    fc.assert(
      fc.property(fc.array(byte, { maxLength: 120 }).map((xs) => Uint8Array.from(xs)), (bytes) => check(bytes, kinds)),
      { numRuns: BYTES, seed: seedFor(1) },
    );
    report('random byte strings', BYTES, performance.now() - start, [...kinds].map(([k, n]) => `${k} ${n}`).join(', '));
    expect(kinds.get('syntax')).toBeGreaterThan(0);
  });

  it(`${SOUP} random token sequences end in a Python-level outcome`, () => {
    const kinds = new Map<string, number>();
    const start = performance.now();
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...TOKENS), { maxLength: 40 }).map((xs) => xs.join(' ')), (source) => check(source, kinds)),
      { numRuns: SOUP, seed: seedFor(2) },
    );
    report('random token sequences', SOUP, performance.now() - start, [...kinds].map(([k, n]) => `${k} ${n}`).join(', '));
    expect(kinds.get('syntax')).toBeGreaterThan(0);
  });
});
