/** The RSS 2.0 response for the site's feed or one story's (see `feeds.ts`); 404 without `SITE_URL`. */
import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { FEED_DESCRIPTION, feedItems, feedLanguage, noFeed, siteFeed, type FeedScope } from './feeds.ts';
import type { SitePage } from './pages.ts';
import { absoluteUrl } from './urls.ts';

export function rssResponse(pages: readonly SitePage[], context: APIContext, scope: FeedScope = siteFeed) {
  const ctx = { site: context.site, base: import.meta.env.BASE_URL };
  const items = feedItems(pages, ctx);
  if (!items || !context.site) return noFeed();
  const self = absoluteUrl(`${scope.home}rss.xml`, ctx)!;
  const language = feedLanguage(items);
  return rss({
    title: scope.title,
    description: FEED_DESCRIPTION,
    site: absoluteUrl(scope.home, ctx)!,
    xmlns: { atom: 'http://www.w3.org/2005/Atom', dc: 'http://purl.org/dc/elements/1.1/' },
    customData: `<language>${language}</language><atom:link href="${self}" rel="self" type="application/rss+xml"/>`,
    items: items.map((i) => ({
      title: i.title,
      description: i.summary,
      link: i.url,
      ...(i.date ? { pubDate: i.date } : {}),
      // An item in another language than the channel's says so (Dublin Core; RSS 2.0 has no item language).
      ...(i.language && i.language !== language ? { customData: `<dc:language>${i.language}</dc:language>` } : {}),
    })),
  });
}
