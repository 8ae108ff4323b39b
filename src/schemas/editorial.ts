/** Schemas for the editors' collections: cited sources, the claims ledger, key figures, timeline events. */
import { z } from 'astro/zod';
import { claimStatus, entityRef, evidenceStatus, isoDate, sentenceRef, webUrl } from './common.ts';
import type { RefFactory } from './refs.ts';

/**
 * A published source that context pages cite. Its headline is shown as a headline only when it was
 * recorded as published (`title`); otherwise the editors' `description` is shown, labelled as one.
 * What was not recorded (headline, date, address) is said by the list from the empty fields.
 */
export const sourceSchema = z
  .strictObject({
    /**
     * The headline or page title exactly as published. Leave it out when it was not recorded and write
     * `description` instead; never build one from the address or the publisher. A headline recorded only
     * in part ends in "…". Each source has a `title` or a `description`, not both.
     */
    title: z.string().min(3).max(240).optional(),
    /**
     * What the source is, in the editors' words, when its headline was not recorded, e.g. "Report on
     * the crash near Yablonovo". Readers see it labelled as a description. The publisher and date are
     * shown beside it: do not repeat them here.
     */
    description: z.string().min(3).max(240).optional(),
    /** Who published it, e.g. "TASS", "Kyiv Independent", "UN DPPA". */
    publisher: z.string().min(2).max(120),
    /** Address of the page. Leave out when the research notes give only a site name: never guess one. */
    url: webUrl.optional(),
    /** Publication date, where known. */
    date: isoDate.optional(),
    /** Copy in a web archive, where one is known. */
    archiveUrl: webUrl.optional(),
    /** Whose voice this is: state media and party outlets carry claims by their side, not facts. */
    perspective: z
      .enum(['independent', 'russian-state', 'ukrainian', 'un', 'reference', 'aggregator'])
      .default('independent'),
    /**
     * A short note for readers on how far to rely on it (e.g. "Wikipedia mirror"). Do not say here that
     * the headline, date or address was not recorded: the list says so from the empty fields.
     */
    note: z
      .string()
      .max(300)
      .refine((note) => !/\bnot\s+(?:been\s+)?recorded\b/i.test(note), {
        error:
          'do not say here what was not recorded: leave out `title`, `date` or `url` and the list says so; keep the note to how far to rely on the source',
      })
      .optional(),
  })
  .superRefine((source, ctx) => {
    if (source.title === undefined && source.description === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['description'],
        message: 'add "description: <what the source is>", or "title:" with the headline exactly as published',
      });
    } else if (source.title !== undefined && source.description !== undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['description'],
        input: source.description,
        message: 'keep "title" when the headline was recorded as published, otherwise "description": not both',
      });
    }
  });

const statusChange = (ref: RefFactory) =>
  z.strictObject({
    /** When the status changed. */
    date: isoDate,
    /** The status from that date on. */
    status: claimStatus,
    /** What changed, in neutral words, e.g. "The report was later retracted, the article says." */
    note: z.string().min(3).max(400),
    /** The article sentence that records the change, if any. */
    sentence: sentenceRef.optional(),
    /** A cited source for the change, if any (id in the `sources` collection). */
    source: ref('sources').optional(),
  });

/** One claim made by one party. The ledger, the hub's "what is claimed" and inline markers come from these. */
export const claimSchema = (ref: RefFactory) =>
  z.strictObject({
    /** Who makes the claim: `people/<id>` or `organisations/<id>`. */
    claimant: entityRef,
    /** The claimant as the article names them, e.g. "Moscow's defence ministry". */
    claimantLabel: z.string().min(2).max(120),
    /** The claim in their words (`quoted`, verbatim from the article) or as the article reports it (`reported`). */
    words: z.string().min(3).max(600),
    /** `quoted` words must appear verbatim in the source sentence; `reported` words are the article's paraphrase. */
    wordsKind: z.enum(['quoted', 'reported']),
    /** How the claim was made. */
    channel: z.enum([
      'telegram',
      'news-agencies',
      'plenary-session',
      'social-media',
      'statement',
      'local-media',
      'unknown',
    ]),
    /** The article sentence that reports the claim. */
    sentence: sentenceRef,
    /** Status now; must equal the last entry of `history` when there is one. */
    status: claimStatus,
    /** Dated changes of status, oldest first. */
    history: z.array(statusChange(ref)).default([]),
    /** What the claim is about, in two to six words, e.g. "who brought the plane down". */
    topic: z.string().min(3).max(80),
    /** Sources beyond the article, where the claim's status rests on them. */
    sources: z.array(ref('sources')).default([]),
  });

/** A number that matters, with who gives it and what it counts. */
export const figureSchema = (ref: RefFactory) =>
  z.strictObject({
    /** The number itself. */
    value: z.number().int().nonnegative(),
    /** What it counts, e.g. "Ukrainian prisoners of war on board". */
    counts: z.string().min(3).max(120),
    /** Who gives the figure: `people/<id>` or `organisations/<id>`. */
    claimant: entityRef,
    /** The claimant as the article names them. */
    claimantLabel: z.string().min(2).max(120),
    /** The article sentence that gives the figure. The number must appear in it, in digits or words. */
    sentence: sentenceRef,
    /** This figure is the sum of these figures (ids); checked at build time. */
    sumOf: z.array(ref('figures')).default([]),
    /** Position in the key-figures box (lower first). */
    order: z.number().int().default(100),
  });

/** A dated event on the timeline. */
export const eventSchema = (ref: RefFactory) =>
  z
    .strictObject({
      /** The day, in the time zone of the place where it happened. */
      date: isoDate,
      /** Local time of day as HH:MM, where known. */
      time: z
        .string()
        .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'write the time as HH:MM, 24-hour, e.g. 11:00' })
        .optional(),
      /** IANA time zone of `time`, e.g. "Europe/Moscow"; required with `time`. */
      timeZone: z.string().optional(),
      /** What happened, one neutral sentence, attributed where it is a claim. */
      text: z.string().min(5).max(400),
      /** The article sentence this rests on. */
      sentence: sentenceRef.optional(),
      /** The cited source this rests on. */
      source: ref('sources').optional(),
      /** How well sourced, as in the fact sheet. */
      status: evidenceStatus,
      /** Places involved. */
      places: z.array(ref('places')).default([]),
      /**
       * Only for an event that rests on a `source` listed by no story's pages, or by the pages of
       * several: the story it belongs to (the id of that story's hub). Otherwise its story follows from
       * its sentence or source.
       */
      story: ref('context').optional(),
    })
    .refine((e) => e.sentence || e.source, {
      error: 'give `sentence` or `source`: every event needs one',
      path: ['source'],
    })
    .refine((e) => !e.time || e.timeZone, {
      error: 'give `timeZone` with `time`, e.g. "Europe/Moscow"',
      path: ['timeZone'],
    });

export { evidenceStatus };
