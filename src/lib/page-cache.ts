/**
 * Cache keys for Astro's incremental build (`experimental.incrementalBuild`). A page returned from
 * `getStaticPaths()` with a `cacheKey` is copied from the previous build, not rendered again, when its key
 * and its code (Astro hashes the page's module graph and the MDX it renders) are both unchanged. So a key
 * must change whenever anything the page shows changes, or the page goes stale; see
 * docs/decisions/0009-incremental-build.md.
 *
 * Which content a page may read, and so what its key covers:
 * - its own entry, whole;
 * - any entry of a data collection (YAML: people, claims, sources…; JSON: the generated articles): they are
 *   few and small, and any of them may show up on any page, so all of them are in every key;
 * - another MDX entry (a context page) only through `stories()`, whose result is in every key: which story
 *   each entry belongs to, and each story's hub, whole.
 * So editing a context page's text, title or date renders that page again and leaves the other context
 * pages and the articles alone; editing a hub, a story membership or any data entry renders every page.
 * Pages that read more than that (an entity's backlinks come from every context page's text; lists and
 * the story pages) return no key and are rendered every time.
 */
import { createHash } from 'node:crypto';
import { getCollection } from 'astro:content';
import { collectionNames, collectionTable } from '../schemas/collections.ts';
import { stories } from './stories/query.ts';

const digest = (value: unknown): string => createHash('sha256').update(JSON.stringify(value)).digest('base64url');
// The store's order of entries is not promised from build to build; a key must not depend on it (nor on
// the machine's locale, so code-unit order, not localeCompare).
const before = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
const byId = <T extends { id: string }>(entries: T[]): T[] => entries.toSorted((a, b) => before(a.id, b.id));
const sortedPairs = <V>(map: Map<string, V>): [string, V][] => [...map].sort(([a], [b]) => before(a, b));

/** A key for a page drawn from its props alone (its code is tracked by Astro). */
export const propsKey = (props: unknown): string => digest(props);

let shared: Promise<string> | undefined;

/** A key for the page of `entry`: the entry itself, and the content every such page may read (see above). */
export async function entryPageKey(entry: { id: string; data: unknown; body?: string | undefined }): Promise<string> {
  shared ??= sharedContentDigest();
  return digest([await shared, entry.id, entry.data, entry.body ?? null]);
}

async function sharedContentDigest(): Promise<string> {
  const dataCollections = collectionNames.filter((c) => collectionTable[c].format !== 'mdx');
  const entries = await Promise.all(
    dataCollections.map(async (c) => [c, byId(await getCollection(c)).map((e) => [e.id, e.data])] as const),
  );
  const { list, several, otherArticles, membership } = await stories();
  return digest({
    // Dates, numbers and language names are worded from the locale data built into Node.
    locales: [process.versions.icu, process.versions.cldr, process.versions.unicode],
    entries,
    stories: {
      list: list.map((s) => ({
        id: s.id,
        hub: [s.hub.data, s.hub.body ?? null],
        articles: s.articles.map((a) => a.id),
        date: s.date,
      })),
      several,
      otherArticles: otherArticles.map((a) => a.id),
      placements: Object.entries(membership.placements).map(([kind, placed]) => [kind, sortedPairs(placed)]),
    },
  });
}
