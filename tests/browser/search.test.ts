/**
 * Search works from the URL and from the form, at `/` and under the sub-path. The page is
 * `/search/`: a `<form>` with an input named `q`; Pagefind's results appear as links in a list.
 * The page's contract with this test: results are links in `#search-results-list`, which is empty
 * when the page is opened without a query (the full page list below it is not a result).
 */
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { useHarness } from './harness.ts';
import { fixtureSite, rootSite, sites, subpathSite, type Site } from './sites.ts';

/** Each term, and a page its results must include (site-relative, without the base). */
const TERMS: Array<[string, string]> = [
  ['Olenivka', 'context/olenivka-2022/'],
  ['Gladkov', 'people/vyacheslav-gladkov/'],
];
const RESULT_WAIT_MS = 15_000;
const harness = useHarness();

const listLinks = (page: Page) =>
  page.$$eval('#search-results-list li a[href]', (links) => links.map((a) => (a as HTMLAnchorElement).href));

/** Links that the query added to the page: the results. */
async function waitForResults(page: Page, staticLinks: Set<string>): Promise<string[]> {
  await page
    .waitForFunction(
      (known) =>
        [...document.querySelectorAll('#search-results-list li a[href]')].some(
          (a) => !known.includes((a as HTMLAnchorElement).href),
        ),
      [...staticLinks],
      { timeout: RESULT_WAIT_MS },
    )
    .catch(() => undefined); // no result in time: the assertions below say so
  return (await listLinks(page)).filter((href) => !staticLinks.has(href));
}

async function linksWithoutQuery(site: Site): Promise<Set<string>> {
  const w = await harness.open();
  try {
    await w.page.goto(harness.url(site, `${site.base}search/`), { waitUntil: 'networkidle' });
    return new Set(await listLinks(w.page));
  } finally {
    await w.close();
  }
}

/** Every result must point at a page of this build, under the base. */
function expectResultsOnSite(site: Site, results: string[], origin: string): void {
  expect(results.length, 'result links').toBeGreaterThan(0);
  const builtPaths = new Set(site.pages.map((p) => p.urlPath));
  for (const href of results) {
    const url = new URL(href);
    expect(url.origin, `${href} stays on this site`).toBe(origin);
    expect(url.pathname.startsWith(site.base), `${href} starts with the base ${site.base}`).toBe(true);
    expect(builtPaths.has(url.pathname), `${href} is a built page`).toBe(true);
  }
}

describe.each(sites)('search at $base', (site) => {
  test('the search page has a form with an input named q', async () => {
    const w = await harness.open();
    try {
      const response = await w.page.goto(harness.url(site, `${site.base}search/`), { waitUntil: 'load' });
      expect(response?.status()).toBe(200);
      expect(await w.page.locator('form input[name="q"]').count()).toBe(1);
    } finally {
      await w.close();
    }
  });

  test.each(TERMS)('search/?q=%s lists %s under the base', async (term, expected) => {
    const staticLinks = await linksWithoutQuery(site);
    const w = await harness.open();
    try {
      await w.page.goto(harness.url(site, `${site.base}search/?q=${encodeURIComponent(term)}`), { waitUntil: 'load' });
      const results = await waitForResults(w.page, staticLinks);
      expectResultsOnSite(site, results, new URL(harness.url(site, '/')).origin);
      expect(results.map((href) => new URL(href).pathname)).toContain(`${site.base}${expected}`);
      expect({ consoleErrors: w.consoleErrors, failedRequests: w.failedRequests }).toEqual({
        consoleErrors: [],
        failedRequests: [],
      });
    } finally {
      await w.close();
    }
  });

  test('typing in the form and pressing Enter shows results', async () => {
    const staticLinks = await linksWithoutQuery(site);
    const w = await harness.open();
    try {
      await w.page.goto(harness.url(site, `${site.base}search/`), { waitUntil: 'networkidle' });
      await w.page.locator('form input[name="q"]').fill(TERMS[0]![0]);
      await w.page.locator('form input[name="q"]').press('Enter');
      const results = await waitForResults(w.page, staticLinks);
      expectResultsOnSite(site, results, new URL(harness.url(site, '/')).origin);
    } finally {
      await w.close();
    }
  });
});

// Fail rather than pass silently when the sub-path build is missing.
test('search is tested under a sub-path too', () => {
  expect(subpathSite, `no sub-path build (see tests/browser/sites.ts; root build: ${rootSite.dir})`).toBeDefined();
});

// One index for all languages (src/integrations/pagefind.ts): a Ukrainian article is found from the
// English search page, by a word in its own script. Needs the fixture build (tests/browser/sites.ts).
test('search/?q=Коваленко finds the Ukrainian fixture article', async () => {
  expect(fixtureSite, 'no fixture build: run node scripts/quality/fixture-site.ts').toBeDefined();
  const site = fixtureSite!;
  const staticLinks = await linksWithoutQuery(site);
  const w = await harness.open();
  try {
    await w.page.goto(harness.url(site, `${site.base}search/?q=${encodeURIComponent('Коваленко')}`), {
      waitUntil: 'load',
    });
    const results = await waitForResults(w.page, staticLinks);
    expect(results.map((href) => new URL(href).pathname)).toContain(`${site.base}articles/tollund-flood-uk/`);
    expect(w.consoleErrors).toEqual([]);
  } finally {
    await w.close();
  }
});
