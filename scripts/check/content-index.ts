/**
 * What exists in the content tree, for reference checks: the ids of every collection (an entry
 * exists as soon as its file does, valid or not, so one broken file does not cascade) and the
 * sentences of every generated article.
 */
import type { ContentFile } from './content-files.ts';
import type { Entry } from './load-entry.ts';
import { collectionNames, type CollectionName } from '../../src/schemas/collections.ts';

export interface ArticleSentences {
  file: string;
  /** Sentence id → text, in article order. */
  sentences: Map<string, string>;
}

export interface ContentIndex {
  ids: Record<CollectionName, Set<string>>;
  /** Collection folder as shown in fixes, e.g. `src/content/people/`. */
  folders: Record<CollectionName, string>;
  articles: Map<string, ArticleSentences>;
  /** Validated entries by collection and id. */
  data: Record<CollectionName, Map<string, unknown>>;
}

export function buildIndex(
  files: readonly ContentFile[],
  entries: readonly Entry[],
  folderOf: (c: CollectionName) => string,
): ContentIndex {
  const perCollection = <T>(make: () => T) =>
    Object.fromEntries(collectionNames.map((c) => [c, make()])) as Record<CollectionName, T>;
  const index: ContentIndex = {
    ids: perCollection(() => new Set<string>()),
    folders: Object.fromEntries(collectionNames.map((c) => [c, folderOf(c)])) as Record<CollectionName, string>,
    articles: new Map(),
    data: perCollection(() => new Map<string, unknown>()),
  };
  for (const file of files) index.ids[file.collection].add(file.id);
  for (const entry of entries) {
    const { collection, id, shown } = entry.file;
    if (entry.data !== undefined) index.data[collection].set(id, entry.data);
    // An article that cannot be read is reported once, not again at every reference to its sentences.
    if (collection === 'articles' && entry.raw !== undefined)
      index.articles.set(id, { file: shown, sentences: sentencesOf(entry.raw) });
  }
  return index;
}

/** Reads sentences defensively from an article's data, valid or not. */
function sentencesOf(raw: unknown): Map<string, string> {
  const sentences = new Map<string, string>();
  const paragraphs = isRecord(raw) && Array.isArray(raw['paragraphs']) ? raw['paragraphs'] : [];
  for (const paragraph of paragraphs) {
    const list = isRecord(paragraph) && Array.isArray(paragraph['sentences']) ? paragraph['sentences'] : [];
    for (const sentence of list) {
      if (isRecord(sentence) && typeof sentence['id'] === 'string')
        sentences.set(sentence['id'], String(sentence['text'] ?? ''));
    }
  }
  return sentences;
}

export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
