/**
 * The publication day. Raw scraped text carries none, so it comes from the sidecar when the sidecar
 * knows it, else from the embedded posts (an article cannot predate the posts it embeds; the latest
 * one is the best lower bound and, for same-day wire copy, the day itself). Never from the clock.
 */
import type { Block } from './blocks.ts';

export interface SourceMeta {
  publisher: string;
  url: string;
  language: string;
  published: string;
}

export const UNKNOWN = 'unknown';

export function derivePublished(
  meta: SourceMeta,
  blocks: Block[],
): { date: string | null; derivedFrom: 'sidecar' | 'embedded-posts' | 'unknown'; note: string } {
  if (meta.published !== UNKNOWN)
    return { date: meta.published, derivedFrom: 'sidecar', note: 'given in the source sidecar file' };
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
