/** One story's JSON Feed 1.1: its hub, articles and background pages; only built when `SITE_URL` is set. */
import type { APIContext } from 'astro';
import { storyPages } from '../../../lib/seo/catalogue.ts';
import { jsonFeed, noFeed } from '../../../lib/seo/feeds.ts';
import { stories } from '../../../lib/stories/query.ts';
import { storyPath } from '../../../site/routes.ts';

export async function getStaticPaths() {
  return (await stories()).list.map((s) => ({ params: { id: s.id }, props: { title: s.hub.data.title } }));
}

export async function GET(context: APIContext<{ title: string }>): Promise<Response> {
  const id = context.params['id']!;
  const feed = jsonFeed(
    await storyPages(id),
    { site: context.site, base: import.meta.env.BASE_URL },
    { title: context.props.title, home: storyPath(id, true) },
  );
  if (!feed) return noFeed();
  return new Response(JSON.stringify(feed, null, 1), {
    headers: { 'Content-Type': 'application/feed+json; charset=utf-8' },
  });
}
