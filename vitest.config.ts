import { configDefaults, defineConfig } from 'vitest/config';

/**
 * Two projects: `unit` needs nothing but Node (npm run test:unit, about a
 * minute), `engine` builds and runs real images on a Docker engine (npm run
 * test:engine). A test that needs the engine lives under test/engine/.
 * scripts/test.sh runs both.
 */
export default defineConfig({
  test: {
    // Engine tests build real images; everything else is fast.
    testTimeout: 30_000,
    hookTimeout: 600_000,
    // Two cores here: more workers only fight over them.
    poolOptions: { forks: { maxForks: 2, minForks: 1 } },
    pool: 'forks',
    projects: [
      {
        extends: true,
        // The unit project needs nothing but Node: conversions through the CLI do not ask an engine for package facts.
        test: { name: 'unit', include: ['test/**/*.test.ts'], exclude: [...configDefaults.exclude, 'test/engine/**'], env: { DECANT_OFFLINE: '1' } },
      },
      {
        extends: true,
        test: { name: 'engine', include: ['test/engine/**/*.test.ts'] },
      },
    ],
  },
});
