/**
 * Absolute and site-relative URLs for metadata. The site's host comes only from `SITE_URL` (Astro's `site`):
 * when it is not set there is no absolute URL at all, never a guessed or placeholder host.
 */
import { site } from '../../site/settings.ts';
import { withBase } from '../paths.ts';

/** The site name shown in titles, feeds, social cards and structured data (from the settings file). */
export const SITE_NAME = site.name;

export interface UrlContext {
  /** Astro's `site` (from `SITE_URL`), or undefined when it is not set. */
  site: URL | string | undefined;
  /** Astro's base (`import.meta.env.BASE_URL`), e.g. `/explainer/`. */
  base: string;
}

/**
 * `https://host/explainer/claims/` for `/claims/`, or null without a site.
 *
 * The site URL may carry its own path (`https://host/sub/`): the base path is what Astro prefixes, so it is
 * resolved against the site's origin, exactly as Astro itself resolves `site` + `base`.
 */
export function absoluteUrl(path: string, ctx: UrlContext): string | null {
  if (!ctx.site) return null;
  return new URL(withBase(path, ctx.base), ctx.site).href;
}

/** The absolute URL when the site is known, else the base-prefixed path (for JSON-LD, where both are valid). */
export function bestUrl(path: string, ctx: UrlContext): string {
  return absoluteUrl(path, ctx) ?? withBase(path, ctx.base);
}
