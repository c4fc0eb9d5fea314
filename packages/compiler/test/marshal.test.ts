// marshal.ts: loadCode(dumpCode(c)) gives back the same code object, for every program of the
// conformance suite and for every kind of constant (the code cache and the frozen modules rely on it).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dumpCode, loadCode, type CodeObject } from '../src/index';
import { compileSrc } from './helpers';

function roundTrip(code: CodeObject): CodeObject {
  return loadCode(dumpCode(code));
}

function pythonFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...pythonFiles(path));
    else if (name.endsWith('.py')) out.push(path);
  }
  return out;
}

describe('marshal', () => {
  it('round-trips every kind of constant', () => {
    const code = compileSrc(
      [
        'a = (1, -0.0, 0.0, float("nan"), 1e308 * 10, -1e308 * 10, 2.5j, -0.0j, 10 ** 40, -(2 ** 70))',
        'b = (b"\\x00\\xff bytes", "str \\u00e9 \\U0001f600 \\\\ \\" \\n", None, True, False, ...)',
        'c = x in {1, 2, "three"}',
        'def f(p, /, q, *args, r=(1, (2, 3)), **kw):',
        '    def g():',
        '        nonlocal p',
        '        return lambda: (p, q, [i for i in args])',
        '    try:',
        '        return g',
        '    except (ValueError, TypeError) as e:',
        '        raise RuntimeError from e',
        '    finally:',
        '        pass',
        'class C(object):',
        '    x: int = 1',
        '    def m(self): return __class__',
      ].join('\n') + '\n',
    );
    expect(roundTrip(code)).toEqual(code);
  });

  it('keeps negative zero, NaN and the infinities apart', () => {
    // The compiler folds no unary minus into a constant: build the constants by hand.
    const code = compileSrc('x = 1\n');
    code.consts = [
      { type: 'tuple', items: [{ type: 'float', value: -0 }, { type: 'float', value: 0 }, { type: 'complex', imag: -0 }] },
      { type: 'frozenset', items: [{ type: 'float', value: NaN }, { type: 'float', value: Infinity }, { type: 'float', value: -Infinity }] },
      { type: 'bytes', value: Uint8Array.from([0, 255, 10]) },
      { type: 'int', value: -(2n ** 100n) },
    ];
    const back = roundTrip(code);
    expect(back).toEqual(code);
    const [t, s] = back.consts;
    if (t?.type !== 'tuple' || s?.type !== 'frozenset') throw new Error('wrong constants');
    const [negZero, zero, negZeroJ] = t.items;
    expect(negZero?.type === 'float' && Object.is(negZero.value, -0)).toBe(true);
    expect(zero?.type === 'float' && Object.is(zero.value, 0)).toBe(true);
    expect(negZeroJ?.type === 'complex' && Object.is(negZeroJ.imag, -0)).toBe(true);
    expect(s.items.map((k) => (k.type === 'float' ? String(k.value) : ''))).toEqual(['NaN', 'Infinity', '-Infinity']);
  });

  it('round-trips every conformance program that compiles', () => {
    const root = join(__dirname, '../../../conformance/cases');
    let checked = 0;
    for (const file of pythonFiles(root)) {
      const source = readFileSync(file, 'utf8');
      let code: CodeObject;
      try {
        code = compileSrc(source, file);
      } catch {
        continue; // the syntax-error cases
      }
      const back = roundTrip(code);
      expect(back, file).toEqual(code);
      checked++;
    }
    expect(checked).toBeGreaterThan(100);
  }, 120_000);

  it('rejects malformed text with an exception', () => {
    const good = dumpCode(compileSrc('print(1)\n'));
    for (const bad of ['', '{}', '[1, 2]', good.slice(0, good.length / 2), good.replace('"print"', '5'), 'null']) {
      expect(() => loadCode(bad), bad).toThrow();
    }
  });
});
