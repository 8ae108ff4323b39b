/**
 * The content collections: the one table that every list of collections derives from (the loaders in
 * `src/content.config.ts`, the checker, the scaffolder, the editing guide's field tables, the entry
 * pages and their routes, mention matching). Each collection's schema is in `./index.ts`, which the
 * type checker holds to this table.
 */

export interface CollectionSpec {
  /**
   * One file per entry, at `src/content/<collection>/<id>.<format>`: MDX (frontmatter and body) or
   * YAML for what editors write, JSON for what `npm run ingest` generates (machines read it on every
   * build, and JSON parses about ten times faster than YAML).
   */
  readonly format: 'mdx' | 'yaml' | 'json';
  /** Files whose name starts with `_` are drafts: neither loaded nor checked. */
  readonly drafts?: boolean;
  /** What one entry is called in a sentence: `no person "x"`. */
  readonly noun: string;
  /** The heading over a list of entries (the editing guide, breadcrumbs). */
  readonly heading: string;
  /** Written by `npm run ingest`, never by editors: no scaffold and no field table. */
  readonly generated?: boolean;
  /** Each entry has a page at `/<collection>/<id>/`, built by this file under `src/pages/`. */
  readonly page?: string;
  /** A person, place or organisation: matched by name in text, referred to as `<collection>/<id>`. */
  readonly entity?: boolean;
}

export const collectionTable = {
  articles: {
    // Data only, so Vite compiles nothing: the article page builds the markup from it.
    format: 'json',
    noun: 'article',
    heading: 'Source articles',
    generated: true,
    page: 'articles/[id].astro',
  },
  context: { format: 'mdx', drafts: true, noun: 'context page', heading: 'Context pages', page: 'context/[id].astro' },
  people: { format: 'yaml', noun: 'person', heading: 'People', page: '[kind]/[id].astro', entity: true },
  places: { format: 'yaml', noun: 'place', heading: 'Places', page: '[kind]/[id].astro', entity: true },
  organisations: {
    format: 'yaml',
    noun: 'organisation',
    heading: 'Organisations',
    page: '[kind]/[id].astro',
    entity: true,
  },
  questions: { format: 'yaml', noun: 'question', heading: 'Questions' },
  claims: { format: 'yaml', noun: 'claim', heading: 'Claims' },
  figures: { format: 'yaml', noun: 'figure', heading: 'Key figures' },
  sources: { format: 'yaml', noun: 'source', heading: 'Sources' },
  events: { format: 'yaml', noun: 'event', heading: 'Timeline events' },
} as const satisfies Record<string, CollectionSpec>;

export type CollectionName = keyof typeof collectionTable;

/** Every collection, in the table's order. */
export const collectionNames = Object.keys(collectionTable) as CollectionName[];

type Having<K extends keyof CollectionSpec> = {
  [C in CollectionName]: (typeof collectionTable)[C] extends Record<K, unknown> ? C : never;
}[CollectionName];

/** Collections whose entries have a page each. */
export type PagedCollection = Having<'page'>;
/** People, places and organisations. */
export type EntityCollection = Having<'entity'>;

const spec = (c: CollectionName): CollectionSpec => collectionTable[c];

export const pagedCollections = collectionNames.filter((c): c is PagedCollection => spec(c).page !== undefined);
export const entityCollections = collectionNames.filter((c): c is EntityCollection => spec(c).entity === true);

/** The loader's file pattern inside the collection's folder, e.g. `[^_]*.mdx` where `_` marks a draft. */
export const filePattern = (c: CollectionName): string => `${spec(c).drafts ? '[^_]' : ''}*.${spec(c).format}`;

/** The collection's folder, relative to the project: `src/content/people`. */
export const contentFolder = (c: CollectionName): string => `src/content/${c}`;

/** An entry's file, relative to the project: `src/content/people/vyacheslav-volodin.yaml`. */
export const entryFile = (c: CollectionName, id: string): string => `${contentFolder(c)}/${id}.${spec(c).format}`;
