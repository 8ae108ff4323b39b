/**
 * Reader-facing features in the two shared builds (tests/build/sites.ts):
 * - `stories`, with `SITE_URL` and the sub-path `BASE_PATH=/explainer/`: absolute canonical/og URLs, feeds, sitemap;
 * - `fixtures`, without `SITE_URL`, at `/`: no absolute URL anywhere, no feeds.
 * Both: CSP on every page, no script but the search page's, social images, the search page's full list,
 * and every locator map (accessible, small, no NaN).
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync } from 'node:zlib';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { beforeAll, describe, expect, test } from 'vitest';
import { listPages, type DistPage } from '../../scripts/quality/dist-pages.ts';
import { fixtureArticleIds } from '../../scripts/quality/fixture-site.ts';
import { HTML_CSS_BUDGET_BYTES } from '../../scripts/quality/page-weight.ts';
import { BASE, builtSite, SITE_URL as SITE, type BuiltSite } from './sites.ts';

interface Built extends BuiltSite {
  base: string;
  pages: (DistPage & { tree: Root; html: string })[];
}

function load(site: BuiltSite, base: string): Built {
  const pages = listPages(site.dist, base).map((p) => {
    const html = readFileSync(p.abs, 'utf8');
    return { ...p, html, tree: fromHtml(html) };
  });
  return { ...site, base, pages };
}

const attr = (el: Element | undefined, name: string) => {
  const v = el?.properties[name];
  return Array.isArray(v) ? v.join(' ') : String(v ?? '');
};
const meta = (tree: Root, property: string) =>
  attr(select(`meta[property="${property}"], meta[name="${property}"]`, tree), 'content');
/** `/explainer/places/x/` → the built file for it, or null. */
const fileFor = (b: Built, urlPath: string) => b.pages.find((p) => p.urlPath === urlPath.replace(/#.*$/, '')) ?? null;
/** Entries of a page collection: generated articles are `.json`, context pages `.mdx` (drafts start with `_`). */
const countEntries = (b: Built, folder: string) =>
  readdirSync(join(b.root, 'src/content', folder)).filter((f) => /\.(?:mdx|json)$/u.test(f) && !f.startsWith('_'))
    .length;

let withSite: Built;
let noSite: Built;

beforeAll(async () => {
  withSite = load(await builtSite('stories'), BASE);
  noSite = load(await builtSite('fixtures'), '/');
});

describe.each([
  ['with SITE_URL under /explainer/', () => withSite],
  ['without SITE_URL at /', () => noSite],
])('every page, %s', (_, built) => {
  test('starts its head with the Content-Security-Policy, before any style or script', () => {
    for (const p of built().pages) {
      const head = select('head', p.tree)!;
      const order = selectAll('meta[http-equiv], link[rel="stylesheet"], style, script', head).map((e) => e.tagName);
      expect(order[0], p.urlPath).toBe('meta');
      const csp = attr(select('meta[http-equiv="Content-Security-Policy"]', head), 'content');
      expect(csp, p.urlPath).toMatch(/^default-src 'self';/);
      expect(csp, p.urlPath).not.toMatch(/https?:|\*/);
    }
  });

  test('runs no script except the search page’s own file', () => {
    for (const p of built().pages) {
      const scripts = selectAll('script:not([type="application/ld+json"])', p.tree);
      if (p.urlPath === `${built().base}search/`) {
        expect(scripts.map((s) => attr(s, 'src'))).toEqual([`${built().base}search/search.js`]);
        expect(existsSync(join(built().dist, 'search/search.js'))).toBe(true);
      } else expect(scripts, p.urlPath).toEqual([]);
    }
  });

  test('JSON-LD, where present, is valid JSON', () => {
    for (const p of built().pages)
      for (const s of selectAll('script[type="application/ld+json"]', p.tree))
        expect(() => JSON.parse(toString(s)), p.urlPath).not.toThrow();
  });

  test('has a social image of its own or the site’s, built as a PNG under 60 KB', () => {
    const images = new Set<string>();
    for (const p of built().pages) {
      const og = meta(p.tree, 'og:image');
      if (og) images.add(og);
    }
    if (built() === withSite) expect(images.size).toBeGreaterThan(10);
    for (const url of images) {
      const file = join(built().dist, new URL(url).pathname.slice(built().base.length));
      const png = readFileSync(file);
      expect(png.subarray(0, 4).toString('latin1'), url).toBe('\x89PNG');
      expect(png.byteLength, url).toBeLessThan(60_000);
    }
  });
});

describe('with SITE_URL', () => {
  test('canonical and og:url are the page’s own absolute URL, under the base', () => {
    for (const p of withSite.pages.filter((x) => !x.file.startsWith('404'))) {
      const canonical = attr(select('link[rel="canonical"]', p.tree), 'href');
      expect(canonical, p.urlPath).toBe(SITE + p.urlPath);
      expect(meta(p.tree, 'og:url'), p.urlPath).toBe(canonical);
      expect(meta(p.tree, 'og:image'), p.urlPath).toMatch(new RegExp(`^${SITE}${BASE}og/.+\\.png$`));
    }
  });

  test('the RSS feed lists every article and context page with absolute links to built pages', () => {
    const xml = readFileSync(join(withSite.dist, 'rss.xml'), 'utf8');
    const links = [...xml.matchAll(/<item>[\s\S]*?<link>([^<]+)<\/link>/g)].map((m) => m[1]!);
    expect(links).toHaveLength(countEntries(withSite, 'articles') + countEntries(withSite, 'context'));
    for (const link of links) {
      expect(link.startsWith(SITE + BASE), link).toBe(true);
      expect(fileFor(withSite, new URL(link).pathname), link).not.toBeNull();
    }
  });

  test('the JSON Feed 1.1 has the same items', () => {
    const feed = JSON.parse(readFileSync(join(withSite.dist, 'feed.json'), 'utf8'));
    expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
    expect(feed.feed_url).toBe(`${SITE}${BASE}feed.json`);
    expect(feed.items).toHaveLength(countEntries(withSite, 'articles') + countEntries(withSite, 'context'));
    for (const item of feed.items) expect(fileFor(withSite, new URL(item.url).pathname), item.url).not.toBeNull();
  });

  test('the sitemap lists absolute URLs under the base, without the search page', () => {
    const xml = readFileSync(join(withSite.dist, 'sitemap-0.xml'), 'utf8');
    const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
    expect(locs.length).toBeGreaterThan(10);
    for (const loc of locs) expect(loc.startsWith(SITE + BASE), loc).toBe(true);
    expect(locs).not.toContain(`${SITE}${BASE}search/`);
  });
});

describe('without SITE_URL', () => {
  test('every file the one-story site had before stories existed is still built (tests/fixtures/stories/il76-dist-files.txt)', () => {
    const before = readFileSync(join(import.meta.dirname, '../fixtures/stories/il76-dist-files.txt'), 'utf8');
    for (const file of before.split('\n').filter(Boolean)) expect(existsSync(join(noSite.dist, file)), file).toBe(true);
  });

  test('no page carries an absolute URL in its head (no canonical, og:url, og:image, no guessed host)', () => {
    // The ingest fixtures' articles are built here too, and one has "http://x" in its headline: on those
    // pages the text taken from the article is left out, every address the site writes is still checked.
    const fixtures = new Set(fixtureArticleIds().map((id) => `/articles/${id}/`));
    // The look-up finds them where there are some: in the build with SITE_URL.
    expect(headAddresses(withSite.pages[0]!.tree).filter((a) => a.startsWith(SITE)).length).toBeGreaterThan(2);
    for (const p of noSite.pages) {
      const addresses = headAddresses(p.tree);
      for (const address of addresses) expect(address, p.urlPath).not.toMatch(/^https?:\/\//);
      if (!fixtures.has(p.urlPath)) {
        const html = /<head>[\s\S]*<\/head>/.exec(p.html)![0];
        expect(html.replace(/https:\/\/schema\.org/g, ''), p.urlPath).not.toMatch(/https?:\/\//);
      }
      expect(select('link[rel="canonical"]', p.tree), p.urlPath).toBeUndefined();
    }
  });

  test('no social image is drawn: no page can name one without an absolute URL', () => {
    expect(existsSync(join(noSite.dist, 'og'))).toBe(false);
  });

  test('no feed or sitemap is written (they need absolute links)', () => {
    for (const f of ['rss.xml', 'feed.json', 'sitemap-index.xml'])
      expect(existsSync(join(noSite.dist, f)), f).toBe(false);
  });
});

describe.each([
  ['/explainer/', () => withSite],
  ['/', () => noSite],
])('the search page at %s', (_, built) => {
  const page = () => fileFor(built(), `${built().base}search/`)!;

  test('has a GET form to itself with an input named q', () => {
    const form = select('main form', page().tree)!;
    expect(attr(form, 'action')).toBe(`${built().base}search/`);
    expect(attr(form, 'method')).toBe('get');
    expect(selectAll('input[name="q"]', form)).toHaveLength(1);
  });

  test('lists every article, context and entity page, the claims and the timeline, without JavaScript', () => {
    const linked = new Set(selectAll('main a[href]', page().tree).map((a) => attr(a, 'href')));
    const expected = built()
      .pages.map((p) => p.urlPath)
      .filter((u) =>
        /\/(articles|context|people|places|organisations)\/[^/]+\/$/.test(u.slice(built().base.length - 1)),
      );
    expect(expected.length).toBeGreaterThan(5);
    for (const u of [...expected, `${built().base}claims/`, `${built().base}timeline/`])
      expect(linked.has(u), u).toBe(true);
    for (const href of linked) expect(fileFor(built(), href), href).not.toBeNull();
  });

  test('is not itself indexed by Pagefind, and pages with content are', () => {
    expect(select('[data-pagefind-body]', page().tree)).toBeUndefined();
    expect(built().pages.filter((p) => select('[data-pagefind-body]', p.tree)).length).toBeGreaterThan(5);
  });

  test('has its Pagefind bundle next to it', () => {
    expect(existsSync(join(built().dist, 'pagefind/pagefind.js'))).toBe(true);
  });

  test('HTML and CSS stay under 14 KB brotli', () => {
    expect(pageWeight(built(), page())).toBeLessThanOrEqual(HTML_CSS_BUDGET_BYTES);
  });
});

/** Every address in a page's head: href and src, og/twitter URL and image, JSON-LD address keys. */
function headAddresses(tree: Root): string[] {
  const head = select('head', tree)!;
  return [
    ...selectAll('[href], [src]', head).map((el) => attr(el, 'href') || attr(el, 'src')),
    ...selectAll('meta[property$=":url"], meta[property$=":image"], meta[name$=":image"]', head).map((el) =>
      attr(el, 'content'),
    ),
    ...selectAll('script[type="application/ld+json"]', head).flatMap((el) => jsonLdAddresses(JSON.parse(toString(el)))),
  ];
}

/** Every value of a JSON-LD address key (`url`, `item`, `@id`, `image`, `mainEntityOfPage`, `sameAs`, `logo`). */
function jsonLdAddresses(node: unknown): string[] {
  if (Array.isArray(node)) return node.flatMap(jsonLdAddresses);
  if (typeof node !== 'object' || node === null) return [];
  return Object.entries(node).flatMap(([key, value]) =>
    ['url', 'item', '@id', 'image', 'mainEntityOfPage', 'sameAs', 'logo'].includes(key) && typeof value === 'string'
      ? [value]
      : jsonLdAddresses(value),
  );
}

/** Brotli size of a page's HTML plus the stylesheets it links. */
function pageWeight(b: Built, p: Built['pages'][number]): number {
  const css = selectAll('link[rel="stylesheet"]', p.tree).map((l) =>
    readFileSync(join(b.dist, attr(l, 'href').slice(b.base.length))),
  );
  return [Buffer.from(p.html), ...css].reduce((sum, buf) => sum + brotliCompressSync(buf).byteLength, 0);
}

describe('every locator map in the build', () => {
  const maps = () =>
    withSite.pages.flatMap((p) => selectAll('div.locator-map', p.tree).map((figure) => ({ page: p, figure })));

  test('there is at least one', () => {
    expect(maps().length).toBeGreaterThan(0);
  });

  test('is an image named by its title and description, followed by a list of the same places', () => {
    for (const { page, figure } of maps()) {
      const svg = select('svg[role="img"]', figure)!;
      const ids = attr(svg, 'ariaLabelledBy').split(' ');
      for (const id of ids) expect(select(`[id="${id}"]`, page.tree), `${page.urlPath} #${id}`).toBeDefined();
      const markers = selectAll('svg[role="img"] > g > use', figure).length;
      const items = selectAll('ul > li', figure);
      expect(items.length, page.urlPath).toBeGreaterThan(0);
      expect(markers, page.urlPath).toBeGreaterThanOrEqual(items.length);
      for (const li of items) {
        const href = attr(select('a', li), 'href');
        expect(fileFor(withSite, href), `${page.urlPath} → ${href}`).not.toBeNull();
        expect(toString(li), page.urlPath).toMatch(/\d+\.\d\d° [NS], \d+\.\d\d° [EW]/);
      }
    }
  });

  test('is under 15 KB, with no NaN, and loads nothing', () => {
    const svgs = withSite.pages.flatMap((page) =>
      [...page.html.matchAll(/<svg[^>]*role="img"[\s\S]*?<\/svg>/g)].map((m) => ({ page, svg: m[0] })),
    );
    expect(svgs.length).toBe(maps().length);
    for (const { page, svg } of svgs) {
      expect(Buffer.byteLength(svg), page.urlPath).toBeLessThan(15_000);
      expect(svg, page.urlPath).not.toMatch(/NaN|Infinity|undefined|https?:/);
    }
  });

  test('pages with a map stay under 14 KB brotli (HTML and CSS)', () => {
    for (const page of new Set(maps().map((m) => m.page)))
      expect(pageWeight(withSite, page), page.urlPath).toBeLessThanOrEqual(HTML_CSS_BUDGET_BYTES);
  });
});
