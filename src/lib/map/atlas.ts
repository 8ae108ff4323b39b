/**
 * Country shapes for the locator map, from Natural Earth via the npm package `world-atlas`
 * (public domain; read from node_modules at build time, never fetched).
 *
 * Natural Earth draws "de facto" borders and puts Crimea inside Russia. This site draws internationally
 * recognised borders, so the Crimea polygon is moved from Russia to Ukraine before anything is drawn; the
 * map's caption says so.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { geoContains } from 'd3-geo';
import { feature, mesh } from 'topojson-client';
import type { Feature, FeatureCollection, Geometry, MultiLineString } from 'geojson';
import type { GeometryCollection, MultiPolygon, Polygon, Topology } from 'topojson-specification';

/** ISO 3166-1 numeric codes, as world-atlas uses for ids. */
export const RUSSIA = '643';
export const UKRAINE = '804';

export interface CountryProps {
  name: string;
}
/** West, south, east, north in degrees (planar; conservative for shapes that cross the antimeridian). */
export type Bounds = [number, number, number, number];

export interface Atlas {
  countries: FeatureCollection<Geometry, CountryProps>;
  /** Bounds of each country, in the order of `countries.features`, to skip countries far out of view. */
  countryBounds: Bounds[];
  /** The Russia–Ukraine land border. */
  ruUaBorder: MultiLineString;
  /** Every other land border between two countries. */
  otherBorders: MultiLineString;
}

type Countries = GeometryCollection<CountryProps>;
type CountriesTopology = Topology<{ countries: Countries }>;

/** A point in Crimea (Simferopol), used to find the peninsula's polygon. */
const CRIMEA: [number, number] = [34.1, 44.95];

const cache = new Map<Resolution, Atlas>();

/** Natural Earth scales: 1:10m for a region, 1:50m when the frame spans countries. */
export type Resolution = '10m' | '50m';

/** Loads and prepares one resolution once per process (the 10m file takes about a second). */
export function loadAtlas(resolution: Resolution = '10m'): Atlas {
  const hit = cache.get(resolution);
  if (hit) return hit;
  const file = createRequire(import.meta.url).resolve(`world-atlas/countries-${resolution}.json`);
  const atlas = prepareAtlas(JSON.parse(readFileSync(file, 'utf8')) as CountriesTopology);
  cache.set(resolution, atlas);
  return atlas;
}

/** Pure: turns a world-atlas topology into the shapes the map draws. */
export function prepareAtlas(topology: CountriesTopology): Atlas {
  const objects = topology.objects.countries;
  const move = moveCrimea(topology, objects.geometries);
  const geometries = objects.geometries.map(move);
  const fixed: CountriesTopology = { ...topology, objects: { countries: { ...objects, geometries } } };
  const countries = feature(fixed, fixed.objects.countries) as FeatureCollection<Geometry, CountryProps>;
  const isRuUa = (a: { id?: string | number | undefined }, b: { id?: string | number | undefined }) =>
    (a.id === RUSSIA && b.id === UKRAINE) || (a.id === UKRAINE && b.id === RUSSIA);
  return {
    countries,
    countryBounds: countries.features.map((f) => bounds(f.geometry)),
    ruUaBorder: mesh(fixed, fixed.objects.countries, (a, b) => isRuUa(a, b)),
    otherBorders: mesh(fixed, fixed.objects.countries, (a, b) => a !== b && !isRuUa(a, b)),
  };
}

/** Bounds of every coordinate in a geometry. */
export function bounds(geometry: Geometry | MultiLineString | { type: 'LineString'; coordinates: number[][] }): Bounds {
  const b: Bounds = [Infinity, Infinity, -Infinity, -Infinity];
  const visit = (c: unknown): void => {
    if (!Array.isArray(c)) return;
    if (typeof c[0] === 'number') {
      const [x, y] = c as [number, number];
      if (x < b[0]) b[0] = x;
      if (y < b[1]) b[1] = y;
      if (x > b[2]) b[2] = x;
      if (y > b[3]) b[3] = y;
      return;
    }
    for (const child of c) visit(child);
  };
  if (geometry.type === 'GeometryCollection')
    for (const g of geometry.geometries) visit('coordinates' in g ? g.coordinates : []);
  else visit(geometry.coordinates);
  return b;
}

type CountryGeometry = Countries['geometries'][number];

/**
 * Russia without the Crimea polygon, Ukraine with it; every other country unchanged. The polygon is found
 * once (a containment test on each of Russia's polygons), not once per country.
 */
function moveCrimea(topology: CountriesTopology, all: CountryGeometry[]): (g: CountryGeometry) => CountryGeometry {
  const russia = all.find((c) => c.id === RUSSIA);
  if (!russia || russia.type !== 'MultiPolygon') return (g) => g;
  const index = russia.arcs.findIndex((arcs) => {
    const polygon: Polygon<CountryProps> = { type: 'Polygon', arcs };
    const f = feature(topology, polygon) as Feature;
    return geoContains(f, CRIMEA);
  });
  const crimea = russia.arcs[index];
  if (!crimea) return (g) => g;
  return (g) => {
    if (g.id === RUSSIA) return { ...russia, arcs: russia.arcs.filter((_, i) => i !== index) };
    if (g.id === UKRAINE) {
      const arcs = g.type === 'Polygon' ? [g.arcs] : g.type === 'MultiPolygon' ? g.arcs : [];
      const ukraine: MultiPolygon<CountryProps> = { type: 'MultiPolygon', arcs: [...arcs, crimea], id: g.id };
      if (g.properties) ukraine.properties = g.properties as CountryProps;
      return ukraine;
    }
    return g;
  };
}
