/** RSS 2.0 feed of every story's pages; only built when `SITE_URL` is set (see `src/lib/seo/feeds.ts`). */
import type { APIContext } from 'astro';
import { storyPages } from '../lib/seo/catalogue.ts';
import { rssResponse } from '../lib/seo/rss.ts';

export async function GET(context: APIContext): Promise<Response> {
  return rssResponse(await storyPages(), context);
}
