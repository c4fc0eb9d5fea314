// Every compiled instruction of a corpus, walked by the test-only stack simulator.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allCodes, compileSrc, simulateStack } from './helpers';

const corpusDir = join(import.meta.dirname, 'corpus');
const corpus = readdirSync(corpusDir).filter((f) => f.endsWith('.py'));

const snippets: Record<string, string> = {
  nestedLoopsWithFinally: `
def f(xs):
    for x in xs:
        for y in x:
            try:
                while y:
                    with y as z:
                        if z: break
                        if not z: continue
                        return z
            finally:
                if x: continue
                return 1
`,
  returnThroughEverything: `
def f(m):
    for a in m:
        with a:
            try:
                try:
                    return a()
                except ValueError as e:
                    return e
                finally:
                    pass
            except:
                return 3
`,
  comprehensionsInComprehensions: `
r = [[y for y in range(x) if y % 2] for x in range(5) if x]
g = {k: [v for v in k] for k in 'abc'}
h = list((a, b) for a in range(3) for b in range(a))
`,
  starsEverywhere: `
a, *b = 1, 2, 3
[c, *d, e] = range(10)
f(*a, *b, x=1, **c, y=2, **d)
print({**a, 'k': 1, **b}, {*a, 1, *b}, (*a, *b), [*a, 1])
`,
  chainsAndBools: `
x = a < b < c < d
if a and (b or c) and not d: pass
while a < b < c or d: pass
y = (a if b else c) if d else e
`,
  generators: `
def g():
    x = yield
    y = yield x
    z = yield from g()
    try:
        yield 1
    except GeneratorExit:
        raise
    return 0
`,
};

describe('stack-effect simulation', () => {
  for (const file of corpus) {
    it(`corpus/${file}`, () => {
      const co = compileSrc(readFileSync(join(corpusDir, file), 'utf8'), file);
      for (const c of allCodes(co)) expect(simulateStack(c)).toEqual([]);
    });
  }
  for (const [name, src] of Object.entries(snippets)) {
    it(name, () => {
      for (const c of allCodes(compileSrc(src))) expect(simulateStack(c)).toEqual([]);
    });
  }
  it('maxStack is tight for straight-line code', () => {
    expect(compileSrc('x = 1\n').maxStack).toBe(1);
    expect(compileSrc('f(a, b, c)\n').maxStack).toBe(4);
    // a < b < c keeps b and the comparison result at once
    expect(compileSrc('x = a < b < c\n').maxStack).toBe(3);
  });
});
