// The Python library modules are compiled at build time; the committed output must be current.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { freezeAll } from '../scripts/freeze';
import { run } from './run-helper';

describe('frozen Python modules', () => {
  it('frozen-modules.generated.ts matches lib/*.py (run `pnpm -F @pyarena/vm freeze`)', () => {
    const committed = readFileSync(join(__dirname, '../src/modules/frozen-modules.generated.ts'), 'utf8');
    expect(committed === freezeAll()).toBe(true);
  });

  it('imports bisect and __future__ without parsing at run time', () => {
    const { out, err } = run(`
from __future__ import annotations
import bisect
a = [1, 3, 5, 7]
bisect.insort(a, 4)
print(a, bisect.bisect_left(a, 5), bisect.bisect(a, 5))
`);
    expect(err).toBe('');
    expect(out).toBe('[1, 3, 4, 5, 7] 3 4\n');
  });
});
