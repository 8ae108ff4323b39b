/**
 * Content collections, made from the collections table (`src/schemas/collections.ts`) and its
 * schemas (`src/schemas/index.ts`). The schemas live in `src/schemas/` so that `scripts/check.ts` can
 * validate editors' files with exactly the same rules before Astro runs; here they only meet their
 * loaders. No loader reads sub-folders: the file name is the entry's id and, for pages, its address
 * (`npm run check` reports a file in a sub-folder).
 */
import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { collectionNames, contentFolder, filePattern, type CollectionName } from './schemas/collections.ts';
import { collectionSchemas } from './schemas/index.ts';
import type { RefFactory } from './schemas/refs.ts';

const ref = ((collection) => reference(collection)) as RefFactory;

/** Each collection's schema type, kept per collection so that Astro infers each entry's data type. */
type Schemas = { [C in CollectionName]: ReturnType<(typeof collectionSchemas)[C]> };

const define = (collection: CollectionName) =>
  defineCollection({
    loader: glob({ pattern: filePattern(collection), base: `./${contentFolder(collection)}` }),
    schema: collectionSchemas[collection](ref),
  });

// The cast only narrows each collection's schema from the union of all schemas to its own.
export const collections = Object.fromEntries(collectionNames.map((c) => [c, define(c)])) as unknown as {
  [C in CollectionName]: Omit<ReturnType<typeof define>, 'schema'> & { schema: Schemas[C] };
};
