/**
 * The built article page, from a real `astro build` (the shared `fixtures` site, tests/build/sites.ts):
 * every paragraph's text exactly, every source line word for word, no script; and, for the article
 * shapes in tests/fixtures/ingest (posts, datelines, credits, quotes, languages), what a reader gets from each.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { beforeAll, describe, expect, test } from 'vitest';
import { fixtureArticleIds } from '../../scripts/quality/fixture-site.ts';
import { builtSite, type BuiltSite } from './sites.ts';

let site: BuiltSite;
/** The article shapes of tests/fixtures/ingest, built as articles of their own (with their sidecars). */
const FIXTURES = fixtureArticleIds();
const input = (id: string) =>
  readFileSync(FIXTURES.includes(id) ? join('tests/fixtures/ingest', id, 'input.txt') : `sources/${id}.txt`, 'utf8');

beforeAll(async () => {
  site = await builtSite('fixtures');
});

interface Paragraph {
  id: string;
  kind: 'text' | 'post' | 'credits';
  text: string;
}
interface Post {
  paragraph: string;
  text: string;
  links: string[];
  media: string | null;
  attribution: string;
}

function generated(root: string, id: string): { title: string; paragraphs: Paragraph[]; posts: Post[] } {
  return JSON.parse(readFileSync(join(root, 'src/content/articles', `${id}.json`), 'utf8'));
}

/** Text of an element as a reader gets it, without the claim markers the page adds. */
function readerText(el: Element): string {
  const copy = structuredClone(el);
  for (const marker of selectAll('.claim-marker', copy)) marker.children = [];
  return toString(copy);
}

const load = (id: string) => fromHtml(readFileSync(join(site.dist, 'articles', id, 'index.html'), 'utf8'));
const words = (s: string) => s.split(/\s+/u).filter(Boolean);
const flat = (s: string) => words(s).join(' ');

describe.each(['il76-crash-2024-01-24', ...FIXTURES])('the built page of %s', (id) => {
  let page: Root;
  let article: ReturnType<typeof generated>;
  beforeAll(() => {
    page = load(id);
    article = generated(site.root, id);
  });

  test('shows the headline as the only h1', () => {
    expect(selectAll('h1', page).map(toString)).toEqual([article.title]);
  });

  test('holds every paragraph, character for character, at its #id', () => {
    for (const p of article.paragraphs) {
      const el = p.kind === 'post' ? select(`#${p.id} blockquote`, page) : select(`#${p.id}`, page);
      expect(el, p.id).toBeDefined();
      expect(readerText(el!), p.id).toBe(p.text);
    }
  });

  test('shows every line of the source word for word: text as it is, a post across its card', () => {
    const lines = input(id)
      .replace(/^\uFEFF/u, '')
      .split(/\r?\n/u)
      .map((l) => l.trim())
      .filter((l) => l !== '' && l !== 'Breadcrumb');
    const main = flat(readerText(select('main', page)!));
    const cards = selectAll('figure.post', page).map((f) => words(readerText(f)));
    for (const line of lines) {
      if (main.includes(flat(line))) continue;
      // A post's line is split between its text and the links under it; its words stay in order.
      const inOrder = cards.some((card) => {
        let at = 0;
        for (const w of words(line)) {
          at = card.indexOf(w, at);
          if (at === -1) return false;
          at++;
        }
        return true;
      });
      expect(inOrder, line).toBe(true);
    }
  });

  test('has no <script> and no inline event handler', () => {
    expect(selectAll('script:not([type="application/ld+json"])', page)).toEqual([]);
    expect(readFileSync(join(site.dist, 'articles', id, 'index.html'), 'utf8')).not.toMatch(/\son[a-z]+=/iu);
  });
});

const langOf = (page: Root, selector: string) => select(selector, page)?.properties['lang'];

describe('article shapes on the page', () => {
  test('a t.co link and a pic.x.com link are shown as text with their host, never loaded or linked', () => {
    const page = load('tollund-flood-x');
    const captions = selectAll('figure.post figcaption', page).map((f) => flat(toString(f)));
    expect(captions.slice(0, 3)).toEqual([
      '— Tollund City Council (@TollundCouncil) March 4, 2025 Link: https://t.co/Xy12AbC9 (to t.co, not loaded here)',
      '— Tollund Fire Service (@TollundFire) Mar 4, 2025 Media: pic.x.com/Rv8Ps2LmQa (not loaded here)',
      '— Jonas Ek (@jonas_ek) 4 March 2025',
    ]);
    expect(selectAll('figure.post a[href*="t.co"], figure.post a[href*="pic."], img, iframe', page)).toEqual([]);
  });

  test('Bluesky and Mastodon posts say where they were posted', () => {
    const captions = selectAll('figure.post figcaption', load('riverbend-fediverse')).map((f) => flat(toString(f)));
    expect(captions).toEqual([
      '— Riverbend Library (@library.riverbend.example) March 6, 2025 at 9:12 AM (on Bluesky)',
      '— Reading Club Riverbend (@readingclub@social.riverbend.example) Mar 6, 2025 (on Mastodon) Link: https://riverbend.example/club (to riverbend.example, not loaded here)',
      '— Riverbend Youth Council (@rbyouth.bsky.social) 7 March 2025 (on Bluesky)',
    ]);
  });

  test('a dateline is marked as one, and credits are shown as credits under the article', () => {
    const page = load('tollund-flood-x');
    expect(selectAll('.dateline', page).map(toString)).toEqual(['TOLLUND, March 4 (Wire) - ']);
    expect(toString(select('#p1 .sentence', page)!).startsWith('Tollund City Council')).toBe(true);
    expect(selectAll('footer.credits p', page).map((p) => toString(p))).toEqual([
      'Credits',
      '(Reporting by Anna Berg; Editing by Tom Lind)',
    ]);
    expect(flat(toString(select('p.meta', page)!))).toContain(
      'Published 4 March 2025 (date the dateline\'s "March 4", in 2025, the year of the embedded posts).',
    );
  });

  test("a content notice comes from the article's sidecar, not from the page template", () => {
    const notice = (id: string) => flat(toString(select('p.notice', load(id))!));
    expect(notice('il76-crash-2024-01-24')).toContain(
      'Content notice: the article describes a plane crash in which everyone aboard was reported killed.',
    );
    expect(notice('tollund-flood-x')).not.toContain('Content notice');
  });

  test('speakers without an entity file are named in plain text', () => {
    const quoted = (id: string) =>
      selectAll('p.quoted-by', load(id)).map((p) => [flat(toString(p)), selectAll('a', p).length]);
    expect(quoted('tollund-flood-x')).toEqual([
      ['Quoted: Marta Kovalenko', 0],
      ['Quoted: Elin Strand', 0],
    ]);
    expect(quoted('tollund-flood-uk')).toEqual([
      ['Quoted: Марта Коваленко', 0],
      ['Quoted: Еліна Странд', 0],
    ]);
  });

  test("a Ukrainian article (sidecar): the page, its JSON-LD and its text are uk; the site's own words say en", () => {
    const page = load('tollund-flood-uk');
    expect(langOf(page, 'html')).toBe('uk');
    expect(langOf(page, 'h1')).toBeUndefined();
    expect(langOf(page, '.article-text')).toBeUndefined();
    for (const chrome of ['.skip-link', '.site-header', 'nav.breadcrumbs', 'p.meta', 'p.notice', '.site-footer'])
      expect(langOf(page, chrome), chrome).toBe('en');
    expect(langOf(page, 'figure.post figcaption')).toBe('en');
    expect(langOf(page, 'p.quoted-by span')).toBe('en');
    const ld = JSON.parse(toString(select('script[type="application/ld+json"]', page)!));
    expect(ld['@graph'].find((n: { '@type': string }) => n['@type'] === 'NewsArticle').inLanguage).toBe('uk');
    expect(flat(toString(select('p.meta', page)!))).toContain(
      'Language: Ukrainian (given in the source sidecar file).',
    );
  });

  test('an inferred language is on the page, and says how it was found', () => {
    const page = load('tollund-notice-uk-inferred');
    expect(langOf(page, 'html')).toBe('uk');
    expect(flat(toString(select('p.meta', page)!))).toContain('Language: Ukrainian (inferred from the letters:');
  });

  test('an English article marks only its Ukrainian post and quote', () => {
    const page = load('tollund-flood-x');
    expect(langOf(page, 'html')).toBe('en');
    expect(selectAll('[lang]', page).map((el) => [el.tagName, el.properties['lang'], flat(toString(el))])).toEqual([
      ['html', 'en', expect.any(String)],
      ['q', 'uk', '"Мішки є"'],
      ['blockquote', 'uk', "Об'їжджайте міст у Старому місті через Поромну вулицю. Дякуємо за терпіння!"],
    ]);
  });

  test('text in an unknown language gets lang="", not the site\'s', () => {
    const page = load('hostile-text');
    expect(langOf(page, 'html')).toBe('en');
    expect(langOf(page, '.article-text')).toBe('');
    expect(flat(toString(select('p.meta', page)!))).toContain('Language unknown:');
  });

  test('the search index stays one index, in the language the pages share', () => {
    const entry = JSON.parse(readFileSync(join(site.dist, 'pagefind/pagefind-entry.json'), 'utf8'));
    expect(Object.keys(entry.languages)).toEqual(['en']);
  });
});

test('the real article page has all 25 text paragraphs and both posts', () => {
  const page = fromHtml(readFileSync(join(site.dist, 'articles/il76-crash-2024-01-24/index.html'), 'utf8'));
  expect(selectAll('main p[id^="p"]', page)).toHaveLength(25);
  const captions = selectAll('main figure.post figcaption', page).map((f) => toString(f).replace(/\s+/gu, ' ').trim());
  expect(captions).toHaveLength(2);
  expect(captions[0]).toMatch(
    /^— BNO News \(@BNONews\) January 24, 2024 Media: pic\.twitter\.com\/k75m9l9pmw \(not loaded here; the article calls the videos unverified\)$/u,
  );
  expect(captions[1]).toBe(
    '— Maria Avdeeva (@maria_avdv) January 24, 2024 Media: pic.twitter.com/G5np6ftKDn (not loaded here)',
  );
});
