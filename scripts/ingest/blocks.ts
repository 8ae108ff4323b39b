/**
 * Blocks: text → headline and blocks. A scraped article is one paragraph per line; scraper
 * boilerplate lines are dropped and the first remaining line is the headline. The other lines are:
 *   - an embedded social post: a line followed by an attribution line
 *     (`— Name (@handle) Month D, YYYY`); the post may end in a media link (`pic.twitter.com/…`,
 *     `pic.x.com/…`), other links (`https://t.co/…`) or nothing. X, Bluesky (`@name.bsky.social`,
 *     `@example.org`) and Mastodon (`@user@instance`) handles; dates as `Jan 24, 2024`,
 *     `January 24, 2024` or `24 January 2024`, with Bluesky's ` at 10:15 AM` allowed after;
 *   - a credits line: `(Reporting by …; Editing by …)`, `Additional reporting by …`;
 *   - a text paragraph, the first of which may open with a dateline (see `datelines.ts`).
 */
import { isCalendarDay, MONTHS, SHORT_MONTHS } from '../../src/text/dates.ts';
import { IngestError } from './errors.ts';

/** Lines scrapers leave behind that are page chrome, not article text (compared trimmed, case-insensitive). */
const BOILERPLATE = new Set([
  'breadcrumb',
  'breadcrumbs',
  'advertisement',
  'share',
  'share this article',
  'skip to content',
]);

/** `pic.twitter.com/abc123` or `https://pic.x.com/abc123`: the media link X's embed code prints. */
const MEDIA_LINK = /^(?:https?:\/\/)?pic\.(?:twitter|x)\.com\/[A-Za-z0-9]+$/u;
/** Any other address a post ends with: `https://t.co/Xy12AbC9`, `https://tollund.example/flood`. */
const WEB_LINK = /^https?:\/\/[^\s/]+\S*$/u;

/** A month as wire copy and embed codes write it: `January`, `Jan`, `Jan.`, `Sept`. */
export const MONTH = `(?:${MONTHS.join('|')}|(?:${SHORT_MONTHS.join('|')})\\.?)`;

/** X handles are 1–15 word characters; Bluesky's are domain names; Mastodon's are `user@instance`. */
const HANDLE = String.raw`[A-Za-z0-9_]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+|[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+|[A-Za-z0-9_]{1,15}`;
const POST_DATE = String.raw`${MONTH} \d{1,2}, \d{4}|\d{1,2} ${MONTH} \d{4}`;

/** `— BNO News (@BNONews) January 24, 2024` (em dash, en dash or hyphens). */
const ATTRIBUTION = new RegExp(
  String.raw`^\s*(?:—|–|-{1,2})\s*(.+?)\s+\(@(${HANDLE})\)\s+(${POST_DATE})(?:\s+at\s+\d{1,2}:\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?)?\s*$`,
  'u',
);

/** `(Reporting by Anna Berg; Editing by Tom Lind)`, `Additional reporting by …`, `Writing by …`. */
const CREDITS =
  /^(?:\(\s*(?:(?:Additional )?[Rr]eporting|Editing|Writing|Compiled|Graphics|Research(?:ing)?) by\b[^()]*\)|(?:Additional reporting|Reporting|Editing|Writing) by\b[^()]*)$/u;

export type Platform = 'x' | 'bluesky' | 'mastodon';

export interface TextBlock {
  kind: 'text' | 'credits';
  text: string;
  /** 1-based line in the source file, for messages. */
  line: number;
}
export interface PostBlock {
  kind: 'post';
  text: string;
  author: string;
  handle: string;
  platform: Platform;
  /** YYYY-MM-DD */
  date: string;
  /** The media link exactly as printed, or null. */
  media: string | null;
  /** Other links the post ended with, exactly as printed. */
  links: string[];
  /** The attribution line exactly as printed (trimmed): `— BNO News (@BNONews) January 24, 2024`. */
  attribution: string;
  line: number;
}
export type Block = TextBlock | PostBlock;

export interface ArticleBlocks {
  headline: string;
  blocks: Block[];
}

/** Turns `January 24, 2024`, `Jan 24, 2024` or `24 January 2024` into `2024-01-24`, or null when it is not a real day. */
export function parseLongDate(written: string): string | null {
  const m =
    /^(?<month>[A-Z][a-z]+)\.? (?<day>\d{1,2}), (?<year>\d{4})$/u.exec(written) ??
    /^(?<day>\d{1,2}) (?<month>[A-Z][a-z]+)\.? (?<year>\d{4})$/u.exec(written);
  if (!m?.groups) return null;
  const month = monthNumber(m.groups['month']!);
  if (month === null) return null;
  const iso = `${m.groups['year']}-${String(month).padStart(2, '0')}-${m.groups['day']!.padStart(2, '0')}`;
  return isCalendarDay(iso) ? iso : null;
}

/** `January`, `Jan`, `Sept` → 1…12; null for anything else. */
export function monthNumber(word: string): number | null {
  const w = word.replace(/\.$/u, '');
  const i = MONTHS.findIndex((m) => m === w || (SHORT_MONTHS.includes(w) && m.startsWith(w)));
  return i === -1 ? null : i + 1;
}

function platformOf(handle: string): Platform {
  if (handle.includes('@')) return 'mastodon';
  return handle.includes('.') ? 'bluesky' : 'x';
}

/** Splits the links a post ends with off its text: the media link and any other trailing addresses. */
function trailingLinks(text: string): { text: string; media: string | null; links: string[] } {
  const words = text.split(/(\s+)/u);
  const peeled: string[] = [];
  while (words.length > 0) {
    const last = words.at(-1)!;
    if (last.trim() === '') {
      words.pop();
      continue;
    }
    if (!MEDIA_LINK.test(last) && !WEB_LINK.test(last)) break;
    peeled.unshift(last);
    words.pop();
  }
  const media = peeled.find((l) => MEDIA_LINK.test(l)) ?? null;
  return { text: words.join('').trimEnd(), media, links: peeled.filter((l) => l !== media) };
}

export function splitBlocks(file: string, text: string): ArticleBlocks {
  const lines = text.split('\n').map((raw, i) => ({ raw, text: raw.trim(), line: i + 1 }));
  const content = lines.filter((l) => l.text !== '' && !BOILERPLATE.has(l.text.toLowerCase()));
  const [first, ...rest] = content;
  if (!first) throw new IngestError(file, 'no headline: every line is empty or scraper boilerplate');
  const firstWord = first.text.split(/\s+/u).at(-1) ?? '';
  if (ATTRIBUTION.test(first.text) || MEDIA_LINK.test(firstWord)) {
    throw new IngestError(file, `no headline: line ${first.line} is part of a social post, not a headline`);
  }

  const blocks: Block[] = [];
  for (const l of rest) {
    const attribution = ATTRIBUTION.exec(l.text);
    if (!attribution) {
      blocks.push({ kind: CREDITS.test(l.text) ? 'credits' : 'text', text: l.text, line: l.line });
      continue;
    }
    const previous = blocks.at(-1);
    if (!previous || previous.kind !== 'text') {
      throw new IngestError(
        file,
        `line ${l.line}: attribution line "${l.text}" has no post before it (the line above must end with a pic.twitter.com link)`,
      );
    }
    const date = parseLongDate(attribution[3]!);
    if (!date)
      throw new IngestError(file, `line ${l.line}: "${attribution[3]}" in the post attribution is not a real date`);
    const handle = attribution[2]!;
    blocks[blocks.length - 1] = {
      kind: 'post',
      ...trailingLinks(previous.text),
      author: attribution[1]!,
      handle,
      platform: platformOf(handle),
      date,
      attribution: l.text,
      line: previous.line,
    };
  }
  return { headline: first.text, blocks };
}
