// How much to fuzz. CI runs the defaults with fixed seeds, so a red run reproduces exactly;
// `pnpm soak` (package.json) scales every count up and draws a new seed each run.
//   FUZZ_SCALE=20   multiply every count (the soak's default)
//   FUZZ_SEED=1234  the base seed (the soak prints the one it drew)

export const SCALE = Math.max(1, Number(process.env.FUZZ_SCALE ?? '1') || 1);

const drawn = process.env.FUZZ_SEED === undefined && process.env.FUZZ_SOAK === '1' ? Math.floor(Math.random() * 2 ** 31) : null;
if (drawn !== null) console.info(`fuzz: base seed ${drawn} (set FUZZ_SEED=${drawn} to repeat this run)`);

/** The seed of one fuzzer: the base seed plus a per-fuzzer offset, so fuzzers differ. */
export function seedFor(offset: number): number {
  const base = drawn ?? Number(process.env.FUZZ_SEED ?? '20241125');
  return (base + offset * 7919) | 0;
}

/** `n` times the scale. */
export const count = (n: number): number => Math.round(n * SCALE);

/** Counts tried this run, printed at the end of each file so CI logs show them. */
export function report(what: string, n: number, ms: number, extra = ''): void {
  console.info(`fuzz: ${what}: ${n} inputs in ${(ms / 1000).toFixed(1)} s${extra ? ` (${extra})` : ''}`);
}
