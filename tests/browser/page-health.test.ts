/**
 * Every built page loads cleanly: status 200, no console error or uncaught exception, no request
 * that fails, and no request to any host but our own (the site must work with no third party).
 */
import { describe, expect, test } from 'vitest';
import { useHarness } from './harness.ts';
import { pageCases, sites } from './sites.ts';

const harness = useHarness();

describe('page loads cleanly', () => {
  test('the build has pages', () => {
    expect(pageCases.length, 'no .html in dist/: run `npm run build` first').toBeGreaterThan(0);
  });

  test.each(pageCases)('$name', async ({ site, page }) => {
    const w = await harness.open();
    try {
      // networkidle, not load: the search page fetches its index after load, and failures there count too.
      const response = await w.page.goto(harness.url(site, page.urlPath), { waitUntil: 'networkidle' });
      expect(response?.status(), 'HTTP status').toBe(200);
      expect({
        consoleErrors: w.consoleErrors,
        failedRequests: w.failedRequests,
        foreignRequests: w.foreignRequests,
      }).toEqual({
        consoleErrors: [],
        failedRequests: [],
        foreignRequests: [],
      });
    } finally {
      await w.close();
    }
  });

  // Static hosts answer an unknown URL with 404.html; under a sub-path its styles must still load.
  test.each(sites)('an unknown URL under $base shows the 404 page', async (site) => {
    const w = await harness.open();
    try {
      const url = harness.url(site, `${site.base}no-such-page/`);
      const response = await w.page.goto(url, { waitUntil: 'networkidle' });
      expect(response?.status(), 'HTTP status').toBe(404);
      expect(await w.page.locator('h1').count(), 'the 404 page has its h1').toBe(1);
      const others = w.failedRequests.filter((r) => !r.startsWith(url));
      const consoleErrors = w.consoleErrors.filter((e) => !e.includes('404 (Not Found)') || !e.includes(url));
      expect({ consoleErrors, failedRequests: others, foreignRequests: w.foreignRequests }).toEqual({
        consoleErrors: [],
        failedRequests: [],
        foreignRequests: [],
      });
    } finally {
      await w.close();
    }
  });
});
