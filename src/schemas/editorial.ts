/** Schemas for the editors' collections: cited sources, the claims ledger, key figures, timeline events. */
import { z } from 'astro/zod';
import { claimStatus, entityRef, evidenceStatus, isoDate, sentenceRef, slug, stance, webUrl } from './common.ts';
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
    /** Address of the page. Leave out when only the site is known, not the page: never guess one. */
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

/**
 * What a claim or figure rests on: an article sentence, or a cited source with the words as that
 * source reported them. Exactly one of `sentence` and `source`.
 */
const basisRefine = <T extends { sentence?: unknown; source?: unknown; words?: unknown }>(b: T) =>
  (b.sentence === undefined) !== (b.source === undefined);
const basisError = {
  error: 'give `sentence` (an article sentence) or `source` with `words`, not both and not neither',
  path: ['sentence'],
};

/** One dated piece of evidence on a claim: who gave it, what it rests on, and what it does to the claim. */
const evidenceSchema = (ref: RefFactory) =>
  z
    .strictObject({
      /** When it was said or published. */
      date: isoDate,
      /** Who gives it: `people/<id>` or `organisations/<id>` (their `side` decides what it can do). */
      by: entityRef,
      /**
       * `supports`, `contradicts`, `cannot-verify` (says it could not be verified), `withdraws` (only the
       * claimant can), or `repeats` (reports or matches it without confirming it independently, e.g. the
       * claimant's own side; never changes the status).
       */
      stance,
      /** For `withdraws` only: `full`, or `part` (say in `note` which part). */
      scope: z.enum(['full', 'part']).optional(),
      /** The article sentence that records it. */
      sentence: sentenceRef.optional(),
      /** The cited source that records it (id in the `sources` collection). */
      source: ref('sources').optional(),
      /** A neutral whole clause naming who, in the past tense, e.g. "Ukraine's military intelligence said only five bodies had reached the morgue". */
      note: z.string().min(10).max(400),
    })
    .refine(basisRefine, basisError)
    .refine((e) => (e.stance === 'withdraws') === (e.scope !== undefined), {
      error: 'give `scope: full` or `scope: part` with `stance: withdraws`, and only there',
      path: ['scope'],
    });

/** One claim made by one party. The ledger, the hub's questions and inline markers come from these. */
export const claimSchema = (ref: RefFactory) =>
  z
    .strictObject({
      /** The open question it belongs to (id in the `questions` collection). */
      question: ref('questions'),
      /** Who makes the claim: `people/<id>` or `organisations/<id>`. */
      claimant: entityRef,
      /** The claim as one whole sentence naming the claimant, in the past tense, e.g. "Russia's defence ministry said 74 people were aboard." */
      text: z.string().min(20).max(400),
      /** The article sentence that reports the claim. Give this or `source`. */
      sentence: sentenceRef.optional(),
      /** A cited source that reports the claim (id in the `sources` collection). Give this or `sentence`. */
      source: ref('sources').optional(),
      /** The claim in their words (`quoted`, verbatim from the sentence or source) or as the sentence or source reports it (`reported`). */
      words: z.string().min(3).max(600),
      /** `quoted` words must appear verbatim in the article sentence; `reported` words are a paraphrase. */
      wordsKind: z.enum(['quoted', 'reported']),
      /** How the claim was made. */
      channel: z
        .enum(['telegram', 'news-agencies', 'plenary-session', 'social-media', 'statement', 'local-media', 'unknown'])
        .default('unknown'),
      /** When the claim was made. */
      made: isoDate,
      /** Dated evidence, oldest first. The status and its history are computed from it, never typed. */
      evidence: z.array(evidenceSchema(ref)).default([]),
      /** Never typed: the status is computed from `evidence`. `npm run check` reports a typed one. */
      status: claimStatus.optional(),
    })
    .refine(basisRefine, {
      ...basisError,
      error: 'give `sentence` (an article sentence) or `source`, not both and not neither',
    });

/** An open question a story raises. The hub shows each with where it stands and its claims. */
export const questionSchema = (ref: RefFactory) =>
  z.strictObject({
    /** The question as a reader would ask it, e.g. "Who was aboard?" */
    question: z.string().min(8).max(120),
    /** Position on the hub (lower first). */
    order: z.number().int().default(100),
    /** One cited line saying where the question stands, in neutral, attributed words. */
    standing: z
      .strictObject({
        /** The line itself, e.g. "By February 2024 there had been no independent check of who was aboard, Reuters reported." */
        text: z.string().min(20).max(300),
        /** The article sentence it rests on. */
        sentence: sentenceRef.optional(),
        /** The cited source it rests on (id in the `sources` collection). */
        source: ref('sources').optional(),
      })
      .refine(basisRefine, basisError),
  });

/** A number that matters, with who gives it and what it counts. */
export const figureSchema = (ref: RefFactory) =>
  z
    .strictObject({
      /** The number itself. */
      value: z.number().int().nonnegative(),
      /** `about`, `at-least` or `more-than` where the source gives the number so; shown before it. */
      qualifier: z.enum(['about', 'at-least', 'more-than']).optional(),
      /** What it counts, e.g. "Ukrainian prisoners of war on board". */
      counts: z.string().min(3).max(120),
      /** Who gives the figure: `people/<id>` or `organisations/<id>`. */
      claimant: entityRef,
      /** The claimant as the page names them; the entry's name when left out. */
      claimantLabel: z.string().min(2).max(120).optional(),
      /** The article sentence that gives the figure. The number must appear in it, in digits or words. */
      sentence: sentenceRef.optional(),
      /** A cited source that gives the figure (id in the `sources` collection); give `words` with it. */
      source: ref('sources').optional(),
      /** With `source`: the words as that source reported them. The number must appear in them, in digits or words. */
      words: z.string().min(3).max(400).optional(),
      /** When the figure was given, where known. */
      date: isoDate.optional(),
      /** Figures meant to agree (e.g. one death toll from several sources) share a group; a group shown on a page lists each value with who gives it. */
      group: slug.optional(),
      /** This figure is the sum of these figures (ids); checked at build time. */
      sumOf: z.array(ref('figures')).default([]),
      /** Position in the key-figures box or its group (lower first). */
      order: z.number().int().default(100),
    })
    .refine(basisRefine, basisError)
    .refine((f) => f.source === undefined || f.words !== undefined, {
      error: 'give `words`: the words of the source that give the number',
      path: ['words'],
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
      /** How well sourced: independent outlets agree, one outlet, a party to the conflict, sources disagree, or uncontested. */
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
