// math.fsum's exact summation and the correctly rounded libm replacements.
import { describe, expect, it } from 'vitest';
import { fsum, frexp, ldexp, vectorNorm, bigIsqrt } from '../src/modules/math';
import { crExp, crLog, crSin, crCos } from '../src/modules/libm';
import { dictSizeOf, setSizeOf } from '../src/modules/sys';

describe('fsum', () => {
  it('is exactly rounded where naive summation is not', () => {
    expect(fsum(Array(10).fill(0.1))).toBe(1.0);
    expect(fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50])).toBe(1e-100);
    expect(fsum([1e308, -1e308, 1e-308])).toBe(1e-308);
    expect(fsum([])).toBe(0);
  });

  it('rounds half-even across partials as CPython does', () => {
    expect(fsum([1e-16, 1, 1e16])).toBe(1.0000000000000002e16);
    expect(fsum([2 ** 53, 1.0, 1e-10])).toBe(9007199254740994);
  });

  it('handles infinities and reports overflow', () => {
    expect(fsum([Infinity, 1])).toBe(Infinity);
    expect(Number.isNaN(fsum([NaN, 1]))).toBe(true);
    expect(() => fsum([1e308, 1e308])).toThrow();
    expect(() => fsum([Infinity, -Infinity])).toThrow();
  });
});

describe('float helpers', () => {
  it('frexp and ldexp round-trip, subnormals included', () => {
    expect(frexp(8)).toEqual([0.5, 4]);
    expect(frexp(5e-324)).toEqual([0.5, -1073]);
    expect(frexp(1e308)).toEqual([0.5562684646268004, 1024]);
    expect(ldexp(1, -1074)).toBe(5e-324);
    expect(ldexp(0.75, -1073)).toBe(1e-323); // ties to even
  });

  it('hypot is vector_norm', () => {
    expect(vectorNorm([3, 4], 4, false)).toBe(5);
    expect(vectorNorm([1e308, 1e308], 1e308, false)).toBe(1.4142135623730952e308);
  });

  it('isqrt is exact', () => {
    expect(bigIsqrt(10n ** 40n + 1n)).toBe(10n ** 20n);
    expect(bigIsqrt(99n)).toBe(9n);
  });

  it('exp/log/sin/cos agree with glibc where V8 differs', () => {
    expect(crLog(3)).toBe(1.0986122886681098);
    expect(crLog(81) / crLog(3)).toBe(4);
    expect(crExp(0.5)).toBe(1.6487212707001282);
    expect(crSin(1)).toBe(0.8414709848078965);
    expect(crCos(1)).toBe(0.5403023058681398);
  });
});

describe('sys.getsizeof models', () => {
  it('grows dicts and sets as CPython 3.11 does', () => {
    expect([0, 1, 5, 6, 10, 11, 21, 22].map((n) => dictSizeOf(n, false))).toEqual([64, 224, 224, 352, 352, 632, 632, 1168]);
    expect([1, 6, 11].map((n) => dictSizeOf(n, true))).toEqual([184, 272, 464]);
    expect([0, 4, 5, 18, 19].map(setSizeOf)).toEqual([216, 216, 728, 728, 2264]);
  });
});
