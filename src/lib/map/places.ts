/** Turning `places` entries into map places, and the words the map's list uses. */
import { entityHref } from '../paths.ts';
import type { PlaceKind } from '../../schemas/entities.ts';
import type { MapPlace } from './locator.ts';

/** The part of a `places` collection entry the map needs (structural, so tests need no Astro). */
export interface PlaceEntryLike {
  id: string;
  data: {
    name: string;
    kind: PlaceKind;
    coordinates?: { lat: number; lon: number; approximate: boolean } | undefined;
  };
}

/**
 * Map places for the entries that have coordinates, in the order given; entries without coordinates
 * are left out (no source gives them, so they are not drawn).
 *
 * ```astro
 * <LocatorMap places={mapPlaces(await getCollection('places'))} />
 * ```
 */
export function mapPlaces(
  entries: readonly PlaceEntryLike[],
  href: (id: string) => string = (id) => entityHref(`places/${id}`),
): MapPlace[] {
  return entries.flatMap(({ id, data }) =>
    data.coordinates
      ? [
          {
            id,
            name: data.name,
            kind: data.kind,
            lat: data.coordinates.lat,
            lon: data.coordinates.lon,
            approximate: data.coordinates.approximate,
            href: href(id),
          },
        ]
      : [],
  );
}

/**
 * `50.89° N, 37.34° E`: hemisphere letters instead of signs; two decimals (about a kilometre) unless
 * `digits` says otherwise (an entity page gives four).
 */
export function formatCoordinates(lat: number, lon: number, digits = 2): string {
  const part = (v: number, pos: string, neg: string) => `${Math.abs(v).toFixed(digits)}° ${v < 0 ? neg : pos}`;
  return `${part(lat, 'N', 'S')}, ${part(lon, 'E', 'W')}`;
}

/** The marker a place gets: areas (country, region, district) share one symbol. */
export type MarkerSymbol = 'city' | 'settlement' | 'site' | 'area';

export function markerSymbol(kind: PlaceKind): MarkerSymbol {
  return kind === 'city' || kind === 'settlement' || kind === 'site' ? kind : 'area';
}

/** The kind in the reader's words, e.g. "settlement". */
export const kindLabel: Record<PlaceKind, string> = {
  country: 'country',
  region: 'region',
  district: 'district',
  city: 'city',
  settlement: 'village or town',
  site: 'site',
};

/** One sentence that says what the map shows, for the SVG's description. */
export function describeMap(places: readonly MapPlace[]): string {
  const names = places.map((p) => `${p.name} (${kindLabel[p.kind]}${p.approximate ? ', approximate location' : ''})`);
  return `Map of the border region between Russia and Ukraine, marking ${names.join('; ')}. The same places are listed with their coordinates below the map.`;
}
