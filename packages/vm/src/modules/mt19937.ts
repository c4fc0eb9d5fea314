// The Mersenne Twister exactly as CPython's Modules/_randommodule.c runs it (MT19937 by
// Matsumoto and Nishimura): init_genrand, init_by_array, genrand_uint32, random() from two
// draws (a>>5, b>>6), getrandbits filling 32-bit words from the least significant end.

const N = 624;
const M = 397;
const MATRIX_A = 0x9908b0df;
const UPPER_MASK = 0x80000000;
const LOWER_MASK = 0x7fffffff;

export class MersenneTwister {
  readonly mt = new Uint32Array(N);
  mti = N + 1;

  initGenrand(s: number): void {
    const mt = this.mt;
    mt[0] = s >>> 0;
    for (let i = 1; i < N; i++) {
      const p = mt[i - 1]!;
      mt[i] = (Math.imul(1812433253, p ^ (p >>> 30)) + i) >>> 0;
    }
    this.mti = N;
  }

  /** init_by_array: the key is a list of 32-bit words, least significant first. */
  initByArray(key: ArrayLike<number>): void {
    const mt = this.mt;
    const len = key.length;
    this.initGenrand(19650218);
    let i = 1, j = 0;
    for (let k = Math.max(N, len); k > 0; k--) {
      const p = mt[i - 1]!;
      mt[i] = ((mt[i]! ^ Math.imul(p ^ (p >>> 30), 1664525)) + key[j]! + j) >>> 0;
      i++; j++;
      if (i >= N) { mt[0] = mt[N - 1]!; i = 1; }
      if (j >= len) j = 0;
    }
    for (let k = N - 1; k > 0; k--) {
      const p = mt[i - 1]!;
      mt[i] = ((mt[i]! ^ Math.imul(p ^ (p >>> 30), 1566083941)) - i) >>> 0;
      i++;
      if (i >= N) { mt[0] = mt[N - 1]!; i = 1; }
    }
    mt[0] = 0x80000000;
  }

  /** Seeds from a non-negative bigint as random_seed does: 32-bit words, little-endian. */
  seedBigInt(n: bigint): void {
    const key: number[] = [];
    do {
      key.push(Number(n & 0xffffffffn));
      n >>= 32n;
    } while (n > 0n);
    this.initByArray(key);
  }

  genrandUint32(): number {
    const mt = this.mt;
    if (this.mti >= N) {
      let kk = 0;
      let y: number;
      for (; kk < N - M; kk++) {
        y = (mt[kk]! & UPPER_MASK) | (mt[kk + 1]! & LOWER_MASK);
        mt[kk] = mt[kk + M]! ^ (y >>> 1) ^ (y & 1 ? MATRIX_A : 0);
      }
      for (; kk < N - 1; kk++) {
        y = (mt[kk]! & UPPER_MASK) | (mt[kk + 1]! & LOWER_MASK);
        mt[kk] = mt[kk + (M - N)]! ^ (y >>> 1) ^ (y & 1 ? MATRIX_A : 0);
      }
      y = (mt[N - 1]! & UPPER_MASK) | (mt[0]! & LOWER_MASK);
      mt[N - 1] = mt[M - 1]! ^ (y >>> 1) ^ (y & 1 ? MATRIX_A : 0);
      this.mti = 0;
    }
    let y = mt[this.mti++]!;
    y ^= y >>> 11;
    y ^= (y << 7) & 0x9d2c5680;
    y ^= (y << 15) & 0xefc60000;
    y ^= y >>> 18;
    return y >>> 0;
  }

  /** random_random: a 53-bit float in [0, 1). */
  random(): number {
    const a = this.genrandUint32() >>> 5;
    const b = this.genrandUint32() >>> 6;
    return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
  }

  /** getrandbits(k) for 0 < k <= 32 as a number. */
  bits32(k: number): number {
    return this.genrandUint32() >>> (32 - k);
  }

  /** getrandbits(k) for any k >= 0. */
  getrandbits(k: number): bigint {
    if (k === 0) return 0n;
    if (k <= 32) return BigInt(this.bits32(k));
    let r = 0n;
    let shift = 0n;
    for (; k > 0; k -= 32, shift += 32n) {
      let w = this.genrandUint32();
      if (k < 32) w >>>= 32 - k;
      r |= BigInt(w) << shift;
    }
    return r;
  }

  /** _randbelow_with_getrandbits: uniform in [0, n), n > 0. */
  randbelow(n: bigint): bigint {
    const k = n.toString(2).length;
    if (k <= 32) {
      const m = Number(n);
      let r = this.bits32(k);
      while (r >= m) r = this.bits32(k);
      return BigInt(r);
    }
    let r = this.getrandbits(k);
    while (r >= n) r = this.getrandbits(k);
    return r;
  }

  /** randbelow for small n (a JS number), the common case of choice/shuffle/sample. */
  randbelowSmall(n: number): number {
    if (n > 0xffffffff) return Number(this.randbelow(BigInt(n)));
    const k = 32 - Math.clz32(n);
    let r = this.bits32(k);
    while (r >= n) r = this.bits32(k);
    return r;
  }
}
