/** Reading ingest segment trees (see src/text/markup.ts) without rendering them. */
export type Segment = string | [string, Record<string, string | number | boolean | null>, ...Segment[]];

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
