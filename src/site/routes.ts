/**
 * The site's routes: every address the site builds, with the file under `src/pages/` that builds it.
 * Links, the header, the feeds, the search list, the social images and the checker's picture of the
 * site all take their paths from here, and `tests/site/routes.test.ts` fails when a file under
 * `src/pages/` is missing from this table (or the table names a file that does not exist).
 *
 * Paths are site-relative with a trailing slash (the site uses `trailingSlash: 'always'`); links pass
 * them through `withBase()`.
 */
import { collectionTable, pagedCollections, type PagedCollection } from '../schemas/collections.ts';

interface FixedPage {
  readonly path: string;
  readonly file: string;
  /** The page's title, as it is shown on the page and in lists of pages. */
  readonly title: string;
  /** The page's description (meta description and the search page's list). */
  readonly description: string;
}

/** Pages that exist once, whatever the content. */
export const fixedPages = {
  home: {
    path: '/',
    file: 'index.astro',
    title: 'Home: what we know, key figures, map and background',
    description: '',
  },
  background: {
    path: '/context/',
    file: 'context/index.astro',
    title: 'Background',
    description: 'Every background page: what the editors explain around the story, each page with its sources.',
  },
  claims: {
    path: '/claims/',
    file: 'claims/index.astro',
    title: 'Claims ledger',
    description:
      'Every claim in the article: who made it, in what words, the dated evidence on it, and where it stands.',
  },
  timeline: {
    path: '/timeline/',
    file: 'timeline/index.astro',
    title: 'Timeline',
    description: 'Dated events from the article and the sourced background, with times in UTC and local time.',
  },
  search: {
    path: '/search/',
    file: 'search/index.astro',
    title: 'Search',
    description:
      'Search the explainer: source articles, background pages, people, places, organisations, claims and the timeline.',
  },
  corrections: {
    path: '/corrections/',
    file: 'corrections/index.astro',
    title: 'Corrections',
    description: 'Every correction made to the background pages, newest first.',
  },
  sources: {
    path: '/sources/',
    file: 'sources/index.astro',
    title: 'Sources',
    description: 'Every source the explainer cites: headline, publisher, date and address where known.',
  },
} as const satisfies Record<string, FixedPage>;

export type FixedPageName = keyof typeof fixedPages;

/** The main navigation, in order, with the short label each has there. */
export const navigation: readonly { page: FixedPageName; label: string }[] = [
  { page: 'home', label: 'Home' },
  { page: 'claims', label: 'Claims' },
  { page: 'timeline', label: 'Timeline' },
  { page: 'search', label: 'Search' },
];

/** The first crumb of every breadcrumb trail. */
export const homeCrumb = { label: navigation[0]!.label, href: fixedPages.home.path };

/** Everything else `src/pages/` builds: per-entry and per-story pages, feeds, images, scripts. */
export const generatedFiles = {
  notFound: { path: '/404.html', file: '404.astro' },
  rss: { path: '/rss.xml', file: 'rss.xml.ts' },
  jsonFeed: { path: '/feed.json', file: 'feed.json.ts' },
  searchScript: { path: '/search/search.js', file: 'search/search.js.ts' },
  socialImages: { path: '/og/<collection>/<id>.png', file: 'og/[...slug].png.ts' },
  storyHubs: { path: '/stories/<id>/', file: 'stories/[id]/index.astro' },
  storyRss: { path: '/stories/<id>/rss.xml', file: 'stories/[id]/rss.xml.ts' },
  storyJsonFeeds: { path: '/stories/<id>/feed.json', file: 'stories/[id]/feed.json.ts' },
} as const;

/** Every file under `src/pages/` the table accounts for (entry pages from the collections table). */
export function routeFiles(): string[] {
  const files = [
    ...Object.values(fixedPages).map((p) => p.file),
    ...Object.values(generatedFiles).map((p) => p.file),
    ...pagedCollections.map((c) => collectionTable[c].page),
  ];
  return [...new Set(files)].sort();
}

/** The page of one entry: `entryPath('people', 'vyacheslav-volodin')` → `/people/vyacheslav-volodin/`. */
export const entryPath = (collection: PagedCollection, id: string): string => `/${collection}/${id}/`;

/** One sentence of an article: `/articles/<article>/#p3s1`. */
export const sentencePath = (article: string, sentence: string): string =>
  `${entryPath('articles', article)}#${sentence}`;

/** A claim in the ledger. */
export const claimPath = (id: string): string => `${fixedPages.claims.path}#${id}`;

/** A source in the site-wide list. */
export const sourcePath = (id: string): string => `${fixedPages.sources.path}#source-${id}`;

/** A story's section on a page that groups by story (ledger, timeline). */
export const storySectionPath = (page: FixedPageName, story: string): string =>
  `${fixedPages[page].path}#story-${story}`;

/** A story's hub: the home page while there is one story, `/stories/<id>/` once there are several. */
export const storyPath = (id: string, several: boolean): string => (several ? `/stories/${id}/` : fixedPages.home.path);

/** A feed of the whole site (no story) or of one story. */
export const feedPath = (feed: 'rss.xml' | 'feed.json', story?: string): string =>
  story === undefined ? `/${feed}` : `/stories/${story}/${feed}`;
