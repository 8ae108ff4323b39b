/**
 * A site of two stories, the shared `stories` build (tests/build/sites.ts): the project plus
 * `tests/fixtures/stories/eastbrook/`, an invented second story (a town's bridge closure: raw article and
 * sidecar, hub, claim, event) and an article that belongs to no story. Built under `/explainer/` with a
 * site URL, so feeds, sitemap and base-path links are covered too.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { beforeAll, expect, test } from 'vitest';
import { BASE, builtSite, SITE_URL as SITE } from './sites.ts';

const FIRST = 'what-we-know-il76-crash';
const SECOND = 'eastbrook-bridge-closure';

let dist: string;
const page = (path: string): { html: string; tree: Root } => {
  const html = readFileSync(join(dist, path, 'index.html'), 'utf8');
  return { html, tree: fromHtml(html) };
};
const links = (tree: Root) => selectAll('main a', tree).map((a) => String(a.properties['href']));
const text = (tree: Root) => toString(select('main', tree)!);

beforeAll(async () => {
  dist = (await builtSite('stories')).dist;
});

test('the home page lists both stories, newest first, with standfirst, date and claims by status', () => {
  const { tree } = page('');
  const stories = selectAll('.story-list > li', tree);
  expect(stories.map((li) => String(select('a', li)!.properties['href']))).toEqual([
    `${BASE}stories/${SECOND}/`,
    `${BASE}stories/${FIRST}/`,
  ]);
  expect(toString(stories[0]!)).toMatch(/4 March 2025/);
  expect(toString(stories[0]!)).toMatch(/Claims: asserted 1\s*$/);
  expect(toString(stories[1]!)).toMatch(/24 January 2024/);
  expect(toString(stories[1]!)).toMatch(/disputed \d+/);
});

test('an article in no story is listed apart, under other articles, and in no hub', () => {
  const home = page('');
  const other = select('section[aria-labelledby="other-articles-heading"]', home.tree)!;
  expect(selectAll('a', other).map((a) => a.properties['href'])).toEqual([
    `${BASE}articles/eastbrook-budget-2025-02-10/`,
  ]);
  for (const hub of [FIRST, SECOND])
    expect(links(page(`stories/${hub}`).tree)).not.toContain(`${BASE}articles/eastbrook-budget-2025-02-10/`);
  expect(page('articles/eastbrook-budget-2025-02-10').html).toMatch(/Eastbrook council sets aside money/);
});

test('each hub shows only its own articles, claims, events and background', () => {
  const first = page(`stories/${FIRST}`);
  const second = page(`stories/${SECOND}`);
  expect(links(second.tree)).toContain(`${BASE}articles/eastbrook-bridge-2025-03-04/`);
  expect(links(second.tree)).not.toContain(`${BASE}articles/il76-crash-2024-01-24/`);
  expect(links(first.tree)).toContain(`${BASE}articles/il76-crash-2024-01-24/`);
  expect(links(first.tree)).not.toContain(`${BASE}articles/eastbrook-bridge-2025-03-04/`);
  expect(text(second.tree)).toMatch(/How long will the bridge stay shut\?/);
  expect(text(second.tree)).toMatch(/Full timeline \(1 events\)/);
  expect(text(second.tree)).not.toMatch(/Volodin|Belgorod|Olenivka/);
  expect(text(first.tree)).not.toMatch(/Eastbrook|Okafor|Mill Street/);
  expect(links(first.tree)).toContain(`${BASE}context/olenivka-2022/`);
  expect(links(second.tree)).not.toContain(`${BASE}context/olenivka-2022/`);
});

test('the ledger and the timeline have one section per story, each with only its own entries', () => {
  const ledger = page('claims').tree;
  const ofStory = (tree: Root, id: string) =>
    selectAll('main > *', tree)
      .reduce<{ on: boolean; parts: string[] }>(
        (acc, el) => {
          if (el.tagName === 'h2' && String(el.properties['id'] ?? '').startsWith('story-'))
            acc.on = el.properties['id'] === `story-${id}`;
          else if (acc.on) acc.parts.push(toString(el));
          return acc;
        },
        { on: false, parts: [] },
      )
      .parts.join(' ');
  expect(ofStory(ledger, SECOND)).toMatch(/six weeks/);
  expect(ofStory(ledger, SECOND)).not.toMatch(/Volodin/);
  expect(ofStory(ledger, FIRST)).toMatch(/Volodin/);
  expect(ofStory(ledger, FIRST)).not.toMatch(/Okafor/);
  const timeline = page('timeline').tree;
  expect(toString(select(`section[aria-labelledby="story-${SECOND}"]`, timeline)!)).toMatch(/Mill Street bridge/);
  expect(toString(select(`section[aria-labelledby="story-${FIRST}"]`, timeline)!)).not.toMatch(/Mill Street/);
});

test('entity mentions are grouped by story, pages in no story last', () => {
  const { tree } = page('people/dana-okafor');
  expect(selectAll('section[aria-labelledby="mentions-heading"] h3', tree).map((h) => toString(h))).toEqual([
    'What we know about the Eastbrook bridge closure (2)',
    'Other articles (1)',
  ]);
});

test("a hub's older address is a small redirect page: canonical link, meta refresh, no script", () => {
  for (const [hub, to] of [
    [FIRST, `stories/${FIRST}/`],
    [SECOND, `stories/${SECOND}/`],
  ] as const) {
    const { html, tree } = page(`context/${hub}`);
    expect(String(select('link[rel="canonical"]', tree)!.properties['href'])).toBe(`${SITE}${BASE}${to}`);
    expect(String(select('meta[http-equiv="refresh"]', tree)!.properties['content'])).toBe(`0; url=${BASE}${to}`);
    expect(html).not.toMatch(/<script/);
    expect(html.length).toBeLessThan(1500);
  }
});

test('each story has its own feeds; the site feeds, sitemap and search filter cover both', () => {
  const feed = readFileSync(join(dist, 'stories', SECOND, 'rss.xml'), 'utf8');
  expect(feed).toMatch(/eastbrook-bridge-2025-03-04/);
  expect(feed).not.toMatch(/il76-crash|olenivka|eastbrook-budget/);
  const json = JSON.parse(readFileSync(join(dist, 'stories', FIRST, 'feed.json'), 'utf8'));
  expect(json.feed_url).toBe(`${SITE}${BASE}stories/${FIRST}/feed.json`);
  expect(JSON.stringify(json)).not.toMatch(/eastbrook/);
  const site = readFileSync(join(dist, 'rss.xml'), 'utf8');
  for (const path of ['articles/il76-crash-2024-01-24/', 'articles/eastbrook-bridge-2025-03-04/', `stories/${SECOND}/`])
    expect(site).toContain(`${SITE}${BASE}${path}`);
  const sitemap = readFileSync(join(dist, 'sitemap-0.xml'), 'utf8');
  expect(sitemap).toContain(`${SITE}${BASE}stories/${SECOND}/`);
  expect(sitemap).not.toContain(`${SITE}${BASE}context/${FIRST}/`);
  const filter = (path: string) =>
    select('main[data-pagefind-filter="story[data-story]"]', page(path).tree)?.properties['dataStory'];
  expect(filter('articles/eastbrook-bridge-2025-03-04')).toBe('What we know about the Eastbrook bridge closure');
  expect(filter('context/olenivka-2022')).toBe('What we know about the Il-76 crash');
  expect(filter('articles/eastbrook-budget-2025-02-10')).toBeUndefined();
});
