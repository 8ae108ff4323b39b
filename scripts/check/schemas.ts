/**
 * The content schemas as the checker uses them. They are the very objects Astro uses
 * (`src/schemas/`), built with a reference factory that accepts any id: whether the id exists is
 * checked later by `references.ts`, because Astro itself only logs a dangling reference.
 */
import { z } from 'astro/zod';
import { collectionNames, type CollectionName } from '../../src/schemas/collections.ts';
import { collectionSchemas } from '../../src/schemas/index.ts';
import type { RefFactory } from '../../src/schemas/refs.ts';

export type { CollectionName };

/** Which collection each reference schema points to, keyed by the schema object itself. */
const referenceTargets = new WeakMap<z.ZodType, CollectionName>();

// At check time a reference is the plain id the editor wrote; `references.ts` resolves it. The cast
// only changes the static type, which describes Astro's parsed `{ collection, id }` form.
const plainReference = ((collection: CollectionName) => {
  const schema = z.string().min(1);
  referenceTargets.set(schema, collection);
  return schema;
}) as unknown as RefFactory;

/** The collection a schema refers to, if it was made by the reference factory. */
export function referenceTarget(schema: z.ZodType): CollectionName | undefined {
  return referenceTargets.get(schema);
}

/** Each collection's schema as the checker uses it. */
export const schemas = Object.fromEntries(
  collectionNames.map((c): [CollectionName, z.ZodType] => [c, collectionSchemas[c](plainReference)]),
) as Record<CollectionName, z.ZodType>;
