/**
 * A reference to one sentence of a generated article: `<article id>#<sentence id>`, e.g.
 * `il76-crash-2024-01-24#p3s1` (sentence ids are `p<paragraph>s<sentence>`, given by ingest). The
 * schemas check the form (`sentenceRef` in `src/schemas/common.ts`); this splits it.
 */
export interface SentenceRef {
  article: string;
  /** `p3s1`; empty when the reference has no `#`. */
  sentence: string;
}

export function parseSentenceRef(ref: string): SentenceRef {
  const hash = ref.indexOf('#');
  return hash === -1 ? { article: ref, sentence: '' } : { article: ref.slice(0, hash), sentence: ref.slice(hash + 1) };
}

/** Orders `article#p3s1` refs in reading order; an empty ref sorts last. */
export function compareSentenceRefs(a: string, b: string): number {
  if (!a || !b) return (a ? 0 : 1) - (b ? 0 : 1);
  const key = (ref: string) => {
    const { article, sentence } = parseSentenceRef(ref);
    const [, p = '0', s = '0'] = /^p(\d+)s(\d+)$/u.exec(sentence) ?? [];
    return [article, Number(p), Number(s)] as const;
  };
  const [aa, ap, as] = key(a);
  const [ba, bp, bs] = key(b);
  return aa.localeCompare(ba) || ap - bp || as - bs;
}
