import os from 'node:os';
import path from 'node:path';
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
        // The unit project needs nothing but Node: conversions through the CLI do not ask an engine for package facts,
        // and read no facts cache this machine's earlier converts filled (an offline run reads cached observations).
        test: { name: 'unit', include: ['test/**/*.test.ts'], exclude: [...configDefaults.exclude, 'test/engine/**'], env: { DECANT_OFFLINE: '1', XDG_CACHE_HOME: path.join(os.tmpdir(), 'decant-unit-tests-no-cache') } },
      },
      {
        extends: true,
        test: { name: 'engine', include: ['test/engine/**/*.test.ts'] },
      },
    ],
  },
});
