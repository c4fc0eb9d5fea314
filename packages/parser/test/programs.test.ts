// Every Python program the project ships for benchmarks must parse.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from '../src/index';

const dir = fileURLToPath(new URL('../../../benchmarks/programs/', import.meta.url));
const files = readdirSync(dir).filter((f) => f.endsWith('.py'));

describe('benchmarks/programs', () => {
  it('has programs', () => expect(files.length).toBeGreaterThan(0));
  it.each(files)('%s parses', (f) => {
    const m = parse(readFileSync(join(dir, f), 'utf8'), f);
    expect(m.body.length).toBeGreaterThan(0);
  });
});
