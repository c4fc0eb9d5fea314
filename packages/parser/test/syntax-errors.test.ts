// Every malformed program in fixtures/syntax-errors.json must produce, byte for byte, the report
// CPython 3.11 prints for it (`python3 t.py`; regenerate with scripts/gen-syntax-error-table.py).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatSyntaxError, parse, PySyntaxError } from '../src/index';

interface Row {
  source: string;
  expected: string;
}

const rows: Row[] = JSON.parse(readFileSync(new URL('./fixtures/syntax-errors.json', import.meta.url), 'utf8'));

function report(source: string): string {
  try {
    parse(source, '/tmp/t.py');
  } catch (e) {
    if (e instanceof PySyntaxError) return formatSyntaxError(e);
    throw e;
  }
  return '(parsed without error)';
}

describe('syntax errors match CPython 3.11 exactly', () => {
  it.each(rows.map((r) => [JSON.stringify(r.source), r] as const))('%s', (_name, row) => {
    expect(report(row.source)).toBe(row.expected);
  });
});
