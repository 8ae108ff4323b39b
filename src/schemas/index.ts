/**
 * The schema of each collection in `./collections.ts`, as a factory of the reference schema: Astro
 * passes its `reference()` (`src/content.config.ts`) and the stand-alone checker a plain id schema
 * (`scripts/check/schemas.ts`). `satisfies` makes a collection without a schema a type error.
 */
import type { z } from 'astro/zod';
import { articleSchema } from './article.ts';
import type { CollectionName } from './collections.ts';
import { contextSchema } from './context.ts';
import { claimSchema, eventSchema, figureSchema, questionSchema, sourceSchema } from './editorial.ts';
import { organisationSchema, personSchema, placeSchema } from './entities.ts';
import type { RefFactory } from './refs.ts';

export const collectionSchemas = {
  articles: () => articleSchema,
  context: contextSchema,
  people: personSchema,
  places: placeSchema,
  organisations: organisationSchema,
  questions: questionSchema,
  claims: claimSchema,
  figures: figureSchema,
  sources: () => sourceSchema,
  events: eventSchema,
} as const satisfies Record<CollectionName, (ref: RefFactory) => z.ZodType>;
