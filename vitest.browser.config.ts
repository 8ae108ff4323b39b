/**
 * Browser and built-output tests (`tests/browser/`). They read an existing build and never build:
 * run `npm run build` first (and, for the sub-path checks, the `BASE_PATH=/explainer/` build in
 * `.tmp/dist-explainer/`, see `tests/browser/sites.ts`).
 *
 * Plain vitest config, not Astro's `getViteConfig`: these tests import no Astro modules.
 */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/browser/**/*.test.ts'],
    environment: 'node',
    // One Chromium at a time: the machine has 2 cores, and parallel browsers make timings flaky.
    fileParallelism: false,
    maxWorkers: 1,
    // A page load, axe run or full-page screenshot can take seconds on a slow CI machine.
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
