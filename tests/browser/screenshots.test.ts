/**
 * Full-page screenshots of every page at a small phone width and a desktop width, saved under
 * `artifacts/screenshots/` for people to look at. Nothing is compared: fonts and antialiasing
 * differ between machines, and the other tests check what matters.
 */
import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { useHarness } from './harness.ts';
import { pageCases, projectRoot } from './sites.ts';

const OUT = join(projectRoot, 'artifacts', 'screenshots');
const WIDTHS = [360, 1280];
const harness = useHarness();

/** `/explainer/articles/x/` → `explainer--articles--x`; `/` → `index`. */
function screenshotName(urlPath: string): string {
  return (
    urlPath
      .replace(/^\/+|\/+$/g, '')
      .replace(/\/+/g, '--')
      .replace(/[^A-Za-z0-9._-]/g, '_') || 'index'
  );
}

beforeAll(async () => {
  // Start empty, so no screenshot of a page that no longer exists lingers.
  await rm(OUT, { recursive: true, force: true });
  await mkdir(OUT, { recursive: true });
});

describe('screenshots', () => {
  test.each(pageCases)('$name', async ({ site, page }) => {
    for (const width of WIDTHS) {
      const w = await harness.open({ width, height: 800 });
      try {
        await w.page.goto(harness.url(site, page.urlPath), { waitUntil: 'load' });
        const file = join(OUT, `${screenshotName(page.urlPath)}@${width}.png`);
        const png = await w.page.screenshot({ path: file, fullPage: true });
        expect(png.length).toBeGreaterThan(0);
        // A page wider than the window scrolls sideways on a phone (WCAG 1.4.10 reflow).
        const overflow = await w.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow, `horizontal overflow at ${width}px`).toBeLessThanOrEqual(0);
      } finally {
        await w.close();
      }
    }
  });
});
