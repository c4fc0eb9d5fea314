import { defineConfig } from 'vitest/config';

const scale = Math.max(1, Number(process.env.FUZZ_SCALE ?? '1') || 1);

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    // A fuzzing test runs thousands of programs: its budget grows with FUZZ_SCALE (src/config.ts).
    testTimeout: 180_000 * scale,
    hookTimeout: 60_000,
  },
});
