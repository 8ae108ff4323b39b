/**
 * The places of one story, for its map: those its articles mention, its context pages list and its
 * timeline events name. Shared places (a country, a capital) are on every story's map that names them.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { stories } from './query.ts';

export async function storyPlaces(story: string): Promise<CollectionEntry<'places'>[]> {
  const [{ of }, articles, contexts, events, places] = await Promise.all([
    stories(),
    getCollection('articles'),
    getCollection('context'),
    getCollection('events'),
    getCollection('places'),
  ]);
  const named = new Set<string>();
  for (const a of articles.filter((a) => of('articles', a.id) === story))
    for (const m of a.data.mentions) if (m.entity.startsWith('places/')) named.add(m.entity.slice('places/'.length));
  for (const c of contexts.filter((c) => of('context', c.id) === story)) for (const p of c.data.places) named.add(p.id);
  for (const e of events.filter((e) => of('events', e.id) === story)) for (const p of e.data.places) named.add(p.id);
  return places.filter((p) => named.has(p.id)).sort((a, b) => a.id.localeCompare(b.id));
}
