/**
 * The stories of the site, read from the collections once per build, with the membership of every
 * article, context page, claim, figure and event (`membership.ts`, the same rules `npm run check` applies).
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { membership, storyOf, type Membership, type MembershipKind } from './membership.ts';

export interface Story {
  /** The hub's id. */
  id: string;
  hub: CollectionEntry<'context'>;
  /** The story's articles, newest first. */
  articles: CollectionEntry<'articles'>[];
  /** The newest article's publication day, else the hub's last update: what the story list sorts by. */
  date: string;
}

export interface Stories {
  /** Newest first. */
  list: Story[];
  /** More than one story: `/` lists them and each hub lives at `/stories/<id>/`. */
  several: boolean;
  byId: Map<string, Story>;
  /** The one story of an entry, or undefined. */
  of: (kind: MembershipKind, id: string) => string | undefined;
  /** Articles that belong to no story, newest first. */
  otherArticles: CollectionEntry<'articles'>[];
  membership: Membership;
}

const newestFirst = (a: CollectionEntry<'articles'>, b: CollectionEntry<'articles'>) =>
  (b.data.published.date ?? '').localeCompare(a.data.published.date ?? '') || a.id.localeCompare(b.id);

let cache: Promise<Stories> | undefined;

export function stories(): Promise<Stories> {
  cache ??= load();
  return cache;
}

async function load(): Promise<Stories> {
  const [articles, contexts, claims, figures, events] = await Promise.all([
    getCollection('articles'),
    getCollection('context'),
    getCollection('claims'),
    getCollection('figures'),
    getCollection('events'),
  ]);
  const hubs = contexts.filter((c) => c.data.hubFor).sort((a, b) => a.id.localeCompare(b.id));
  const ids = (refs: readonly { id: string }[]) => refs.map((r) => r.id);
  const m = membership({
    hubs: hubs.map((h) => ({ id: h.id, articles: ids(h.data.hubFor ?? []), sources: ids(h.data.sources) })),
    contexts: contexts
      .filter((c) => !c.data.hubFor)
      .map((c) => ({ id: c.id, story: c.data.story?.id, sources: ids(c.data.sources) })),
    claims: claims.map((c) => ({ id: c.id, sentence: c.data.sentence, source: c.data.source?.id })),
    figures: figures.map((f) => ({ id: f.id, sentence: f.data.sentence, source: f.data.source?.id })),
    events: events.map((e) => ({
      id: e.id,
      sentence: e.data.sentence,
      source: e.data.source?.id,
      story: e.data.story?.id,
    })),
  });
  const of = (kind: MembershipKind, id: string) => storyOf(m, kind, id);
  const list = hubs
    .map((hub): Story => {
      const own = articles.filter((a) => of('articles', a.id) === hub.id).sort(newestFirst);
      return { id: hub.id, hub, articles: own, date: own[0]?.data.published.date ?? hub.data.updated };
    })
    .sort((a, b) => b.date.localeCompare(a.date) || a.id.localeCompare(b.id));
  return {
    list,
    several: list.length > 1,
    byId: new Map(list.map((s) => [s.id, s])),
    of,
    otherArticles: articles.filter((a) => of('articles', a.id) === undefined).sort(newestFirst),
    membership: m,
  };
}
