import { describe, expect, test } from 'vitest';
import { site } from '../../src/site/settings.ts';
import { breadcrumbList, claim, newsArticle, person, place, serializeJsonLd } from '../../src/lib/seo/jsonld.ts';

const withSite = { site: 'https://news.example.org', base: '/explainer/' };
const noSite = { site: undefined, base: '/explainer/' };

describe('NewsArticle', () => {
  test('has absolute URLs with the base when the site is known', () => {
    const a = newsArticle(
      {
        headline: 'H',
        description: 'D',
        path: '/articles/x/',
        datePublished: '2024-01-24',
        image: '/og/articles/x.png',
      },
      withSite,
    );
    expect(a).toMatchObject({
      '@type': 'NewsArticle',
      headline: 'H',
      url: 'https://news.example.org/explainer/articles/x/',
      image: 'https://news.example.org/explainer/og/articles/x.png',
      datePublished: '2024-01-24',
      dateModified: '2024-01-24',
      publisher: { '@type': 'Organization', name: site.name, url: 'https://news.example.org/explainer/' },
    });
  });

  test('uses base-relative URLs without a site, and never a host', () => {
    const a = newsArticle({ headline: 'H', description: 'D', path: '/articles/x/' }, noSite);
    expect(a['url']).toBe('/explainer/articles/x/');
    expect(JSON.stringify(a)).not.toMatch(/https?:\/\//);
  });

  test('leaves out what it was not given', () => {
    const a = newsArticle({ headline: 'H', description: 'D', path: '/p/' }, noSite);
    expect(a).not.toHaveProperty('datePublished');
    expect(a).not.toHaveProperty('image');
    expect(a).not.toHaveProperty('isBasedOn');
  });

  test('credits the original publisher as author of a source article', () => {
    const a = newsArticle(
      { headline: 'H', description: 'D', path: '/a/', author: { type: 'Organization', name: 'AFP' } },
      noSite,
    );
    expect(a['author']).toEqual({ '@type': 'Organization', name: 'AFP' });
  });
});

describe('Person', () => {
  test('carries aliases as alternateName and the role as description', () => {
    expect(
      person(
        {
          name: 'Vyacheslav Volodin',
          path: '/people/vyacheslav-volodin/',
          alternateNames: ['Volodin'],
          description: 'the top lawmaker',
        },
        withSite,
      ),
    ).toEqual({
      '@type': 'Person',
      name: 'Vyacheslav Volodin',
      alternateName: ['Volodin'],
      description: 'the top lawmaker',
      url: 'https://news.example.org/explainer/people/vyacheslav-volodin/',
    });
  });
});

describe('Place', () => {
  test('has GeoCoordinates, and an approximate point says so', () => {
    const p = place(
      { name: 'Yablonovo', path: '/places/yablonovo/', coordinates: { lat: 50.89, lon: 37.34, approximate: true } },
      noSite,
    );
    expect(p['geo']).toEqual({
      '@type': 'GeoCoordinates',
      latitude: 50.89,
      longitude: 37.34,
      description: 'Approximate location',
    });
  });

  test('has no geo without coordinates', () => {
    expect(place({ name: 'Korochansky District', path: '/places/k/' }, noSite)).not.toHaveProperty('geo');
  });
});

describe('Claim', () => {
  test('names the claimant as author and the article sentence as appearance', () => {
    const c = claim(
      {
        text: 'the plane had been "shot down" by Kyiv',
        claimant: { type: 'Person', name: 'Vyacheslav Volodin', path: '/people/vyacheslav-volodin/' },
        appearance: { path: '/articles/il76/#p8s1', headline: 'Russia says plane…', datePublished: '2024-01-24' },
        topic: 'who brought the plane down',
        path: '/claims/#volodin-shot-down',
      },
      withSite,
    );
    expect(c).toMatchObject({
      '@type': 'Claim',
      author: {
        '@type': 'Person',
        name: 'Vyacheslav Volodin',
        url: 'https://news.example.org/explainer/people/vyacheslav-volodin/',
      },
      appearance: { '@type': 'NewsArticle', url: 'https://news.example.org/explainer/articles/il76/#p8s1' },
      about: { '@type': 'Thing', name: 'who brought the plane down' },
      url: 'https://news.example.org/explainer/claims/#volodin-shot-down',
    });
    expect(c).not.toHaveProperty('reviewRating'); // records claims, never rates them
  });
});

describe('BreadcrumbList', () => {
  test('numbers the crumbs from 1 and links the last one to the current page', () => {
    const b = breadcrumbList([{ label: 'Home', href: '/' }, { label: 'Claims' }], '/claims/', noSite);
    expect(b['itemListElement']).toEqual([
      { '@type': 'ListItem', position: 1, name: 'Home', item: '/explainer/' },
      { '@type': 'ListItem', position: 2, name: 'Claims', item: '/explainer/claims/' },
    ]);
  });
});

describe('serializeJsonLd', () => {
  test('no string can close the script element, and the JSON reads back unchanged', () => {
    const hostile = { '@type': 'Thing', name: '</script><script>alert(1)</script> <!-- & \u2028' };
    const text = serializeJsonLd(hostile);
    expect(text).not.toMatch(/<|>|&|\u2028/);
    expect(JSON.parse(text)).toEqual({ '@context': 'https://schema.org', ...hostile });
  });

  test('several objects go under one @graph with one context', () => {
    const parsed = JSON.parse(serializeJsonLd([{ '@context': 'https://schema.org', '@type': 'A' }, { '@type': 'B' }]));
    expect(parsed).toEqual({ '@context': 'https://schema.org', '@graph': [{ '@type': 'A' }, { '@type': 'B' }] });
  });
});
