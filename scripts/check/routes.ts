/**
 * The pages the site builds, for checking internal links in editors' MDX: the fixed pages and one page
 * per entry of each collection with pages, from the site's route table (`src/site/routes.ts`).
 */
import { pagedCollections, type CollectionName } from '../../src/schemas/collections.ts';
import { entryPath, fixedPages } from '../../src/site/routes.ts';

/** Every route of the site, with a trailing slash (the site uses `trailingSlash: 'always'`). */
export function siteRoutes(ids: Readonly<Record<CollectionName, ReadonlySet<string>>>): Set<string> {
  const routes = new Set<string>(Object.values(fixedPages).map((p) => p.path));
  for (const collection of pagedCollections) for (const id of ids[collection]) routes.add(entryPath(collection, id));
  return routes;
}
