/** People, places and organisations named in the article or the context pages. One YAML file each. */
import { z } from 'astro/zod';
import { evidenceStatus, sentenceRef, slug } from './common.ts';
import type { RefFactory } from './refs.ts';

const entityBase = (ref: RefFactory) =>
  z.strictObject({
    /** Name as a reader knows it, e.g. "Vyacheslav Gladkov". */
    name: z.string().min(2).max(80),
    /**
     * Other spellings and short forms that ingest links to this entry, e.g. ["Gladkov", "Syniehubov"].
     * Matching is case-sensitive and on whole words; the longest match wins.
     */
    aliases: z.array(z.string().min(2)).default([]),
    /** What the source article calls this entry, word for word where possible. */
    role: z.string().max(200).optional(),
    /** The sentence of the article that gives `role`. */
    roleSentence: sentenceRef.optional(),
    /** One or two sentences of sourced background; every fact here must come from `sources`. */
    background: z.string().max(600).optional(),
    /** How well `background` is sourced, as the fact sheet tags it. */
    backgroundStatus: evidenceStatus.optional(),
    /** Sources for `background` (ids in the `sources` collection). */
    sources: z.array(ref('sources')).default([]),
  });

export const personSchema = (ref: RefFactory) => entityBase(ref);

export const organisationSchema = (ref: RefFactory) => entityBase(ref);

export const placeSchema = (ref: RefFactory) =>
  entityBase(ref).extend({
    /** What sort of place this is; decides the marker on the locator map. */
    kind: z.enum(['country', 'region', 'district', 'city', 'settlement', 'site']),
    /** Decimal degrees (WGS84), from a cited source. Leave out when no source gives them. */
    coordinates: z
      .strictObject({
        /** Latitude, north positive. */
        lat: z.number().min(-90).max(90),
        /** Longitude, east positive. */
        lon: z.number().min(-180).max(180),
        /** Source of the coordinates (id in the `sources` collection). */
        source: ref('sources'),
        /** True where the point is an approximation (e.g. a settlement near the real site). */
        approximate: z.boolean().default(false),
      })
      .optional(),
    /** The IANA time zone used to show local times, e.g. "Europe/Moscow". */
    timeZone: z.string().optional(),
  });

export type EntityCollection = 'people' | 'places' | 'organisations';
export const entityCollections: readonly EntityCollection[] = ['people', 'places', 'organisations'];
export { slug as entityId };
