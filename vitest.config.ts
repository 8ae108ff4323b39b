/**
 * Unit, fixture and build tests. Browser tests have their own config (vitest.browser.config.ts)
 * because they need a built site and a Chromium.
 *
 * Plain vitest config, not Astro's `getViteConfig`: no test imports `astro:content` (generated content
 * is read from disk, and pages are checked in real builds), so no dev server has to sync content first.
 */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    exclude: ['tests/browser/**', 'node_modules/**'],
    environment: 'node',
    // The build tests run `astro build`; on 2 cores they need the time and must not run side by side.
    testTimeout: 30_000,
    hookTimeout: 240_000,
  },
});
