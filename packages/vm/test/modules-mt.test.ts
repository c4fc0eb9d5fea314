// The MT19937 core against the reference implementation and CPython 3.11's random module.
import { describe, expect, it } from 'vitest';
import { MersenneTwister } from '../src/modules/mt19937';

describe('MersenneTwister', () => {
  it('gives the reference first outputs of init_genrand(5489)', () => {
    const mt = new MersenneTwister();
    mt.initGenrand(5489);
    const out = Array.from({ length: 5 }, () => mt.genrandUint32());
    expect(out).toEqual([3499211612, 581869302, 3890346734, 3586334585, 545404204]);
  });

  it('seeds like random.seed(int) (init_by_array over 32-bit words)', () => {
    const mt = new MersenneTwister();
    mt.seedBigInt(1n);
    expect(mt.random()).toBe(0.13436424411240122);
    mt.seedBigInt(42n);
    expect(mt.random()).toBe(0.6394267984578837);
    expect(mt.getrandbits(100)).toBe(259474555368124611114247330513n);
    expect(mt.randbelow(10n)).toBe(3n);
    mt.seedBigInt(12345n);
    expect([mt.getrandbits(32), mt.getrandbits(32), mt.getrandbits(32)]).toEqual([1789368711n, 3146859322n, 43676229n]);
  });

  it('keeps randbelowSmall and randbelow on the same stream', () => {
    const a = new MersenneTwister();
    const b = new MersenneTwister();
    a.seedBigInt(2n ** 100n);
    b.seedBigInt(2n ** 100n);
    for (let i = 1; i < 200; i++) expect(BigInt(a.randbelowSmall(i))).toBe(b.randbelow(BigInt(i)));
  });
});
