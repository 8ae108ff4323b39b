/**
 * Lookups that pages and MDX components share. Each throws a build error naming the missing id,
 * because Astro itself only logs a dangling reference and builds a silently broken page.
 * (`npm run check` reports the same problems earlier, with file and line.)
 */
import { getEntry, type CollectionEntry, type DataEntryMap } from 'astro:content';

export async function mustGet<C extends keyof DataEntryMap>(
  collection: C,
  id: string,
  usedBy: string,
): Promise<CollectionEntry<C>> {
  const entry = await getEntry(collection, id);
  if (!entry) throw new Error(`${usedBy}: no ${collection} entry "${id}" (run npm run check for the file and line)`);
  return entry as CollectionEntry<C>;
}
