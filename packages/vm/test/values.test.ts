// Printing values exactly as CPython 3.11 does (checked against python3 when the cases were written).
import { describe, expect, it } from 'vitest';
import { run } from './run-helper';

const cases: [string, string][] = [
  ['print(0.1 + 0.2, 1e16, 1e-5, 123456789.0, 1/3, -0.0, 2.5e-4)', '0.30000000000000004 1e+16 1e-05 123456789.0 0.3333333333333333 -0.0 0.00025\n'],
  ['print(2**100, -7 // 2, -7 % 3, 7 % -3, 2**-1, 10**20 // 3)', '1267650600228229401496703205376 -4 2 -2 0.5 33333333333333333333\n'],
  ['print(f"{2.675:.2f} {0.125:.2f} {1157.625:.2f} {-0.004:.2f}")', '2.67 0.12 1157.62 -0.00\n'],
  ['print(f"{12345.678:,.1f}|{42:08.3f}|{255:#x}|{3:>4}|{\'ab\':^6}|{1e20:g}")', '12,345.7|0042.000|0xff|   3|  ab  |1e+20\n'],
  ['print(repr("it\'s"), repr(\'say "hi"\'), repr("a\\nb\\x00"))', '"it\'s" \'say "hi"\' \'a\\nb\\x00\'\n'],
  ['x = [1]; x.append(x); print(x, (1,), {1: "a"}, set())', '[1, [...]] (1,) {1: \'a\'} set()\n'],
  ['print(round(2.5), round(3.5), round(2.675, 2), round(-0.5), round(1234, -2))', '2 4 2.67 0 1200\n'],
  ['print({1: "a", True: "b", 1.0: "c"}, 2**53 + 1 == 2**53 + 1.0)', "{1: 'c'} False\n"],
];

describe('values print as CPython prints them', () => {
  for (const [src, expected] of cases) {
    it(src, () => {
      const { out, err } = run(src);
      expect(err).toBe('');
      expect(out).toBe(expected);
    });
  }
});
