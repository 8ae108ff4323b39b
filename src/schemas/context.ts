/** Editors' background pages (MDX in `src/content/context/`). */
import { z } from 'astro/zod';
import { isoDate } from './common.ts';
import type { RefFactory } from './refs.ts';

export const contextSchema = (ref: RefFactory) =>
  z.strictObject({
    /** Page title, as it appears in the browser tab and the h1. */
    title: z.string().min(5).max(90),
    /** One or two sentences that say what the page explains; shown in cards, feeds and link previews. */
    summary: z.string().min(20).max(300),
    /** When the page's facts were last changed. */
    updated: isoDate,
    /**
     * Every source the page cites with `<Cite>` (ids in the `sources` collection), in the order listed at the
     * foot of the page. Sentences of the article cited with `<SaysWho>` need no entry.
     */
    sources: z.array(ref('sources')).default([]),
    /** People the page is about or names. */
    people: z.array(ref('people')).default([]),
    /** Places the page is about or names. */
    places: z.array(ref('places')).default([]),
    /** Organisations the page is about or names. */
    organisations: z.array(ref('organisations')).default([]),
    /** Claims from the ledger the page discusses. */
    claims: z.array(ref('claims')).default([]),
    /**
     * Set on a story's hub, and only there: the story's articles (ids in the `articles` collection). This is
     * the one place an article's story is written; the hub's id is the story's id.
     */
    hubFor: z.array(ref('articles')).min(1, { error: 'name at least one article' }).optional(),
    /** On every other page: the story it belongs to (the id of that story's hub). */
    story: ref('context').optional(),
    /** Shown before the text where it describes deaths or shows a crash. */
    contentNotice: z.string().max(200).optional(),
    /** Corrections, oldest first; they appear on the page and in the corrections log. */
    corrections: z.array(z.strictObject({ date: isoDate, text: z.string().min(5).max(400) })).default([]),
    /** Position among the background cards (lower first). */
    order: z.number().int().default(100),
  });
