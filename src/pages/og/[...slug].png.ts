/**
 * One social image per page that has its own: articles, context pages, people, places, organisations, and
 * `index` for the home page (every other page uses it too; see `ogImagePath()`). Built at build time.
 */
import type { APIContext, GetStaticPaths } from 'astro';
import { renderOgPng } from '../../lib/og/render.ts';
import { entityPages, storyPages } from '../../lib/seo/catalogue.ts';
import { kindLabel, ogSlug } from '../../lib/seo/pages.ts';
import { SITE_NAME } from '../../lib/seo/urls.ts';

interface Props {
  title: string;
  kind: string;
}

export const getStaticPaths = (async () => {
  const pages = [...(await storyPages()), ...(await entityPages())];
  return [
    {
      params: { slug: 'index' },
      props: { title: 'Who says what about the Il-76 crash, and what is known', kind: kindLabel.home },
    },
    ...pages.map((p) => ({ params: { slug: ogSlug(p.path) }, props: { title: p.title, kind: kindLabel[p.kind] } })),
  ];
}) satisfies GetStaticPaths;

export async function GET({ props }: APIContext<Props>): Promise<Response> {
  const png = await renderOgPng({ title: props.title, kind: props.kind, siteName: SITE_NAME });
  return new Response(png as Uint8Array<ArrayBuffer>, { headers: { 'Content-Type': 'image/png' } });
}
