import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['*.test.ts'],
    // One test runs one whole program; under --gc-torture that can take a while.
    testTimeout: 60_000,
  },
});
