import { describe, expect, test } from 'vitest';
import { feedItems, jsonFeed } from '../../src/lib/seo/feeds.ts';
import { ogImagePath, ogSlug, type SitePage } from '../../src/lib/seo/pages.ts';

describe('ogImagePath', () => {
  test.each([
    ['/articles/il76-crash-2024-01-24/', '/og/articles/il76-crash-2024-01-24.png'],
    ['/context/olenivka-2022/', '/og/context/olenivka-2022.png'],
    ['/people/vyacheslav-volodin/', '/og/people/vyacheslav-volodin.png'],
    ['/places/yablonovo/', '/og/places/yablonovo.png'],
    ['/organisations/hur/', '/og/organisations/hur.png'],
    ['/', '/og/index.png'],
    ['/claims/', '/og/index.png'],
    ['/search/', '/og/index.png'],
  ])('%s → %s', (page, image) => expect(ogImagePath(page)).toBe(image));

  test('the slug is the image path without folder and extension', () => {
    expect(ogSlug('/places/yablonovo/')).toBe('places/yablonovo');
    expect(ogSlug('/')).toBe('index');
  });
});

const pages: SitePage[] = [
  { kind: 'article', path: '/articles/a/', title: 'A & <b>', description: 'Dek', date: '2024-01-24' },
  { kind: 'context', path: '/context/c/', title: 'C', description: 'Summary' },
];

describe('feeds', () => {
  test('without SITE_URL there is no feed (never a placeholder host)', () => {
    expect(feedItems(pages, { site: undefined, base: '/' })).toBeNull();
    expect(jsonFeed(pages, { site: undefined, base: '/' })).toBeNull();
  });

  test('JSON Feed 1.1 with absolute links under the base', () => {
    const feed = jsonFeed(pages, { site: 'https://news.example.org', base: '/explainer/' }) as Record<string, unknown>;
    expect(feed).toMatchObject({
      version: 'https://jsonfeed.org/version/1.1',
      home_page_url: 'https://news.example.org/explainer/',
      feed_url: 'https://news.example.org/explainer/feed.json',
    });
    expect(feed['items']).toEqual([
      {
        id: 'https://news.example.org/explainer/articles/a/',
        url: 'https://news.example.org/explainer/articles/a/',
        title: 'A & <b>',
        summary: 'Dek',
        content_text: 'Dek',
        date_published: '2024-01-24T00:00:00.000Z',
      },
      {
        id: 'https://news.example.org/explainer/context/c/',
        url: 'https://news.example.org/explainer/context/c/',
        title: 'C',
        summary: 'Summary',
        content_text: 'Summary',
      },
    ]);
  });
});
