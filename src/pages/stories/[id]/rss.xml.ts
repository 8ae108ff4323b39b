/** One story's RSS 2.0 feed: its hub, articles and background pages; only built when `SITE_URL` is set. */
import type { APIContext } from 'astro';
import { storyPages } from '../../../lib/seo/catalogue.ts';
import { rssResponse } from '../../../lib/seo/rss.ts';
import { stories } from '../../../lib/stories/query.ts';
import { storyPath } from '../../../site/routes.ts';

export async function getStaticPaths() {
  return (await stories()).list.map((s) => ({ params: { id: s.id }, props: { title: s.hub.data.title } }));
}

export async function GET(context: APIContext<{ title: string }>): Promise<Response> {
  const id = context.params['id']!;
  return rssResponse(await storyPages(id), context, { title: context.props.title, home: storyPath(id, true) });
}
