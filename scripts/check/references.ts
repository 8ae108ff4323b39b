/**
 * References between entries: ids in another collection (`reference()` fields), entity refs
 * (`people/<id>`) and sentence refs (`<article>#p3s1`). The schemas say where references are; this
 * module says whether they lead anywhere.
 */
import type { z } from 'astro/zod';
import { entityRef, sentenceRef } from '../../src/schemas/common.ts';
import type { ContentIndex } from './content-index.ts';
import { closest } from './did-you-mean.ts';
import type { Entry } from './load-entry.ts';
import { finding, problemFrom, type Finding, type Problem } from './problems.ts';
import { collectionTable } from '../../src/schemas/collections.ts';
import { referenceTarget, type CollectionName } from './schemas.ts';
import { fieldName, walkLeaves } from './schema-walk.ts';
import { parseSentenceRef } from '../../src/text/sentence-ref.ts';

/** Undefined when `id` exists in `collection`; otherwise what is wrong. */
export function missingEntry(index: ContentIndex, collection: CollectionName, id: string): Finding | undefined {
  const ids = index.ids[collection];
  if (ids.has(id)) return undefined;
  const suggestion = closest(id, ids);
  if (collection === 'articles') return finding('missingArticle', { id, folder: index.folders.articles, suggestion });
  return finding('missingEntry', {
    noun: collectionTable[collection].noun,
    id,
    folder: index.folders[collection],
    suggestion,
  });
}

/** `people/<id>`, `places/<id>` or `organisations/<id>`: undefined when the entry exists. */
export function missingEntity(index: ContentIndex, ref: string): Finding | undefined {
  const [collection, id] = ref.split('/') as [CollectionName, string];
  return missingEntry(index, collection, id);
}

/** `<article id>#p3s1`: undefined when the article has that sentence. */
export function missingSentence(index: ContentIndex, ref: string): Finding | undefined {
  const { article: articleId, sentence: sentenceId } = parseSentenceRef(ref);
  const noArticle = missingEntry(index, 'articles', articleId);
  if (noArticle) return noArticle;
  const article = index.articles.get(articleId);
  if (!article || article.sentences.has(sentenceId)) return undefined;
  const ids = [...article.sentences.keys()];
  return finding('missingSentence', {
    article: articleId,
    sentence: sentenceId,
    file: article.file,
    first: ids[0] ?? 'p1s1',
    last: ids.at(-1) ?? 'p1s1',
  });
}

/** The text of a sentence, or undefined when the reference leads nowhere. */
export function sentenceText(index: ContentIndex, ref: string): string | undefined {
  const { article, sentence } = parseSentenceRef(ref);
  return index.articles.get(article)?.sentences.get(sentence);
}

/** Every reference declared by the schema of a validated entry, checked for existence. */
export function checkDataReferences(entry: Entry, schema: z.ZodType, index: ContentIndex): Problem[] {
  const problems: Problem[] = [];
  walkLeaves(schema, entry.data, (leaf, value, path) => {
    if (typeof value !== 'string') return;
    const target = referenceTarget(leaf);
    const found = target
      ? missingEntry(index, target, value)
      : leaf === entityRef
        ? missingEntity(index, value)
        : leaf === sentenceRef
          ? missingSentence(index, value)
          : undefined;
    if (found)
      problems.push(problemFrom({ file: entry.file.shown, line: entry.lineOf(path), field: fieldName(path) }, found));
  });
  return problems;
}
