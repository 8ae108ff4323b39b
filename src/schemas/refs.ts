import type { z } from 'astro/zod';
import type { CollectionName } from './collections.ts';

export type { CollectionName };

/** What a reference field holds after parsing in Astro: `{ collection: 'people', id: 'vyacheslav-volodin' }`. */
export interface Ref<C extends CollectionName> {
  collection: C;
  id: string;
}

/**
 * Builds the schema of a reference to another collection. Astro's `reference()` is only available
 * inside Astro, so each schema is a factory: `src/content.config.ts` passes `reference`, and the
 * stand-alone checker passes a plain id schema and checks that the id exists itself (Astro only logs
 * a dangling reference and builds green).
 */
export type RefFactory = <C extends CollectionName>(collection: C) => z.ZodType<Ref<C>>;
