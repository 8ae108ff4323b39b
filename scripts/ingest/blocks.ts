/**
 * Step 2: text → headline and blocks. A scraped article is one paragraph per line; scraper
 * boilerplate lines are dropped, the first remaining line is the headline, and an embedded social
 * post is a line ending in a media link followed by an attribution line (`— Name (@handle) Month D, YYYY`).
 */
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

/** `text pic.twitter.com/abc123` — the media link twitter's embed code puts at the end of a post. */
const MEDIA_LINK = /\s*((?:https?:\/\/)?pic\.(?:twitter|x)\.com\/[A-Za-z0-9]+)\s*$/u;

/** `— BNO News (@BNONews) January 24, 2024` (em dash, en dash or hyphens). */
const ATTRIBUTION = /^\s*(?:—|–|-{1,2})\s*(.+?)\s+\(@([A-Za-z0-9_]{1,15})\)\s+([A-Z][a-z]+ \d{1,2}, \d{4})\s*$/u;

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

export interface TextBlock {
  kind: 'text';
  text: string;
  /** 1-based line in the source file, for messages. */
  line: number;
}
export interface PostBlock {
  kind: 'post';
  text: string;
  author: string;
  handle: string;
  /** YYYY-MM-DD */
  date: string;
  media: string | null;
  line: number;
}
export type Block = TextBlock | PostBlock;

export interface ArticleBlocks {
  headline: string;
  blocks: Block[];
}

/** Turns `January 24, 2024` into `2024-01-24`, or null when it is not a real day. */
export function parseLongDate(written: string): string | null {
  const m = /^([A-Z][a-z]+) (\d{1,2}), (\d{4})$/.exec(written);
  if (!m) return null;
  const month = MONTHS.indexOf(m[1]!) + 1;
  if (month === 0) return null;
  const iso = `${m[3]}-${String(month).padStart(2, '0')}-${m[2]!.padStart(2, '0')}`;
  const d = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(iso) ? iso : null;
}

export function splitBlocks(file: string, text: string): ArticleBlocks {
  const lines = text.split('\n').map((raw, i) => ({ raw, text: raw.trim(), line: i + 1 }));
  const content = lines.filter((l) => l.text !== '' && !BOILERPLATE.has(l.text.toLowerCase()));
  const [first, ...rest] = content;
  if (!first) throw new IngestError(file, 'no headline: every line is empty or scraper boilerplate');
  if (ATTRIBUTION.test(first.text) || MEDIA_LINK.test(first.text)) {
    throw new IngestError(file, `no headline: line ${first.line} is part of a social post, not a headline`);
  }

  const blocks: Block[] = [];
  for (const l of rest) {
    const attribution = ATTRIBUTION.exec(l.text);
    if (!attribution) {
      blocks.push({ kind: 'text', text: l.text, line: l.line });
      continue;
    }
    const previous = blocks.at(-1);
    const media = previous?.kind === 'text' ? MEDIA_LINK.exec(previous.text) : null;
    if (!previous || previous.kind !== 'text' || !media) {
      throw new IngestError(
        file,
        `line ${l.line}: attribution line "${l.text}" has no post before it (the line above must end with a pic.twitter.com link)`,
      );
    }
    const date = parseLongDate(attribution[3]!);
    if (!date)
      throw new IngestError(file, `line ${l.line}: "${attribution[3]}" in the post attribution is not a real date`);
    blocks[blocks.length - 1] = {
      kind: 'post',
      text: previous.text.slice(0, media.index).trimEnd(),
      author: attribution[1]!,
      handle: attribution[2]!,
      date,
      media: media[1]!,
      line: previous.line,
    };
  }
  return { headline: first.text, blocks };
}
