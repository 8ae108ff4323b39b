/** RSS 2.0 feed of articles and context pages; only built when `SITE_URL` is set (see `src/lib/seo/feeds.ts`). */
import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { storyPages } from '../lib/seo/catalogue.ts';
import { FEED_DESCRIPTION, feedItems, feedLanguage, noFeed } from '../lib/seo/feeds.ts';
import { absoluteUrl, SITE_NAME } from '../lib/seo/urls.ts';

export async function GET(context: APIContext): Promise<Response> {
  const ctx = { site: context.site, base: import.meta.env.BASE_URL };
  const items = feedItems(await storyPages(), ctx);
  if (!items || !context.site) return noFeed();
  const self = absoluteUrl('/rss.xml', ctx)!;
  const language = feedLanguage(items);
  return rss({
    title: SITE_NAME,
    description: FEED_DESCRIPTION,
    site: absoluteUrl('/', ctx)!,
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
