import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Engine tests build real images; everything else is fast.
    testTimeout: 30_000,
    hookTimeout: 600_000,
    // Two cores here: more workers only fight over them.
    poolOptions: { forks: { maxForks: 2, minForks: 1 } },
    pool: 'forks',
  },
});
