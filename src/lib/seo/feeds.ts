/**
 * Feed items from the site's story pages (articles and context pages), for `rss.xml` and `feed.json`.
 *
 * Feeds need absolute links (RSS 2.0 and JSON Feed readers do not resolve relative ones reliably). Without
 * `SITE_URL` the feeds are not built at all (the endpoints answer 404 and Astro writes no file), and the
 * pages do not advertise them; no placeholder host is ever written.
 */
import { site } from '../../site/settings.ts';
import { SITE_LANGUAGE, sharedLanguage } from '../../text/language.ts';
import { absoluteUrl, SITE_NAME } from './urls.ts';
import type { UrlContext } from './urls.ts';
import type { SitePage } from './pages.ts';

export const FEED_DESCRIPTION = site.feedDescription;

export interface FeedItem {
  title: string;
  summary: string;
  url: string;
  /** Midnight UTC of the page's day, or undefined when the date is unknown. */
  date: Date | undefined;
  /** The item's language; null when unknown (see `src/text/language.ts`). */
  language: string | null;
}

/** A feed's language: the one all its items share, else the site's. Items in another language say so. */
export function feedLanguage(items: readonly FeedItem[]): string {
  return sharedLanguage(items.map((i) => i.language));
}

/** Items with absolute links, newest first; null when the site URL is unknown. */
export function feedItems(pages: readonly SitePage[], ctx: UrlContext): FeedItem[] | null {
  if (!ctx.site) return null;
  return pages.map((p) => ({
    title: p.title,
    summary: p.description,
    url: absoluteUrl(p.path, ctx)!,
    date: p.date ? new Date(`${p.date}T00:00:00Z`) : undefined,
    language: p.language === undefined ? SITE_LANGUAGE : p.language,
  }));
}

/** Which feed: the whole site's (the default), or one story's at `/stories/<id>/`. */
export interface FeedScope {
  title: string;
  /** Site-relative path of the feed's home page and of the folder its files are in. */
  home: string;
}
export const siteFeed: FeedScope = { title: SITE_NAME, home: '/' };

/** A JSON Feed 1.1 document (https://jsonfeed.org/version/1.1), or null without a site URL. */
export function jsonFeed(pages: readonly SitePage[], ctx: UrlContext, scope: FeedScope = siteFeed): object | null {
  const items = feedItems(pages, ctx);
  if (!items) return null;
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: scope.title,
    home_page_url: absoluteUrl(scope.home, ctx),
    feed_url: absoluteUrl(`${scope.home}feed.json`, ctx),
    description: FEED_DESCRIPTION,
    language: feedLanguage(items),
    items: items.map((i) => ({
      id: i.url,
      url: i.url,
      title: i.title,
      summary: i.summary,
      content_text: i.summary,
      ...(i.date ? { date_published: i.date.toISOString() } : {}),
      ...(i.language && i.language !== feedLanguage(items) ? { language: i.language } : {}),
    })),
  };
}

/** Response for a feed that cannot be built (no site URL): Astro writes nothing for a 404 in a static build. */
export const noFeed = (): Response =>
  new Response(null, { status: 404, statusText: 'No SITE_URL: feeds need absolute links' });
