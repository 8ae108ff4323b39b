/** People, places and organisations named in the article or the context pages. One YAML file each. */
import { z } from 'astro/zod';
import { entityRef, evidenceStatus, isoDate, sentenceRef, side } from './common.ts';
import type { RefFactory } from './refs.ts';

const placeKinds = ['country', 'region', 'district', 'city', 'settlement', 'site'] as const;
/** What sort of place an entry is; the locator map draws each kind with its own marker. */
export type PlaceKind = (typeof placeKinds)[number];

const entityBase = (ref: RefFactory) =>
  z.strictObject({
    /** Name as a reader knows it: a person "Vyacheslav Gladkov", a place "Belgorod region", an organisation "Russian Ministry of Defence". */
    name: z.string().min(2).max(80),
    /**
     * Other spellings and short forms that ingest links to this entry: ["Gladkov"] for a person,
     * ["Russia's defence ministry", "Moscow's defence ministry"] for an organisation.
     * Matching is case-sensitive and on whole words; the longest match wins.
     */
    aliases: z.array(z.string().min(2)).default([]),
    /** What the source article calls this entry, word for word where possible. */
    role: z.string().max(200).optional(),
    /** The sentence of the article that gives `role`. */
    roleSentence: sentenceRef.optional(),
    /** One or two sentences of sourced background; every fact here must come from `sources`. */
    background: z.string().max(600).optional(),
    /** How well `background` is sourced: independent outlets agree, one outlet, a party to the conflict, sources disagree, or uncontested. */
    backgroundStatus: evidenceStatus.optional(),
    /** Sources for `background` (ids in the `sources` collection). */
    sources: z.array(ref('sources')).default([]),
    /**
     * Whose voice it speaks with: needed for every claimant and every giver of evidence, so the
     * ledger can tell support from outside the claimant's camp from support by its own side.
     */
    side: side.optional(),
  });

/** A position a person held: office, command, leadership. Dated, so no page states it as if timeless. */
const roleSchema = (ref: RefFactory) =>
  z
    .strictObject({
      /** The position, e.g. "Governor of Belgorod region", "Chairman of the State Duma". */
      title: z.string().min(3).max(120),
      /** The organisation the position is in, where it has an entry: `organisations/<id>`. */
      organisation: entityRef.optional(),
      /** The first day in the position, as the source gives it. */
      from: isoDate,
      /** The last day in the position. Leave out while the sources say it is held; then give `asOf`. */
      to: isoDate.optional(),
      /** The date of the latest source that shows the position still held; shown as "as of <date>". */
      asOf: isoDate.optional(),
      /** Where the role and its dates come from (id in the `sources` collection). */
      source: ref('sources').optional(),
    })
    .refine((r) => r.to !== undefined || r.asOf !== undefined, {
      error: 'give `to` (the last day) or `asOf` (the date of the latest source that shows it held)',
      path: ['asOf'],
    });

export const personSchema = (ref: RefFactory) =>
  entityBase(ref).extend({
    /** Positions held, oldest first. A role without `to` is shown "as of" its `asOf` date, never as timeless. */
    roles: z.array(roleSchema(ref)).default([]),
  });

export const organisationSchema = (ref: RefFactory) => entityBase(ref);

export const placeSchema = (ref: RefFactory) =>
  entityBase(ref).extend({
    /** What sort of place this is; decides the marker on the locator map. */
    kind: z.enum(placeKinds),
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
