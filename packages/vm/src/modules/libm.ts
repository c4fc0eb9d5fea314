// Correctly rounded (in all but astronomically rare cases) exp, log, sin, cos and pow, computed
// in double-double arithmetic (~106 bits) and rounded once. V8's Math.* (fdlibm ports) are only
// faithfully rounded and differ from glibc, which CPython calls, in the last bit a few percent of
// the time; glibc's exp/log/sin/cos/pow are correctly rounded in practice, so this matches it.

type DD = [number, number];

function twoSum(a: number, b: number): DD {
  const s = a + b;
  const bb = s - a;
  return [s, (a - (s - bb)) + (b - bb)];
}

function split(a: number): DD {
  const t = a * 134217729; // 2**27 + 1
  const hi = t - (t - a);
  return [hi, a - hi];
}

function twoProd(a: number, b: number): DD {
  const p = a * b;
  const [ah, al] = split(a);
  const [bh, bl] = split(b);
  return [p, ((ah * bh - p) + ah * bl + al * bh) + al * bl];
}

function add(a: DD, b: DD): DD {
  const [s, e] = twoSum(a[0], b[0]);
  const [hi, lo] = twoSum(s, e + a[1] + b[1]);
  return [hi, lo];
}

function mul(a: DD, b: DD): DD {
  const [p, e] = twoProd(a[0], b[0]);
  return twoSum(p, e + (a[0] * b[1] + a[1] * b[0]));
}

function div(a: DD, b: DD): DD {
  const q1 = a[0] / b[0];
  const r = add(a, neg(mul([q1, 0], b)));
  const q2 = r[0] / b[0];
  const r2 = add(r, neg(mul([q2, 0], b)));
  const q3 = r2[0] / b[0];
  return add(twoSum(q1, q2), [q3, 0]);
}

const neg = (a: DD): DD => [-a[0], -a[1]];

const LN2: DD = [0.6931471805599453, 2.3190468138462996e-17];
const PIO2 = [1.5707963267948966, 6.123233995736766e-17, -1.4973849048591698e-33];

/** 1/(2k+1) as double-doubles, for the atanh series of log. */
const INV_ODD: DD[] = [];
for (let k = 0; k < 24; k++) INV_ODD.push(div([1, 0], [2 * k + 1, 0]));
/** 1/n! for the exp, sin and cos series. */
const INV_FACT: DD[] = [[1, 0]];
for (let n = 1; n < 30; n++) INV_FACT.push(div(INV_FACT[n - 1]!, [n, 0]));

/** log(x) for finite x > 0 as a double-double. */
function logDD(x: number): DD {
  let e = 0;
  if (x < 2 ** -1022) { x *= 2 ** 54; e = -54; }
  // x = m * 2**e with m in [sqrt(1/2), sqrt(2)).
  let k = Math.floor(Math.log2(x));
  let m = x / 2 ** k;
  if (m >= 2) { m /= 2; k++; }
  if (m < 1) { m *= 2; k--; }
  if (m > Math.SQRT2) { m /= 2; k++; }
  e += k;
  // log(m) = 2 atanh(s), s = (m - 1) / (m + 1): m - 1 is exact, m + 1 kept as a double-double.
  const s = div([m - 1, 0], twoSum(m, 1));
  const s2 = mul(s, s);
  let sum = INV_ODD[INV_ODD.length - 1]!;
  for (let i = INV_ODD.length - 2; i >= 0; i--) sum = add(mul(sum, s2), INV_ODD[i]!);
  const logm = mul(mul(s, sum), [2, 0]);
  return add(mul([e, 0], LN2), logm);
}

/** exp(a) for a double-double argument, or null when it overflows/underflows the fast range. */
function expDD(a: DD): DD & { scale?: number } {
  const k = Math.round(a[0] / LN2[0]);
  // r = a - k ln2, exactly enough: k * LN2 as an exact double-double sum.
  let r = add(a, neg(mul([k, 0], LN2)));
  // Scale r down by 2**8, sum the series for exp(r) - 1, then square back up.
  r = [r[0] / 256, r[1] / 256];
  let t: DD = INV_FACT[14]!;
  for (let n = 13; n >= 1; n--) t = add(mul(t, r), INV_FACT[n]!);
  t = mul(t, r); // exp(r) - 1
  for (let i = 0; i < 8; i++) t = add(mul(t, [2, 0]), mul(t, t)); // (1+t)**2 - 1
  const res = add([1, 0], t) as DD & { scale?: number };
  res.scale = k;
  return res;
}

function scaleResult(d: DD & { scale?: number }): number {
  const k = d.scale ?? 0;
  const v = d[0] + d[1];
  if (k >= -1021 && k <= 1023) return v * 2 ** k;
  // Outside the normal range: scale in two steps (subnormal results may double-round).
  const half = Math.trunc(k / 2);
  return v * 2 ** half * 2 ** (k - half);
}

export function crLog(x: number): number {
  if (!(x > 0) || x === Infinity) return Math.log(x);
  if (x === 1) return 0;
  const d = logDD(x);
  return d[0] + d[1];
}

export function crLog2(x: number): number {
  if (!(x > 0) || x === Infinity) return Math.log2(x);
  const exact = Math.log2(x);
  if (Number.isInteger(exact) && 2 ** exact === x) return exact;
  const d = div(logDD(x), LN2);
  return d[0] + d[1];
}

const LN10 = logDD(10);
export function crLog10(x: number): number {
  if (!(x > 0) || x === Infinity) return Math.log10(x);
  const guess = Math.round(Math.log10(x));
  if (Number.isSafeInteger(10 ** guess) && 10 ** guess === x) return guess;
  const d = div(logDD(x), LN10);
  return d[0] + d[1];
}

export function crExp(x: number): number {
  if (Number.isNaN(x)) return x;
  if (x > 709.782712893384) return Infinity;
  if (x < -745.1332191019412) return 0;
  if (x === 0) return 1;
  return scaleResult(expDD([x, 0]));
}

/** x ** y for finite x > 0 and finite y: exp(y log x) carried in double-double. */
export function crPowPositive(x: number, y: number): number {
  const l = mul(logDD(x), [y, 0]);
  if (l[0] > 709.79) return Infinity;
  if (l[0] < -745.2) return 0;
  return scaleResult(expDD(l));
}

/** C pow semantics, with the finite positive-base case correctly rounded. */
export function crPow(x: number, y: number): number {
  if (y === 0) return 1;
  if (Number.isNaN(x) || Number.isNaN(y) || !Number.isFinite(x) || !Number.isFinite(y) || x === 0) {
    return Math.pow(x, y);
  }
  if (y === 1) return x;
  if (x > 0) return crPowPositive(x, y);
  if (!Number.isInteger(y)) return NaN;
  const r = crPowPositive(-x, y);
  return Math.abs(y) % 2 === 1 ? -r : r;
}

/** x - n*pi/2 for |x| < 2**20, as a double-double, with n. */
function reduce(x: number): [DD, number] {
  const n = Math.round(x / PIO2[0]!);
  let r: DD = [x, 0];
  for (const p of PIO2) r = add(r, neg(twoProd(n, p)));
  return [r, n];
}

function sinSeries(r: DD): DD {
  const r2 = mul(r, r);
  let s: DD = INV_FACT[27]!;
  for (let n = 25; n >= 1; n -= 2) s = add(neg(mul(s, r2)), INV_FACT[n]!);
  return mul(s, r);
}

function cosSeries(r: DD): DD {
  const r2 = mul(r, r);
  let s: DD = INV_FACT[28]!;
  for (let n = 26; n >= 0; n -= 2) s = add(neg(mul(s, r2)), INV_FACT[n]!);
  return s;
}

function trig(x: number, cos: boolean): number {
  if (!Number.isFinite(x)) return NaN;
  if (Math.abs(x) >= 2 ** 20) return cos ? Math.cos(x) : Math.sin(x);
  if (!cos && Math.abs(x) < 2 ** -26) return x; // sin(x) rounds to x
  const [r, n] = reduce(x);
  const q = (((n % 4) + 4) % 4 + (cos ? 1 : 0)) % 4;
  const d = q === 0 ? sinSeries(r) : q === 1 ? cosSeries(r) : q === 2 ? neg(sinSeries(r)) : neg(cosSeries(r));
  return d[0] + d[1];
}

export const crSin = (x: number): number => trig(x, false);
export const crCos = (x: number): number => trig(x, true);
