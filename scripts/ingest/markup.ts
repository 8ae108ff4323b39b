/**
 * Step 9: a paragraph and its annotations → a tree of segments that the article components render.
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

/** A string is text; an array is `[kind, attrs, ...children]` (compact, because it is stored in MDX). */
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
