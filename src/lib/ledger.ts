/**
 * Queries over the claims ledger, figures and entities, shared by pages and components. Collections
 * are read once per build (the promises are cached), not once per sentence.
 */
import { getCollection, type CollectionEntry } from 'astro:content';

let claimsPromise: Promise<CollectionEntry<'claims'>[]> | undefined;

/** All claims, sorted by their article sentence (paragraph, then sentence number), then id. */
export function allClaims(): Promise<CollectionEntry<'claims'>[]> {
  claimsPromise ??= getCollection('claims').then((claims) =>
    claims.sort((a, b) => compareSentenceRefs(a.data.sentence, b.data.sentence) || a.id.localeCompare(b.id)),
  );
  return claimsPromise;
}

/** Orders `article#p3s1` refs in reading order. */
export function compareSentenceRefs(a: string, b: string): number {
  const key = (ref: string) => {
    const [article = '', sentence = ''] = ref.split('#');
    const [, p = '0', s = '0'] = /^p(\d+)s(\d+)$/u.exec(sentence) ?? [];
    return [article, Number(p), Number(s)] as const;
  };
  const [aa, ap, as] = key(a);
  const [ba, bp, bs] = key(b);
  return aa.localeCompare(ba) || ap - bp || as - bs;
}

/** Claims made in one sentence of an article. */
export async function claimsInSentence(article: string, sentence: string): Promise<CollectionEntry<'claims'>[]> {
  const ref = `${article}#${sentence}`;
  return (await allClaims()).filter((c) => c.data.sentence === ref);
}

export const STATUS_LABEL: Record<CollectionEntry<'claims'>['data']['status'], string> = {
  asserted: 'Asserted',
  unverified: 'Unverified',
  disputed: 'Disputed',
  retracted: 'Retracted',
  corroborated: 'Corroborated',
};
