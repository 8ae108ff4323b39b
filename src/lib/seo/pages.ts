/**
 * The site's pages as data, for the search page's no-JavaScript list, the feeds and the social images.
 * Route paths are site-relative (no base); pass them through `withBase()` for links.
 *
 * Pure helpers here; `sitePages()` in `catalogue.ts` reads the collections.
 */
import { pagedCollections } from '../../schemas/collections.ts';

/** What a page is, as shown on its social image and in the search list's groups. */
export type PageKind =
  | 'home'
  | 'article'
  | 'context'
  | 'person'
  | 'place'
  | 'organisation'
  | 'claims'
  | 'timeline'
  | 'sources'
  | 'corrections';

export interface SitePage {
  kind: PageKind;
  /** Site-relative path, e.g. `/people/vyacheslav-volodin/`. */
  path: string;
  title: string;
  /** One or two sentences, or empty when the entry has none. */
  description: string;
  /** YYYY-MM-DD: publication (articles) or last update (context pages). */
  date?: string | undefined;
  /** An article's language (null: unknown); undefined for the site's own pages, which are in `SITE_LANGUAGE`. */
  language?: string | null | undefined;
}

/** Headings for the kinds, in the order the search page lists them. */
export const kindHeadings: [PageKind, string][] = [
  ['home', 'Start'],
  ['article', 'Source articles'],
  ['context', 'Background'],
  ['claims', 'Claims'],
  ['timeline', 'Timeline'],
  ['sources', 'Sources'],
  ['corrections', 'Corrections'],
  ['person', 'People'],
  ['organisation', 'Organisations'],
  ['place', 'Places'],
];

/** The word on a page's social image. */
export const socialImageLabel: Record<PageKind, string> = {
  home: 'Explainer',
  article: 'Source article',
  context: 'Background',
  person: 'Person',
  place: 'Place',
  organisation: 'Organisation',
  claims: 'Claims ledger',
  timeline: 'Timeline',
  sources: 'Sources',
  corrections: 'Corrections',
};

/**
 * The social image of a page: `/articles/x/` → `/og/articles/x.png`, anything else (home, claims,
 * timeline, search…) → the site's own card `/og/index.png`.
 */
export function ogImagePath(pagePath: string): string {
  const m = /^\/([a-z]+)\/([a-z0-9-]+)\/$/.exec(pagePath);
  // Each collection with pages has a card per entry (see `src/pages/og/[...slug].png.ts`).
  if (m && (pagedCollections as readonly string[]).includes(m[1]!)) return `/og/${m[1]}/${m[2]}.png`;
  return '/og/index.png';
}

/** The `[...slug]` of a page's social image: `/og/articles/x.png` → `articles/x`. */
export function ogSlug(pagePath: string): string {
  return ogImagePath(pagePath)
    .replace(/^\/og\//, '')
    .replace(/\.png$/, '');
}
