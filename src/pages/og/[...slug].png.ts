/**
 * One social image per page that has its own: articles, context pages, people, places, organisations, and
 * `index` for the home page (every other page uses it too; see `ogImagePath()`). Built at build time;
 * a card already drawn by an earlier build is read from the cache folder (see `cachedOgPng()`).
 *
 * Only with `SITE_URL`: Open Graph needs an absolute image URL, so without it no page names a card
 * (`src/lib/seo/meta.ts`), and drawing them (tens of milliseconds each) would be work nobody sees.
 */
import type { APIContext, GetStaticPaths } from 'astro';
import { cachedOgPng } from '../../lib/og/render.ts';
import { entityPages, storyPages } from '../../lib/seo/catalogue.ts';
import { socialImageLabel, ogSlug, type SitePage } from '../../lib/seo/pages.ts';
import { entryPath } from '../../site/routes.ts';
import { stories } from '../../lib/stories/query.ts';
import { propsKey } from '../../lib/page-cache.ts';
import { SITE_NAME } from '../../lib/seo/urls.ts';
import { site } from '../../site/settings.ts';

interface Props {
  title: string;
  kind: string;
}

export const getStaticPaths = (async () => {
  if (!import.meta.env.SITE) return [];
  // A hub's card is drawn from its context page (`/og/context/<hub id>.png`), also used by `/stories/<id>/`.
  const hubs = (await stories()).list.map((s): SitePage => ({
    kind: 'context',
    path: entryPath('context', s.id),
    title: s.hub.data.title,
    description: '',
  }));
  const pages = [...(await storyPages()), ...hubs, ...(await entityPages())].filter((p) => ogSlug(p.path) !== 'index');
  const cards = [
    { slug: 'index', props: { title: site.socialImageTitle, kind: socialImageLabel.home } },
    ...pages.map((p) => ({ slug: ogSlug(p.path), props: { title: p.title, kind: socialImageLabel[p.kind] } })),
  ];
  // A card shows its props and nothing else, so they are its whole cache key.
  return cards.map(({ slug, props }) => ({ params: { slug }, props, cacheKey: propsKey(props) }));
}) satisfies GetStaticPaths;

export async function GET({ props }: APIContext<Props>): Promise<Response> {
  const png = await cachedOgPng({ title: props.title, kind: props.kind, siteName: SITE_NAME });
  return new Response(png as Uint8Array<ArrayBuffer>, { headers: { 'Content-Type': 'image/png' } });
}
