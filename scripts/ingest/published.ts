/**
 * The publication day. Raw scraped text carries none, so it comes from the sidecar when the sidecar
 * knows it; else from the dateline's day (`TOLLUND, March 4 (Wire) -`) when the text settles its year;
 * else from the embedded posts (an article cannot predate the posts it embeds; the latest one is the
 * best lower bound and, for same-day wire copy, the day itself). Never from the clock.
 */
import { MONTH, parseLongDate, type Block } from './blocks.ts';
import type { Dateline } from './datelines.ts';

export interface SourceMeta {
  publisher: string;
  url: string;
  language: string;
  published: string;
  /** What a reader should know before reading (violence, deaths), shown above the article; optional. */
  contentNotice?: string;
}

export const UNKNOWN = 'unknown';

export interface Published {
  date: string | null;
  derivedFrom: 'sidecar' | 'dateline' | 'embedded-posts' | 'unknown';
  note: string;
}

const FULL_DATE = new RegExp(String.raw`\b(?:${MONTH} \d{1,2}, \d{4}|\d{1,2} ${MONTH} \d{4})\b`, 'gu');

/**
 * The dateline's day in the one year the article's full dates and post dates agree on, if that day is
 * not before the latest embedded post; otherwise null (a dateline alone never decides a year).
 */
function datelineDay(dateline: Dateline | null, blocks: Block[]): Published | null {
  if (!dateline?.month || !dateline.day) return null;
  const known: Array<{ date: string; where: string }> = [];
  for (const b of blocks) {
    if (b.kind === 'post') known.push({ date: b.date, where: 'the embedded posts' });
    if (b.kind !== 'text') continue;
    for (const m of b.text.matchAll(FULL_DATE)) {
      const date = parseLongDate(m[0]);
      if (date) known.push({ date, where: `the date "${m[0]}" in the text` });
    }
  }
  const years = new Set(known.map((k) => k.date.slice(0, 4)));
  if (years.size !== 1) return null;
  const year = [...years][0]!;
  const iso = `${year}-${String(dateline.month).padStart(2, '0')}-${String(dateline.day).padStart(2, '0')}`;
  if (parseLongDate(`${dateline.day} ${monthName(dateline.month)} ${year}`) !== iso) return null;
  const latestPost = blocks
    .flatMap((b) => (b.kind === 'post' ? [b.date] : []))
    .sort()
    .at(-1);
  if (latestPost && latestPost > iso) return null;
  const wheres = [...new Set(known.map((k) => k.where))];
  return {
    date: iso,
    derivedFrom: 'dateline',
    note: `the dateline's "${dateline.written}", in ${year}, the year of ${wheres.join(' and ')}`,
  };
}

const monthName = (n: number) =>
  new Date(Date.UTC(2000, n - 1, 1)).toLocaleDateString('en-GB', { month: 'long', timeZone: 'UTC' });

export function derivePublished(meta: SourceMeta, blocks: Block[], dateline: Dateline | null = null): Published {
  if (meta.published !== UNKNOWN)
    return { date: meta.published, derivedFrom: 'sidecar', note: 'given in the source sidecar file' };
  const fromDateline = datelineDay(dateline, blocks);
  if (fromDateline) return fromDateline;
  const postDates = blocks.flatMap((b) => (b.kind === 'post' ? [b.date] : [])).sort();
  const latest = postDates.at(-1);
  if (!latest)
    return {
      date: null,
      derivedFrom: 'unknown',
      note: 'the sidecar gives no date and the article embeds no dated post',
    };
  const weekday = new Date(`${latest}T00:00:00Z`).toLocaleDateString('en-GB', { weekday: 'long', timeZone: 'UTC' });
  const text = blocks.map((b) => b.text).join('\n');
  const agrees = new RegExp(`\\b${weekday}\\b`, 'u').test(text);
  return {
    date: latest,
    derivedFrom: 'embedded-posts',
    note: `the latest of ${postDates.length} embedded post date${postDates.length === 1 ? '' : 's'}${agrees ? `; the text's "${weekday}" agrees` : ''}`,
  };
}
