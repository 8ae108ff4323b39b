/** Reading ingest segment trees (see scripts/ingest/markup.ts) without rendering them. */
export type Segment = string | [string, Record<string, string | number | boolean | null>, ...Segment[]];

/** The distinct speakers of the quotes in a paragraph, in order of appearance. */
export function speakersIn(segments: Segment[]): string[] {
  const found: string[] = [];
  const walk = (list: Segment[]) => {
    for (const s of list) {
      if (typeof s === 'string') continue;
      const [kind, attrs, ...children] = s;
      if (kind === 'quote' && typeof attrs.speaker === 'string' && !found.includes(attrs.speaker)) found.push(attrs.speaker);
      walk(children);
    }
  };
  walk(segments);
  return found;
}
