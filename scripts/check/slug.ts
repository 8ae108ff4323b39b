/** Ids are file names: lower-case words joined by hyphens, as the `slug` schema requires. */
import { slug as slugSchema } from '../../src/schemas/common.ts';

/** "Who shot down the Il-76?" → "who-shot-down-the-il-76". At most 60 characters, cut between words. */
export function slugify(title: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '') // accents: "Kyïv" → "kyiv"
    .toLowerCase()
    .replace(/['’]/g, '') // "Russia's" → "russias", not "russia-s"
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= 60) return slug;
  const cut = slug.slice(0, 61);
  return cut.slice(0, cut.lastIndexOf('-') > 0 ? cut.lastIndexOf('-') : 60);
}

export const isSlug = (id: string): boolean => slugSchema.safeParse(id).success;
