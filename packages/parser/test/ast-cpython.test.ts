// Each valid program in fixtures/ast-cases.json must give exactly CPython 3.11's AST, spans
// included (regenerate with scripts/gen-ast-fixtures.py).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from '../src/index';

interface Row {
  source: string;
  ast: unknown;
}

const rows: Row[] = JSON.parse(readFileSync(new URL('./fixtures/ast-cases.json', import.meta.url), 'utf8'));

/** Our AST in the fixture's JSON form: bigints as "123n", bytes as number arrays. */
export function toJson(v: unknown): unknown {
  return JSON.parse(
    JSON.stringify(v, (_k, x) => (typeof x === 'bigint' ? `${x}n` : x instanceof Uint8Array ? Array.from(x) : x)),
  );
}

describe('AST equals CPython 3.11 ast.parse', () => {
  it.each(rows.map((r) => [JSON.stringify(r.source), r] as const))('%s', (_name, row) => {
    expect(toJson(parse(row.source, 't.py'))).toEqual(row.ast);
  });
});
