/** The built article page, from a real `astro build`: every paragraph's text exactly, and no script. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { beforeAll, describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { buildCopy, type BuiltSite } from './build.ts';

let site: BuiltSite;
const HOSTILE = readFileSync('tests/fixtures/ingest/hostile-text/input.txt', 'utf8');

beforeAll(() => {
  site = buildCopy({ extraSources: { 'hostile-text.txt': HOSTILE } });
});

interface Paragraph {
  id: string;
  kind: 'text' | 'post';
  text: string;
}

function generated(root: string, id: string): { title: string; paragraphs: Paragraph[] } {
  const mdx = readFileSync(join(root, 'src/content/articles', `${id}.mdx`), 'utf8');
  return parse(/^---\n([\s\S]*?)\n---\n/u.exec(mdx)![1]!);
}

/** Text of an element as a reader gets it, without the claim markers the page adds. */
function readerText(el: Element): string {
  const copy = structuredClone(el);
  for (const marker of selectAll('.claim-marker', copy)) marker.children = [];
  return toString(copy);
}

describe.each(['il76-crash-2024-01-24', 'hostile-text'])('the built page of %s', (id) => {
  let page: Root;
  let article: ReturnType<typeof generated>;
  beforeAll(() => {
    page = fromHtml(readFileSync(join(site.dist, 'articles', id, 'index.html'), 'utf8'));
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

  test('has no <script> and no inline event handler', () => {
    expect(selectAll('script:not([type="application/ld+json"])', page)).toEqual([]);
    expect(readFileSync(join(site.dist, 'articles', id, 'index.html'), 'utf8')).not.toMatch(/\son[a-z]+=/iu);
  });
});

test('the real article page has all 25 text paragraphs and both posts', () => {
  const page = fromHtml(readFileSync(join(site.dist, 'articles/il76-crash-2024-01-24/index.html'), 'utf8'));
  expect(selectAll('main p[id^="p"]', page)).toHaveLength(25);
  const captions = selectAll('main figure.post figcaption', page).map((f) => toString(f).replace(/\s+/gu, ' ').trim());
  expect(captions).toHaveLength(2);
  expect(captions[0]).toMatch(
    /^— BNO News \(@BNONews\) 24 January 2024 Media: pic\.twitter\.com\/k75m9l9pmw \(not loaded here; the article calls the videos unverified\)$/u,
  );
  expect(captions[1]).toBe(
    '— Maria Avdeeva (@maria_avdv) 24 January 2024 Media: pic.twitter.com/G5np6ftKDn (not loaded here)',
  );
});
