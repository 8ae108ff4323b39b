import { describe, expect, test } from 'vitest';
import { geoContains } from 'd3-geo';
import { loadAtlas, RUSSIA, UKRAINE } from '../../src/lib/map/atlas.ts';
import { buildLocatorMap, type MapPlace } from '../../src/lib/map/locator.ts';
import type { PlaceKind } from '../../src/schemas/entities.ts';
import { describeMap, formatCoordinates, mapPlaces } from '../../src/lib/map/places.ts';

const place = (id: string, name: string, lat: number, lon: number, kind: PlaceKind, approximate = false): MapPlace => ({
  id,
  name,
  lat,
  lon,
  kind,
  approximate,
  href: `/places/${id}/`,
});

// Coordinates as in src/content/places/; the Yablonovo pin is the crash-site point, marked approximate.
const crash = place('crash-site', 'Crash site', 50.89361, 37.34139, 'site');
const yablonovo = place('yablonovo', 'Yablonovo', 50.89, 37.34, 'settlement', true);
const belgorod = place('belgorod', 'Belgorod', 50.5997, 36.5983, 'city');
const kharkiv = place('kharkiv', 'Kharkiv', 49.9925, 36.23111, 'city');
const korocha = place('korocha', 'Korocha', 50.8167, 37.2, 'settlement');
const region = [crash, yablonovo, belgorod, kharkiv, korocha];
const wide = [
  place('kyiv', 'Kyiv', 50.45, 30.523, 'city'),
  place('moscow', 'Moscow', 55.75, 37.617, 'city'),
  place('olenivka', 'Olenivka', 47.833, 37.65, 'settlement'),
  place('kherson', 'Kherson', 46.6425, 32.625, 'city'),
  belgorod,
];

const allPaths = (m: ReturnType<typeof buildLocatorMap>) => [
  m.russia,
  m.ukraine,
  m.others,
  m.ruUaBorder,
  m.otherBorders,
];
const marker = (m: ReturnType<typeof buildLocatorMap>, id: string) => m.markers.find((x) => x.id === id)!;

describe('buildLocatorMap', () => {
  const map = buildLocatorMap(region);

  test('Kharkiv is drawn south-west of the crash site, Belgorod between them', () => {
    const [c, k, b] = [marker(map, 'crash-site'), marker(map, 'kharkiv'), marker(map, 'belgorod')];
    expect(k.x).toBeLessThan(c.x); // west
    expect(k.y).toBeGreaterThan(c.y); // south (SVG y grows downwards)
    expect(b.x).toBeGreaterThan(k.x);
    expect(b.x).toBeLessThan(c.x);
  });

  test('every marker is inside the frame', () => {
    for (const m of map.markers) {
      expect(m.x).toBeGreaterThan(0);
      expect(m.x).toBeLessThan(map.width);
      expect(m.y).toBeGreaterThan(0);
      expect(m.y).toBeLessThan(map.height);
    }
  });

  test('draws Russia, Ukraine and the border between them', () => {
    expect(map.russia.length).toBeGreaterThan(100);
    expect(map.ukraine.length).toBeGreaterThan(100);
    expect(map.ruUaBorder.length).toBeGreaterThan(100);
  });

  test.each([
    ['the border region', region],
    ['one place', [crash]],
    ['a wide frame', wide],
  ])('path data for %s has only path characters (no NaN) and stays under 9,000 characters', (_, places) => {
    const m = buildLocatorMap(places);
    const paths = allPaths(m);
    for (const d of paths) expect(d).toMatch(/^[mz\d.,-]*$/);
    expect(paths.join('').length).toBeLessThan(9000);
    expect(m.ruUaBorder.length, 'border in view').toBeGreaterThan(0);
    for (const n of [...m.markers.flatMap((x) => [x.x, x.y]), ...m.labels.flatMap((l) => [l.x, l.y])])
      expect(Number.isFinite(n)).toBe(true);
  });

  test('in a crowded frame, names never overlap: a place whose name does not fit gets a number', () => {
    const crowded = buildLocatorMap([
      ...wide,
      crash,
      kharkiv,
      korocha,
      { ...yablonovo, name: 'Korochansky district', kind: 'district' },
    ]);
    const box = (l: (typeof crowded.labels)[number]) => {
      const w = l.text.length * crowded.fontSize * 0.56;
      const x0 = l.anchor === 'start' ? l.x : l.anchor === 'end' ? l.x - w : l.x - w / 2;
      return { x0, x1: x0 + w, y0: l.y - crowded.fontSize * 0.8, y1: l.y + crowded.fontSize * 0.25 };
    };
    const named = crowded.labels.filter((l) => l.number === undefined).map(box);
    for (const [i, a] of named.entries())
      for (const b of named.slice(i + 1)) expect(a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1).toBe(false);
    const numbers = crowded.labels.flatMap((l) => (l.number === undefined ? [] : [l.number]));
    expect(numbers.length).toBeGreaterThan(0);
    expect(numbers).toEqual(numbers.map((_, i) => i + 1));
    for (const l of crowded.labels) if (l.number !== undefined) expect(l.text).toBe(String(l.number));
  });

  test('marks approximate places in their label', () => {
    expect(map.labels.map((l) => l.text)).toContain('Yablonovo (approx.)');
  });

  test('a scale bar of a round length', () => {
    expect([10, 20, 25, 50, 100]).toContain(map.scale.km);
    expect(map.scale.px).toBeGreaterThan(30);
  });

  test('throws a clear error without places', () => {
    expect(() => buildLocatorMap([])).toThrow(/at least one place/);
  });
});

describe('atlas', () => {
  test('Crimea is drawn as part of Ukraine (internationally recognised borders)', () => {
    const { countries } = loadAtlas('50m');
    const ua = countries.features.find((f) => f.id === UKRAINE)!;
    const ru = countries.features.find((f) => f.id === RUSSIA)!;
    expect(geoContains(ua, [34.1, 44.95])).toBe(true);
    expect(geoContains(ru, [34.1, 44.95])).toBe(false);
    expect(geoContains(ru, [36.6, 50.6])).toBe(true); // Belgorod stays in Russia
  });
});

describe('map places', () => {
  test('entries without coordinates are left out', () => {
    const entries = [
      {
        id: 'kharkiv',
        data: {
          name: 'Kharkiv',
          kind: 'city' as const,
          coordinates: { lat: 49.9925, lon: 36.23111, approximate: false },
        },
      },
      { id: 'korochansky-district', data: { name: 'Korochansky District', kind: 'district' as const } },
    ];
    expect(mapPlaces(entries, (id) => `/x/places/${id}/`)).toEqual([
      {
        id: 'kharkiv',
        name: 'Kharkiv',
        kind: 'city',
        lat: 49.9925,
        lon: 36.23111,
        approximate: false,
        href: '/x/places/kharkiv/',
      },
    ]);
  });

  test('coordinates read with hemispheres', () => {
    expect(formatCoordinates(50.89361, 37.34139)).toBe('50.89° N, 37.34° E');
    expect(formatCoordinates(-33.9, -70.6)).toBe('33.90° S, 70.60° W');
    // An entity page's precision: a southern latitude is "S", never a negative "N".
    expect(formatCoordinates(-33.9, 151.2, 4)).toBe('33.9000° S, 151.2000° E');
    expect(formatCoordinates(50.89361, 37.34139, 4)).toBe('50.8936° N, 37.3414° E');
  });

  test('the description names approximate places as such', () => {
    expect(describeMap([yablonovo])).toContain('Yablonovo (village or town, approximate location)');
  });
});
