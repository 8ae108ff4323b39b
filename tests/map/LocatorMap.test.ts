/** Renders the component (needs the Astro-aware vitest config: `getViteConfig`). */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, test } from 'vitest';
import LocatorMap from '../../src/components/explainer/LocatorMap.astro';
import type { MapPlace } from '../../src/lib/map/locator.ts';

const places: MapPlace[] = [
  { id: 'crash-site', name: 'Crash site', lat: 50.89361, lon: 37.34139, kind: 'site', approximate: false, href: '/explainer/places/crash-site/' },
  { id: 'yablonovo', name: 'Yablonovo', lat: 50.89, lon: 37.34, kind: 'settlement', approximate: true, href: '/explainer/places/yablonovo/' },
  { id: 'kharkiv', name: 'Kharkiv', lat: 49.9925, lon: 36.23111, kind: 'city', approximate: false, href: '/explainer/places/kharkiv/' },
];

describe('LocatorMap', () => {
  let html = '';
  beforeAll(async () => {
    html = await (await AstroContainer.create()).renderToString(LocatorMap, { props: { places } });
  });
  const svg = () => html.match(/<svg[^>]*role="img"[\s\S]*?<\/svg>/)?.[0] ?? '';

  test('the SVG is an image named by its title and description', () => {
    const open = svg().match(/^<svg[^>]*>/)![0];
    const ids = open.match(/aria-labelledby="([^"]+)"/)![1]!.split(' ');
    expect(ids).toHaveLength(2);
    for (const id of ids) expect(html).toContain(`id="${id}"`);
    expect(svg()).toMatch(/<title id="locator-title">Where it happened<\/title>/);
  });

  test('the SVG stays under 15 KB and has no NaN', () => {
    expect(Buffer.byteLength(svg())).toBeLessThan(15_000);
    expect(html).not.toMatch(/NaN|Infinity|undefined/);
  });

  test('lists every place with a link, its coordinates, and says which are approximate', () => {
    for (const p of places) expect(html).toContain(`<a href="${p.href}">${p.name}</a>`);
    expect(html).toContain('50.89° N, 37.34° E');
    expect(html).toMatch(/Yablonovo<\/a>[^<]*<strong> \(approximate location\)<\/strong>/);
    const list = html.slice(html.indexOf('<ul'));
    expect(list.match(/approximate location/g)).toHaveLength(1);
  });

  test('draws no image from another host', () => {
    expect(html).not.toMatch(/https?:\/\//);
  });
});
