/**
 * Queries over the claims ledger, its questions and the entities that speak in it, shared by pages
 * and components. Collections are read once per build (the promises are cached), not once per
 * sentence. Statuses are computed here from evidence by `claim-status.ts`, never read from a file.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import type { Side } from '../schemas/common.ts';
import { claimStanding, STATUS_LABEL, type ClaimStanding } from './claim-status.ts';
import { entityCollections } from '../schemas/collections.ts';
import { compareSentenceRefs } from '../text/sentence-ref.ts';

export { STATUS_LABEL };

export type ClaimEntry = CollectionEntry<'claims'>;

interface Voice {
  name: string;
  side: Side | undefined;
}

let claimsPromise: Promise<ClaimEntry[]> | undefined;
let voicesPromise: Promise<Map<string, Voice>> | undefined;
let standingsPromise: Promise<Map<string, ClaimStanding>> | undefined;

/** All claims in reading order: by their article sentence where they have one, then by date, then id. */
export function allClaims(): Promise<ClaimEntry[]> {
  claimsPromise ??= getCollection('claims').then((claims) =>
    claims.sort(
      (a, b) =>
        compareSentenceRefs(a.data.sentence ?? '', b.data.sentence ?? '') ||
        a.data.made.localeCompare(b.data.made) ||
        a.id.localeCompare(b.id),
    ),
  );
  return claimsPromise;
}

/** Every person, place and organisation by ref (`people/<id>`): its name and side. */
export function voices(): Promise<Map<string, Voice>> {
  voicesPromise ??= Promise.all(entityCollections.map((c) => getCollection(c))).then(
    (lists) =>
      new Map(lists.flat().map((e) => [`${e.collection}/${e.id}`, { name: e.data.name, side: e.data.side }] as const)),
  );
  return voicesPromise;
}

/** The name of the entity a ref names (the build fails on a ref that leads nowhere: npm run check says where). */
export async function voiceName(ref: string): Promise<string> {
  const voice = (await voices()).get(ref);
  if (!voice) throw new Error(`claims ledger: no entity "${ref}" (run npm run check for the file and line)`);
  return voice.name;
}

/** Status, reason, history and partial withdrawals of every claim, computed from its evidence. */
export function standings(): Promise<Map<string, ClaimStanding>> {
  standingsPromise ??= Promise.all([allClaims(), voices()]).then(([claims, byRef]) => {
    const sideOf = (ref: string) => byRef.get(ref)?.side;
    return new Map(claims.map((c) => [c.id, claimStanding(c.data, sideOf)]));
  });
  return standingsPromise;
}

export async function standingOf(id: string): Promise<ClaimStanding> {
  const standing = (await standings()).get(id);
  if (!standing) throw new Error(`claims ledger: no claim "${id}"`);
  return standing;
}

/** Claims made in one sentence of an article. */
export async function claimsInSentence(article: string, sentence: string): Promise<ClaimEntry[]> {
  const ref = `${article}#${sentence}`;
  return (await allClaims()).filter((c) => c.data.sentence === ref);
}

/** The questions in hub order, each with its claims in reading order. */
export async function questionsWithClaims(): Promise<
  { question: CollectionEntry<'questions'>; claims: ClaimEntry[] }[]
> {
  const [questions, claims] = await Promise.all([getCollection('questions'), allClaims()]);
  return questions
    .sort((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id))
    .map((question) => ({ question, claims: claims.filter((c) => c.data.question.id === question.id) }));
}
