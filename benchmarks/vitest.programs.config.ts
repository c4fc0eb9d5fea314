// The slow check of the benchmark programs' output (test/programs-output.slow.ts), apart from
// `pnpm test`: two programs at a time (the machine has two cores), minutes per program allowed.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.slow.ts'],
    maxConcurrency: 2,
    testTimeout: 300_000,
  },
});
