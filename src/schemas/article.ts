/**
 * Generated articles (`src/content/articles/*.json`, written by `npm run ingest`, never by hand).
 * The file is data only: everything ingest extracted, each sentence stated once. Pages build the
 * article's markup from it (`src/text/markup.ts`); the checker and tests read the same fields.
 */
import { z } from 'astro/zod';
import { LANGUAGE_TAG } from '../text/language.ts';
import { isoDate } from './common.ts';

/** A BCP 47 tag (`en`, `uk`). */
const languageTag = z.string().regex(LANGUAGE_TAG);

const span = { start: z.number().int().nonnegative(), end: z.number().int().positive() };

export const sentenceSchema = z.strictObject({
  /** `p<paragraph>s<sentence>`, stable for the same source text. */
  id: z.string().regex(/^p\d+s\d+$/),
  /** The sentence exactly as in the source. */
  text: z.string().min(1),
});

export const paragraphSchema = z.strictObject({
  /** `p<n>`, counted from 1 after the headline; posts are counted too. */
  id: z.string().regex(/^p\d+$/),
  /** `text` paragraphs hold prose; `post` paragraphs are embedded social posts; `credits` is a
   * "(Reporting by …; Editing by …)" line, shown under the article and holding no sentences. */
  kind: z.enum(['text', 'post', 'credits']),
  /** The paragraph exactly as in the source (for a post, the post's text without its trailing links). */
  text: z.string(),
  /** Only where it differs from the article's: the language its letters make certain. */
  language: languageTag.optional(),
  sentences: z.array(sentenceSchema),
});

export const postSchema = z.strictObject({
  /** Paragraph id of the post. */
  paragraph: z.string(),
  text: z.string(),
  author: z.string(),
  /** Handle without the leading @: `BNONews`, `council.bsky.social`, `tollund@social.example`. */
  handle: z.string(),
  /** Read from the handle: X (no dot), Bluesky (a domain name), Mastodon (`user@instance`). */
  platform: z.enum(['x', 'bluesky', 'mastodon']),
  /** Entity id of the author where their name or an alias matched, e.g. `organisations/bno-news`. */
  entity: z.string().nullable(),
  date: isoDate,
  /** The attribution line exactly as printed (`— BNO News (@BNONews) January 24, 2024`); the card shows it verbatim. */
  attribution: z.string(),
  /** The media link exactly as printed, e.g. `pic.twitter.com/k75m9l9pmw`. */
  media: z.string().nullable(),
  /** Other links the post ends with, exactly as printed (`https://t.co/Xy12AbC9`); shown, never loaded. */
  links: z.array(z.string()),
  /** True where the article calls the video or images unverified. */
  unverified: z.boolean(),
  /** The sentence that calls it unverified. */
  unverifiedBy: z.string().nullable(),
});

export const quoteSchema = z.strictObject({
  sentence: z.string(),
  ...span,
  /** The quoted words, without the quotation marks. */
  text: z.string(),
  /** The speaker as the article names them, or null where the article names none. */
  speaker: z.string().nullable(),
  /** How the speaker was found: named in the sentence, carried from the previous quote, or a pronoun resolved. */
  speakerFrom: z.enum(['sentence', 'previous-quote', 'pronoun', 'none']),
  /** Entity id of the speaker where an alias matched, e.g. `people/vyacheslav-volodin`. */
  entity: z.string().nullable(),
  /** True for a whole quoted sentence, false for a few quoted words inside reported speech. */
  direct: z.boolean(),
  /** Only where it differs from its paragraph's: the language its letters make certain. */
  language: languageTag.optional(),
});

export const statementSchema = z.strictObject({
  sentence: z.string(),
  claimant: z.string(),
  entity: z.string().nullable(),
  verb: z.string(),
  /** What the claimant said, as the article reports it. */
  content: z.string(),
  /** Telegram, social media, news agencies, a plenary session… where the sentence says. */
  channel: z.string().nullable(),
});

export const countSchema = z.strictObject({
  sentence: z.string(),
  ...span,
  value: z.number().int().nonnegative(),
  /** The number as written: "65", "six". */
  written: z.string(),
  /** The noun phrase counted: "Ukrainian prisoners of war", "crew members". */
  noun: z.string(),
});

export const dateMentionSchema = z.strictObject({
  sentence: z.string(),
  ...span,
  written: z.string(),
  /** Resolved day (YYYY-MM-DD), month (YYYY-MM) or year (YYYY); null where it cannot be resolved. */
  resolved: z.string().nullable(),
  /** For clock times: the instant in UTC. */
  utc: z.string().nullable(),
  /** How it was resolved, for a reader who doubts it. */
  how: z.string(),
});

export const mentionSchema = z.strictObject({
  sentence: z.string(),
  ...span,
  text: z.string(),
  entity: z.string(),
});

export const articleSchema = z.strictObject({
  /** The headline, exactly as in the source. */
  title: z.string().min(1),
  /** Only where it differs from the article's: the language the headline's letters make certain. */
  titleLanguage: languageTag.optional(),
  /** The lede: the first paragraph after the headline. */
  dek: z.string(),
  /** The article's language and how it was found (see `src/text/language.ts`). */
  language: z.strictObject({
    /** null where neither the sidecar nor the letters settle it; the page then says so and marks the text `lang=""`. */
    code: languageTag.nullable(),
    from: z.enum(['sidecar', 'script', 'unknown']),
    note: z.string(),
  }),
  /** The dateline that opens the first paragraph (`TOLLUND, March 4 (Wire) - `), kept verbatim there. */
  dateline: z
    .strictObject({
      paragraph: z.string(),
      /** Exactly as printed, dash and space included. */
      text: z.string(),
      place: z.string(),
      /** The day as printed, or null. */
      written: z.string().nullable(),
      agency: z.string().nullable(),
    })
    .nullable(),
  /** Publication day and how it was found. */
  published: z.strictObject({
    date: isoDate.nullable(),
    derivedFrom: z.enum(['sidecar', 'dateline', 'embedded-posts', 'unknown']),
    note: z.string(),
  }),
  /** Where the text came from. */
  source: z.strictObject({
    file: z.string(),
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
    publisher: z.string(),
    url: z.string(),
    language: z.string(),
  }),
  /** From the sidecar's `contentNotice`: what a reader should know before reading; absent when none. */
  contentNotice: z.string().optional(),
  /**
   * Marks the file as generated, first in the file: `note` says not to edit it (JSON has no comments)
   * and `hash`, the sha256 of the file without its hash line, detects hand edits (ingest refuses to
   * overwrite them).
   */
  generated: z.strictObject({ by: z.string(), note: z.string(), hash: z.string().regex(/^[0-9a-f]{64}$/) }),
  counts: z.strictObject({
    paragraphs: z.number().int(),
    sentences: z.number().int(),
    posts: z.number().int(),
    quotes: z.number().int(),
    statements: z.number().int(),
    figures: z.number().int(),
    dates: z.number().int(),
    mentions: z.number().int(),
  }),
  paragraphs: z.array(paragraphSchema),
  posts: z.array(postSchema),
  quotes: z.array(quoteSchema),
  statements: z.array(statementSchema),
  figures: z.array(countSchema),
  dates: z.array(dateMentionSchema),
  mentions: z.array(mentionSchema),
  /** Capitalised names that matched no person, place or organisation: candidates for new entries. */
  unmatchedNames: z.array(z.string()),
});

export type Article = z.infer<typeof articleSchema>;
export type Post = z.infer<typeof postSchema>;
