import { describe, expect, test } from 'vitest';
import { contentSecurityPolicy, seoTags, type MetaTag } from '../../src/lib/seo/meta.ts';
import { absoluteUrl } from '../../src/lib/seo/urls.ts';

const input = {
  title: 'Claims · Il-76 crash explainer',
  description: 'Who claims what.',
  path: '/claims/',
  image: '/og/index.png',
};
const get = (meta: MetaTag[], key: string) =>
  meta.find((m) => ('property' in m ? m.property : m.name) === key)?.content;

describe('seoTags', () => {
  test('with SITE_URL: canonical, og:url and og:image are absolute and carry the base', () => {
    const { canonical, meta } = seoTags(input, { site: new URL('https://news.example.org'), base: '/explainer/' });
    expect(canonical).toBe('https://news.example.org/explainer/claims/');
    expect(get(meta, 'og:url')).toBe(canonical);
    expect(get(meta, 'og:image')).toBe('https://news.example.org/explainer/og/index.png');
    expect(get(meta, 'twitter:card')).toBe('summary_large_image');
  });

  test('without SITE_URL: no canonical, no og:url, no og:image, no URL at all', () => {
    const { canonical, meta } = seoTags(input, { site: undefined, base: '/explainer/' });
    expect(canonical).toBeNull();
    expect(get(meta, 'og:url')).toBeUndefined();
    expect(get(meta, 'og:image')).toBeUndefined();
    expect(get(meta, 'twitter:card')).toBe('summary');
    expect(JSON.stringify(meta)).not.toMatch(/https?:|\/explainer\//);
    expect(get(meta, 'og:title')).toBe(input.title);
    expect(get(meta, 'description')).toBe(input.description);
  });

  test('article pages carry their dates', () => {
    const { meta } = seoTags({ ...input, type: 'article', published: '2024-01-24' }, { site: undefined, base: '/' });
    expect(get(meta, 'og:type')).toBe('article');
    expect(get(meta, 'article:published_time')).toBe('2024-01-24');
    expect(get(meta, 'article:modified_time')).toBe('2024-01-24');
  });
});

describe('absoluteUrl', () => {
  test('joins site, base and path with single slashes', () => {
    expect(absoluteUrl('/a/', { site: 'https://h.example/', base: '/explainer' })).toBe(
      'https://h.example/explainer/a/',
    );
    expect(absoluteUrl('/', { site: 'https://h.example', base: '/' })).toBe('https://h.example/');
  });
});

describe('contentSecurityPolicy', () => {
  const directives = (csp: string) =>
    Object.fromEntries(csp.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1)]));

  test('allows only this origin, no inline script, no plugins', () => {
    const d = directives(contentSecurityPolicy());
    expect(d['default-src']).toEqual(["'self'"]);
    expect(d['script-src']).toEqual(["'self'"]);
    expect(d['object-src']).toEqual(["'none'"]);
    expect(d['base-uri']).toEqual(["'self'"]);
    expect(d['form-action']).toEqual(["'self'"]);
    expect(d['img-src']).toEqual(["'self'", 'data:']);
    expect(contentSecurityPolicy()).not.toMatch(/https?:|\*/);
  });

  test('the search page may also compile WebAssembly (Pagefind), still no inline script', () => {
    const d = directives(contentSecurityPolicy({ search: true }));
    expect(d['script-src']).toEqual(["'self'", "'wasm-unsafe-eval'"]);
  });
});
