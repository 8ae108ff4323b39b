import { describe, expect, test } from 'vitest';
import { articleLanguage, langAttr, scriptLanguage, sharedLanguage } from '../../src/text/language.ts';
import { jsonFeed } from '../../src/lib/seo/feeds.ts';
import type { SitePage } from '../../src/lib/seo/pages.ts';

describe('scriptLanguage: only where the letters make it certain', () => {
  test.each([
    ['Дякуємо за терпіння!', 'uk'],
    ['Їдьте через Поромну вулицю, IL-76.', 'uk'],
    ['Καλημέρα σας', 'el'],
    ['გამარჯობა', 'ka'],
  ])('%s → %s', (text, code) => expect(scriptLanguage(text)?.code).toBe(code));

  test.each([
    ['The bridge is closed.'],
    ['Мост закрыт, объезд через улицу.'], // Russian: ы
    ['Мост закрыт. Їдьте!'], // a Russian-only letter beside a Ukrainian one: undecided
    ['Міст закрито.'], // Cyrillic with no telling letter
    ['A long English sentence quoting Дякуємо once.'], // mostly Latin
    ['12345'],
  ])('%s → none', (text) => expect(scriptLanguage(text)).toBeNull());
});

test('articleLanguage: sidecar first, then script, else unknown', () => {
  expect(articleLanguage('de', 'Дякуємо')).toMatchObject({ code: 'de', from: 'sidecar' });
  expect(articleLanguage(null, 'Дякуємо')).toMatchObject({ code: 'uk', from: 'script' });
  expect(articleLanguage(null, 'Danke')).toMatchObject({ code: null, from: 'unknown' });
});

test('langAttr: only where an element differs from its parent; "" for unknown', () => {
  expect(langAttr('uk', 'uk')).toBeUndefined();
  expect(langAttr('uk', 'en')).toBe('uk');
  expect(langAttr(null, 'en')).toBe('');
  expect(langAttr(null, null)).toBeUndefined();
});

test('sharedLanguage: one language for all, else the site language', () => {
  expect(sharedLanguage(['uk', 'uk'])).toBe('uk');
  expect(sharedLanguage(['uk', 'en'])).toBe('en');
  expect(sharedLanguage(['uk', null])).toBe('en');
});

describe('feeds carry languages', () => {
  const ctx = { site: new URL('https://news.example.org'), base: '/' };
  const uk: SitePage = { kind: 'article', path: '/articles/u/', title: 'Міст', description: 'Дек', language: 'uk' };
  const en: SitePage = { kind: 'context', path: '/context/c/', title: 'C', description: 'Summary' };

  test('a feed of mixed languages is English, and its Ukrainian item says so', () => {
    const feed = jsonFeed([uk, en], ctx) as { language: string; items: Array<{ language?: string }> };
    expect(feed.language).toBe('en');
    expect(feed.items.map((i) => i.language)).toEqual(['uk', undefined]);
  });

  test('a feed wholly in Ukrainian is in Ukrainian', () => {
    const feed = jsonFeed([uk], ctx) as { language: string; items: Array<{ language?: string }> };
    expect(feed.language).toBe('uk');
    expect(feed.items[0]!.language).toBeUndefined();
  });
});
