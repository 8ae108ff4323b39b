/**
 * A paragraph and its annotations → a tree of segments that the article components render. The
 * article page builds it from the generated data (`paragraphSegments`), so the file holds no markup.
 * Spans nest (a mention inside a quote inside a sentence); a span that would cross another one's edge
 * is dropped rather than breaking the text, so the concatenated strings always equal the paragraph.
 */

export type SpanKind = 'dateline' | 'credits' | 'sentence' | 'quote' | 'mention' | 'figure' | 'date';

export interface Span {
  kind: SpanKind;
  start: number;
  end: number;
  /** Rendering data: sentence id, entity ref, figure value, resolved date, speaker… */
  attrs: Record<string, string | number | boolean | null>;
}

/** A string is text; an array is `[kind, attrs, ...children]`. */
export type Segment = string | [SpanKind, Span['attrs'], ...Segment[]];

/** Outer spans first: a sentence holds quotes, a quote holds mentions, figures and dates; datelines and credits stand alone. */
const RANK: Record<SpanKind, number> = {
  dateline: 0,
  credits: 0,
  sentence: 0,
  quote: 1,
  mention: 2,
  figure: 2,
  date: 2,
};

export function buildSegments(text: string, spans: Span[]): Segment[] {
  const ordered = [...spans]
    .filter((s) => s.end > s.start && s.start >= 0 && s.end <= text.length)
    .sort((a, b) => a.start - b.start || b.end - a.end || RANK[a.kind] - RANK[b.kind]);
  const accepted: Span[] = [];
  for (const s of ordered) {
    const crosses = accepted.some(
      (a) =>
        (s.start < a.end && s.end > a.end && s.start > a.start) ||
        (s.start < a.start && s.end > a.start && s.end < a.end),
    );
    const sameAsOuter = accepted.some((a) => a.start === s.start && a.end === s.end && RANK[a.kind] === RANK[s.kind]);
    if (!crosses && !sameAsOuter) accepted.push(s);
  }
  return nest(text, accepted, 0, text.length);
}

function nest(text: string, spans: Span[], from: number, to: number): Segment[] {
  const out: Segment[] = [];
  let at = from;
  let i = 0;
  while (i < spans.length) {
    const s = spans[i]!;
    if (s.start < at) {
      i++;
      continue;
    }
    // Children: the spans that lie inside this one and come after it in start order.
    let j = i + 1;
    while (j < spans.length && spans[j]!.start < s.end) j++;
    if (s.start > at) out.push(text.slice(at, s.start));
    out.push([s.kind, s.attrs, ...nest(text, spans.slice(i + 1, j), s.start, s.end)]);
    at = s.end;
    i = j;
  }
  if (at < to) out.push(text.slice(at, to));
  return out;
}

/** The text a segment tree renders to; equals the paragraph text by construction (and by test). */
export function segmentText(segments: Segment[]): string {
  return segments.map((s) => (typeof s === 'string' ? s : segmentText(s.slice(2) as Segment[]))).join('');
}

/** What `paragraphSegments` reads of a generated article: its text and annotations, as stored. */
export interface AnnotatedArticle {
  dateline: { paragraph: string; text: string } | null;
  paragraphs: ReadonlyArray<{
    id: string;
    kind: string;
    text: string;
    sentences: ReadonlyArray<{ id: string; text: string }>;
  }>;
  quotes: ReadonlyArray<{
    sentence: string;
    start: number;
    end: number;
    speaker: string | null;
    entity: string | null;
    language?: string | undefined;
  }>;
  figures: ReadonlyArray<{ sentence: string; start: number; end: number; value: number }>;
  dates: ReadonlyArray<{ sentence: string; start: number; end: number; resolved: string | null; utc: string | null }>;
  mentions: ReadonlyArray<{ sentence: string; start: number; end: number; entity: string }>;
}

/**
 * The segment tree of each paragraph, built from the article's data: the generated file states each
 * sentence once, and the page derives the markup from it. Spans are added in the order ingest finds
 * them (per sentence: the sentence, its quotes, figures, dates, mentions), which decides which of two
 * spans over the same words is kept.
 */
export function paragraphSegments(article: AnnotatedArticle): Map<string, Segment[]> {
  const bySentence = <T extends { sentence: string }>(list: readonly T[]) => {
    const map = new Map<string, T[]>();
    for (const item of list) map.set(item.sentence, [...(map.get(item.sentence) ?? []), item]);
    return map;
  };
  const quotes = bySentence(article.quotes);
  const figures = bySentence(article.figures);
  const dates = bySentence(article.dates);
  const mentions = bySentence(article.mentions);
  const result = new Map<string, Segment[]>();
  for (const p of article.paragraphs) {
    const spans: Span[] = [];
    const opening = article.dateline?.paragraph === p.id ? article.dateline.text.length : 0;
    if (opening > 0) spans.push({ kind: 'dateline', start: 0, end: opening, attrs: {} });
    if (p.kind === 'credits') spans.push({ kind: 'credits', start: 0, end: p.text.length, attrs: {} });
    // Sentences follow each other in the paragraph, apart only by whitespace (src/text/sentences.ts), so
    // the first match after the previous one is the sentence itself.
    let from = opening;
    for (const s of p.sentences) {
      const start = p.text.indexOf(s.text, from);
      if (start === -1) throw new Error(`sentence ${s.id} is not in the text of paragraph ${p.id}`);
      from = start + s.text.length;
      spans.push({ kind: 'sentence', start, end: from, attrs: { id: s.id } });
      for (const q of quotes.get(s.id) ?? [])
        spans.push({
          kind: 'quote',
          start: q.start,
          end: q.end,
          attrs: { speaker: q.speaker, entity: q.entity, ...(q.language ? { lang: q.language } : {}) },
        });
      for (const f of figures.get(s.id) ?? [])
        spans.push({ kind: 'figure', start: f.start, end: f.end, attrs: { value: f.value } });
      for (const d of dates.get(s.id) ?? [])
        spans.push({ kind: 'date', start: d.start, end: d.end, attrs: { resolved: d.resolved, utc: d.utc } });
      for (const m of mentions.get(s.id) ?? [])
        spans.push({ kind: 'mention', start: m.start, end: m.end, attrs: { entity: m.entity } });
    }
    result.set(p.id, buildSegments(p.text, spans));
  }
  return result;
}

export interface Speaker {
  /** The speaker as the article names them. */
  name: string;
  /** Their entity ref, where ingest matched one. */
  entity: string | null;
}

/** The distinct speakers of the quotes in a paragraph, in order of appearance. */
export function speakersIn(segments: Segment[]): Speaker[] {
  const found: Speaker[] = [];
  const walk = (list: Segment[]) => {
    for (const s of list) {
      if (typeof s === 'string') continue;
      const [kind, attrs, ...children] = s;
      const { speaker, entity } = attrs;
      if (kind === 'quote' && typeof speaker === 'string' && !found.some((f) => f.name === speaker))
        found.push({ name: speaker, entity: typeof entity === 'string' ? entity : null });
      walk(children);
    }
  };
  walk(segments);
  return found;
}
