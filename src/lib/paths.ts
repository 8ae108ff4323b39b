/**
 * Every internal link goes through `withBase`, because Astro prefixes its own assets with the base
 * path but not our hrefs, and the site must work under any sub-path (`BASE_PATH=/explainer/`).
 */
import { sentencePath } from '../site/routes.ts';
import { parseSentenceRef } from '../text/sentence-ref.ts';

/**
 * Astro's base path, read as a plain property. Where a file uses Vite's env object whole (optional chaining
 * counts, and so does naming it bare in a comment), Astro copies into the built code every environment
 * variable whose name the file mentions (here `PATH`). The built code then differs with the shell the build
 * runs in, and with it the incremental build's hash of the code.
 */
const siteBase = (): string => import.meta.env.BASE_URL;

/** Joins the site's base path and a site-relative path with exactly one slash: `withBase('/claims/')`. */
export function withBase(path: string, basePath: string = siteBase()): string {
  if (/^[a-z][a-z0-9+.-]*:|^\/\/|^#/i.test(path)) return path; // absolute URL, protocol-relative or fragment
  const head = basePath.endsWith('/') ? basePath : `${basePath}/`;
  return head + path.replace(/^\/+/, '');
}

/** The page of one entry, e.g. `entityHref('people/vyacheslav-volodin')` → `/people/vyacheslav-volodin/`. */
export function entityHref(ref: string): string {
  return withBase(`/${ref}/`);
}

/** Link to one sentence of an article: `sentenceHref('il76-crash-2024-01-24#p3s1')`. */
export function sentenceHref(ref: string): string {
  const { article, sentence } = parseSentenceRef(ref);
  return withBase(sentencePath(article, sentence));
}
