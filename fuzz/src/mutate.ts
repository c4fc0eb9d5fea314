// Mutated real programs: a window of lines of a conformance case with random edits applied
// (delete, duplicate or swap lines, insert a token, change indentation, replace a literal,
// truncate). Every position is drawn as a number and taken modulo the current length, so an
// edit stays meaningful while fast-check shrinks the others away.
import fc from 'fast-check';
import { corpus } from './corpus';

export type Mutation =
  | { kind: 'delete'; at: number; count: number }
  | { kind: 'duplicate'; at: number }
  | { kind: 'swap'; a: number; b: number }
  | { kind: 'token'; at: number; token: string }
  | { kind: 'indent'; at: number; by: string }
  | { kind: 'literal'; at: number; value: string }
  | { kind: 'char'; at: number; ch: string }
  | { kind: 'truncate'; at: number };

export interface MutatedProgram {
  seed: string;
  first: number;
  mutations: Mutation[];
  source: string;
}

/** Tokens worth inserting: every kind the tokenizer and grammar distinguish, and a few they should reject. */
export const TOKENS = [
  'if', 'else', 'elif', 'while', 'for', 'in', 'not', 'and', 'or', 'is', 'def', 'class', 'return', 'yield',
  'lambda', 'try', 'except', 'finally', 'raise', 'with', 'as', 'import', 'from', 'global', 'nonlocal',
  'pass', 'break', 'continue', 'del', 'assert', 'async', 'await', 'None', 'True', 'False', 'print',
  'len', 'range', 'self', 'x', 'super()', '__class__', '(', ')', '[', ']', '{', '}', ':', ';', ',', '.',
  '...', '=', '==', '!=', '<', '>', '<=', '>=', '+', '-', '*', '/', '//', '%', '**', '@', '&', '|', '^',
  '~', '<<', '>>', '+=', '-=', '*=', ':=', '->', '0', '1', '-1', '1.5', '1e308', '0x1F', '1_000', '0o7',
  '10**9', "'s'", '"s"', "'''", '"""', "f'{x}'", "f'{", "b'x'", "r'\\d'", '\\', '#', '\n', '\t', '    ',
  '\f', '\0', 'é', '€', '𝑥', '\u00a0', '$', '?', '!', '`',
];

/** Literals that turn a passing program into one that errs at run time rather than at parse time. */
export const LITERALS = [
  '0', '-1', '1', '10**6', '2**64', '-2**63', '10**100', '1e308', '-0.0', '0.0', 'float("nan")', "''",
  "'a' * 3", 'None', 'True', '[]', '()', '{}', '[1, [2]]', '{1: 2}', 'range(5)', 'object()',
];

const MUTATION: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(9999), count: fc.integer({ min: 1, max: 3 }) }),
  fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat(9999) }),
  fc.record({ kind: fc.constant('swap' as const), a: fc.nat(9999), b: fc.nat(9999) }),
  fc.record({ kind: fc.constant('token' as const), at: fc.nat(99999), token: fc.constantFrom(...TOKENS) }),
  fc.record({ kind: fc.constant('indent' as const), at: fc.nat(9999), by: fc.constantFrom('', ' ', '  ', '    ', '\t', '        ', '-1', '-4') }),
  fc.record({ kind: fc.constant('literal' as const), at: fc.nat(9999), value: fc.constantFrom(...LITERALS) }),
  fc.record({ kind: fc.constant('char' as const), at: fc.nat(99999), ch: fc.oneof(fc.constantFrom(...'()[]{}:=\'"#\\\n\t ,.'), fc.string({ minLength: 1, maxLength: 1, unit: 'binary' })) }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat(99999) }),
);

const NUMBER = /(?<![\w.])\d+(\.\d+)?(?![\w.])/g;

/** Applies one edit to a program's lines (returns new lines). */
export function applyMutation(lines: string[], m: Mutation): string[] {
  const out = lines.slice();
  const n = out.length;
  if (n === 0) return out;
  switch (m.kind) {
    case 'delete':
      out.splice(m.at % n, m.count);
      return out;
    case 'duplicate':
      out.splice(m.at % n, 0, out[m.at % n]!);
      return out;
    case 'swap': {
      const a = m.a % n;
      const b = m.b % n;
      [out[a], out[b]] = [out[b]!, out[a]!];
      return out;
    }
    case 'indent': {
      const i = m.at % n;
      const line = out[i]!;
      out[i] = m.by.startsWith('-') ? line.slice(Math.min(Number(m.by.slice(1)), line.length - line.trimStart().length)) : m.by + line;
      return out;
    }
    case 'literal': {
      const text = out.join('\n');
      const numbers = [...text.matchAll(NUMBER)];
      if (numbers.length === 0) return out;
      const hit = numbers[m.at % numbers.length]!;
      return (text.slice(0, hit.index) + m.value + text.slice(hit.index! + hit[0].length)).split('\n');
    }
    case 'token':
    case 'char':
    case 'truncate': {
      const text = out.join('\n');
      const at = m.at % (text.length + 1);
      if (m.kind === 'truncate') return text.slice(0, at).split('\n');
      const insert = m.kind === 'token' ? ` ${m.token} ` : m.ch;
      const rest = m.kind === 'token' ? text.slice(at) : text.slice(at + 1);
      return (text.slice(0, at) + insert + rest).split('\n');
    }
  }
}

/** A window of up to 60 lines of one corpus case, with 1 to 4 edits. */
export function mutatedProgram(): fc.Arbitrary<MutatedProgram> {
  const seeds = corpus();
  return fc
    .record({
      seed: fc.nat(seeds.length - 1),
      first: fc.nat(59),
      count: fc.integer({ min: 1, max: 60 }),
      mutations: fc.array(MUTATION, { minLength: 1, maxLength: 4 }),
    })
    .map(({ seed, first, count, mutations }) => {
      const s = seeds[seed]!;
      const all = s.text.split('\n');
      const start = all.length > count ? first % (all.length - count + 1) : 0;
      let lines = all.slice(start, start + count);
      for (const m of mutations) lines = applyMutation(lines, m);
      return { seed: s.id, first: start + 1, mutations, source: lines.join('\n') + '\n' };
    });
}
