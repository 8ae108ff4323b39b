/**
 * Every internal link goes through `withBase`, because Astro prefixes its own assets with the base
 * path but not our hrefs, and the site must work under any sub-path (`BASE_PATH=/explainer/`).
 */
import { sentencePath } from '../site/routes.ts';
import { parseSentenceRef } from '../text/sentence-ref.ts';

/** Astro's base path; `/` where there is no Vite env (e.g. when astro.config.mjs loads a plugin). */
const siteBase = (): string => import.meta.env?.BASE_URL ?? '/';

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
