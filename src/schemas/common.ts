/**
 * Building blocks shared by every content schema. The schemas in this folder are the single
 * source of truth for content types: `src/content.config.ts` wires them to loaders, and
 * `scripts/check.ts` validates editors' files against the very same objects.
 */
import { entityCollections } from './collections.ts';
import { z } from 'astro/zod';
import { isCalendarDay } from '../text/dates.ts';

/** Lower-case words joined by hyphens, as used for every entry id and file name. */
export const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'use lower-case letters, digits and hyphens, e.g. "olenivka-2022"' });

/**
 * A calendar date written as YYYY-MM-DD. YAML reads an unquoted `2024-01-24` as a timestamp, so a
 * Date is turned back into its day; the value is kept as a string so no time zone can shift it.
 */
export const isoDate = z.preprocess(
  (v) => (v instanceof Date && !Number.isNaN(v.getTime()) ? v.toISOString().slice(0, 10) : v),
  z
    .string({ error: 'write the date as YYYY-MM-DD, e.g. 2024-01-24' })
    .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'write the date as YYYY-MM-DD, e.g. 2024-01-24' })
    .refine(isCalendarDay, { error: 'that day does not exist in the calendar' }),
);

/** An `http(s)` address. Never invent one: leave the field out when the address is not known. */
export const webUrl = z.url({ protocol: /^https?$/, error: 'write a full address starting with https://' });

/**
 * A sentence of a generated article: `<article id>#<sentence id>`, e.g. `il76-crash-2024-01-24#p10s1`.
 * Sentence ids are printed by `npm run ingest` and shown on hover in the article page.
 */
export const sentenceRef = z.string().regex(/^[a-z0-9-]+#p\d+s\d+$/, {
  error: 'write "<article id>#p<paragraph>s<sentence>", e.g. "il76-crash-2024-01-24#p3s1"',
});

/** How far a statement can be trusted: how many independent sources give it, or who claims it. */
export const evidenceStatus = z.enum([
  'multiple-sources',
  'single-source',
  'claim-by-party',
  'disputed',
  'general-knowledge',
]);
export type EvidenceStatus = z.infer<typeof evidenceStatus>;

/**
 * Where a claim stands. Never typed by editors: computed from the claim's dated evidence by
 * `src/lib/claim-status.ts`, under the rules written in docs/editing.md.
 */
export const claimStatus = z.enum(['asserted', 'unverified', 'disputed', 'retracted', 'corroborated']);
export type ClaimStatus = z.infer<typeof claimStatus>;

/**
 * Whose voice a person or organisation speaks with. The code groups sides into camps: the Russian
 * camp (`russian-state`, `russian-media`), the Ukrainian camp (`ukrainian-state`, `ukrainian-media`);
 * every other side is independent of both (see `campOf` in `src/lib/claim-status.ts`).
 */
export const side = z.enum([
  'russian-state',
  'russian-media',
  'ukrainian-state',
  'ukrainian-media',
  'international-body',
  'independent-media',
  'foreign-state',
  'other',
]);
export type Side = z.infer<typeof side>;

/** What one piece of evidence does to a claim. */
export const stance = z.enum(['supports', 'contradicts', 'cannot-verify', 'withdraws', 'repeats']);
export type Stance = z.infer<typeof stance>;

/** A reference to a person, place or organisation: `<collection>/<id>`, e.g. `people/vyacheslav-volodin`. */
export const entityRef = z.string().regex(new RegExp(`^(${entityCollections.join('|')})/[a-z0-9-]+$`), {
  error: `write ${new Intl.ListFormat('en-GB', { type: 'disjunction' }).format(entityCollections.map((c) => `"${c}/<id>"`))}, e.g. "people/vyacheslav-gladkov"`,
});
