/**
 * Which built sites the browser tests visit. Nothing is built here: CI (`.ci/run`) builds first.
 *
 * - `DIST_DIR` (default `dist`) served at `BASE_PATH` (default `/`): the main build.
 * - `SUBPATH_DIST_DIR` (default `.tmp/dist-explainer`) served at `SUBPATH_BASE` (default
 *   `/explainer/`): the same site built with `BASE_PATH=/explainer/`, visited only if the folder
 *   exists. It catches links and assets that forget the base. `SUBPATH_DIST_DIR=` turns it off.
 * - `FIXTURE_DIST_DIR` (default `.tmp/dist-fixtures`, built by `scripts/quality/fixture-site.ts`): the
 *   site with the article shapes of `tests/fixtures/ingest/` added (posts, datelines, credits, a
 *   Ukrainian article…); only those articles' pages are visited, the rest are the main build's.
 *   Visited only if the folder exists; `FIXTURE_DIST_DIR=` turns it off.
 * Relative paths are taken from the project root, whatever the working directory.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { listPages, type DistPage } from '../../scripts/quality/dist-pages.ts';
import { normaliseBase } from '../../scripts/quality/serve.ts';
import { fixtureArticleIds } from '../../scripts/quality/fixture-site.ts';

export const projectRoot = resolve(import.meta.dirname, '../..');

export interface Site {
  /** Short label for messages: `root` or `subpath`. */
  label: string;
  dir: string;
  base: string;
  pages: DistPage[];
}

export interface PageCase {
  /** The test's name: the page's URL path, e.g. `/explainer/articles/x/`. */
  name: string;
  site: Site;
  page: DistPage;
}

function site(label: string, dir: string, base: string): Site {
  const abs = resolve(projectRoot, dir);
  const normalised = normaliseBase(base);
  return { label, dir: abs, base: normalised, pages: listPages(abs, normalised) };
}

const env = process.env;
export const rootSite = site('root', env['DIST_DIR'] || 'dist', env['BASE_PATH'] || '/');

const subpathDir = env['SUBPATH_DIST_DIR'] ?? '.tmp/dist-explainer';
export const subpathSite: Site | null =
  subpathDir && existsSync(resolve(projectRoot, subpathDir))
    ? site('subpath', subpathDir, env['SUBPATH_BASE'] || '/explainer/')
    : null;

const fixtureDir = env['FIXTURE_DIST_DIR'] ?? '.tmp/dist-fixtures';
/**
 * hostile-text is left out: its 89-character headline is 105 characters once `<`, `>` and `&` are
 * escaped, which html-validate's long-title rule counts. tests/build/article-page.test.ts checks it.
 */
const fixturePages = new Set(
  fixtureArticleIds()
    .filter((id) => id !== 'hostile-text')
    .map((id) => `/articles/${id}/`),
);
export const fixtureSite: Site | null =
  fixtureDir && existsSync(resolve(projectRoot, fixtureDir))
    ? (() => {
        const s = site('fixtures', fixtureDir, '/');
        return { ...s, pages: s.pages.filter((p) => fixturePages.has(p.urlPath)) };
      })()
    : null;

/** The whole-site builds (search, 404 and other site-wide tests run on these). */
export const sites: Site[] = subpathSite ? [rootSite, subpathSite] : [rootSite];
/** Every build a server is started for: the whole sites, and the fixture articles' build. */
export const servedSites: Site[] = fixtureSite ? [...sites, fixtureSite] : sites;

/** One case per built page of every site; each becomes its own named test. */
export const pageCases: PageCase[] = servedSites.flatMap((s) =>
  s.pages.map((page) => ({ name: page.urlPath, site: s, page })),
);
