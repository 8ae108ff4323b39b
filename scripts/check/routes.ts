/**
 * The pages the site builds, for checking internal links in editors' MDX. When a page is added to
 * `src/pages/`, add its route here: this function is the checker's only picture of the site.
 */
import type { CollectionName } from './schemas.ts';

/** Pages that exist once, whatever the content. */
const staticRoutes = ['/', '/context/', '/claims/', '/timeline/', '/search/', '/corrections/', '/sources/'];

/** Collections with one page per entry, at `/<collection>/<id>/`. */
const collectionsWithPages = [
  'articles',
  'context',
  'people',
  'places',
  'organisations',
] as const satisfies readonly CollectionName[];

/** Every route of the site, with a trailing slash (the site uses `trailingSlash: 'always'`). */
export function siteRoutes(ids: Readonly<Record<CollectionName, ReadonlySet<string>>>): Set<string> {
  const routes = new Set(staticRoutes);
  for (const collection of collectionsWithPages) {
    for (const id of ids[collection]) routes.add(`/${collection}/${id}/`);
  }
  return routes;
}
