/**
 * Unit, fixture and build tests, as two vitest projects (`npm test` runs both, `npm run test:unit` the first):
 * - `unit`: everything but tests/build/; seconds, no build.
 * - `build`: tests/build/, over two real builds of the site shared by all its files (tests/build/sites.ts).
 *   Its global setup starts both builds at the start of the run, in the background, so the unit tests run
 *   meanwhile; its files run after them (`sequence.groupOrder`) and wait for their build.
 * Browser tests have their own config (vitest.browser.config.ts) because they need a built site and a Chromium.
 *
 * Plain vitest config, not Astro's `getViteConfig`: no test imports `astro:content` (generated content
 * is read from disk, and pages are checked in real builds), so no dev server has to sync content first.
 */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    environment: 'node',
    testTimeout: 30_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          // One module graph per worker, not per file: importing the checker, Astro's Markdown stack and zod
          // again for every file was half the unit run. No test relies on a fresh module (temp folders and
          // the working directory are put back by the tests that change them).
          isolate: false,
          include: ['tests/**/*.test.ts'],
          exclude: ['tests/browser/**', 'tests/build/**', 'node_modules/**'],
        },
      },
      {
        extends: true,
        test: {
          name: 'build',
          include: ['tests/build/**/*.test.ts'],
          globalSetup: ['tests/build/global-setup.ts'],
          sequence: { groupOrder: 1 },
          // Two builds one after the other, on 2 cores shared with the unit tests: a file may wait minutes.
          hookTimeout: 600_000,
        },
      },
    ],
  },
});
