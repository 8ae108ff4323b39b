/** JSON Feed 1.1 of articles and context pages; only built when `SITE_URL` is set (see `src/lib/seo/feeds.ts`). */
import type { APIContext } from 'astro';
import { storyPages } from '../lib/seo/catalogue.ts';
import { jsonFeed, noFeed } from '../lib/seo/feeds.ts';

export async function GET(context: APIContext): Promise<Response> {
  const feed = jsonFeed(await storyPages(), { site: context.site, base: import.meta.env.BASE_URL });
  if (!feed) return noFeed();
  return new Response(JSON.stringify(feed, null, 1), {
    headers: { 'Content-Type': 'application/feed+json; charset=utf-8' },
  });
}
