/**
 * The content schemas as the checker uses them. They are the very objects Astro uses
 * (`src/schemas/`), built with a reference factory that accepts any id: whether the id exists is
 * checked later by `references.ts`, because Astro itself only logs a dangling reference.
 */
import { z } from 'astro/zod';
import { articleSchema } from '../../src/schemas/article.ts';
import { contextSchema } from '../../src/schemas/context.ts';
import { claimSchema, eventSchema, figureSchema, questionSchema, sourceSchema } from '../../src/schemas/editorial.ts';
import { organisationSchema, personSchema, placeSchema } from '../../src/schemas/entities.ts';
import type { CollectionName, RefFactory } from '../../src/schemas/refs.ts';

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

export const schemas: Record<CollectionName, z.ZodType> = {
  articles: articleSchema,
  context: contextSchema(plainReference),
  people: personSchema(plainReference),
  places: placeSchema(plainReference),
  organisations: organisationSchema(plainReference),
  questions: questionSchema(plainReference),
  claims: claimSchema(plainReference),
  figures: figureSchema(plainReference),
  sources: sourceSchema,
  events: eventSchema(plainReference),
};

/** Collections of one YAML file per entry; the others are MDX. */
export const yamlCollections = [
  'people',
  'places',
  'organisations',
  'questions',
  'claims',
  'figures',
  'sources',
  'events',
] as const;

/** What one entry of a collection is called in a sentence: `no person "x"`. */
export const entryNoun: Record<CollectionName, string> = {
  articles: 'article',
  context: 'context page',
  people: 'person',
  places: 'place',
  organisations: 'organisation',
  questions: 'question',
  claims: 'claim',
  figures: 'figure',
  sources: 'source',
  events: 'event',
};
