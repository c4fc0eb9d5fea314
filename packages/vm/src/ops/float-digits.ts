// Correctly rounded decimal digits of a double, as CPython's dtoa.c produces them for '%.Nf' and
// '%.Ne': decisions are made on the EXACT binary value, ties to even (2.675 -> '2.67' because the
// double is 2.67499999..., and 0.125 -> '0.12' because it is an exact tie). JS toFixed rounds
// ties away from zero, so it cannot be used directly.

/** The exact decimal expansion of a finite non-negative double: [integer digits, fraction digits]. */
export function exactDecimal(x: number): [string, string] {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  const bits = view.getBigUint64(0);
  const exp = Number((bits >> 52n) & 0x7ffn);
  let mant = bits & ((1n << 52n) - 1n);
  let e2: number;
  if (exp === 0) e2 = -1074;
  else {
    mant |= 1n << 52n;
    e2 = exp - 1075;
  }
  if (e2 >= 0) return [(mant << BigInt(e2)).toString(), ''];
  const scaled = (mant * 5n ** BigInt(-e2)).toString().padStart(-e2 + 1, '0');
  const cut = scaled.length + e2;
  return [scaled.slice(0, cut), scaled.slice(cut).replace(/0+$/, '')];
}

/** Rounds the digit string `digits` to `keep` digits, ties to even; returns [digits, carried]. */
function roundDigits(digits: string, keep: number): [string, boolean] {
  if (keep >= digits.length) return [digits.padEnd(keep, '0'), false];
  if (keep < 0) return ['', false];
  const head = digits.slice(0, keep);
  const next = digits[keep]!;
  const rest = digits.slice(keep + 1);
  const lastEven = keep === 0 || Number(head[keep - 1]) % 2 === 0;
  const up = next > '5' || (next === '5' && (/[1-9]/.test(rest) || !lastEven));
  if (!up) return [head, false];
  const n = (BigInt('1' + head) + 1n).toString(); // the leading 1 keeps leading zeros
  if (n[0] === '2') return [n.slice(1), true];
  return [n.slice(1), false];
}

/** '%.{precision}f' of a finite non-negative double. */
export function toFixedExact(x: number, precision: number): string {
  const [intPart, frac] = exactDecimal(x);
  const all = intPart + frac.padEnd(precision, '0');
  const keep = intPart.length + precision;
  let [digits, carried] = roundDigits(all, keep);
  let intLen = intPart.length;
  if (carried) {
    digits = '1' + digits;
    intLen++;
  }
  const i = digits.slice(0, intLen).replace(/^0+(?=\d)/, '') || '0';
  return precision > 0 ? i + '.' + digits.slice(intLen) : i;
}

/**
 * `significant` correctly rounded significant digits of a finite positive double, and the
 * decimal exponent of the first digit (x ~ d.ddd * 10**exp).
 */
export function toSignificantExact(x: number, significant: number): [string, number] {
  const [intPart, frac] = exactDecimal(x);
  let digits: string;
  let exp: number;
  if (intPart !== '0') {
    digits = intPart + frac;
    exp = intPart.length - 1;
  } else {
    const lead = frac.search(/[1-9]/);
    digits = frac.slice(lead);
    exp = -lead - 1;
  }
  const [rounded, carried] = roundDigits(digits, significant);
  if (carried) return ['1' + rounded.slice(0, significant - 1), exp + 1];
  return [rounded, exp];
}
