/**
 * Every page of the site, read from the content collections (works as content arrives: each collection
 * may be empty). Used by the search page's full list, the feeds and the social images.
 */
import { getCollection } from 'astro:content';
import { stories } from '../stories/query.ts';
import { entryPath, fixedPages, storyPath } from '../../site/routes.ts';
import type { PageKind, SitePage } from './pages.ts';

const byTitle = (a: SitePage, b: SitePage) => a.title.localeCompare(b.title, 'en');
const byDateDesc = (a: SitePage, b: SitePage) => (b.date ?? '').localeCompare(a.date ?? '') || byTitle(a, b);

/**
 * Articles, context pages and the stories' hubs: what the feeds carry. Newest first. A hub is listed at
 * its story's home (`/` while there is one story, else `/stories/<id>/`): its `/context/<id>/` address
 * only leads there. With `story`, only that story's pages.
 */
export async function storyPages(story?: string): Promise<SitePage[]> {
  const { list, several, of } = await stories();
  const mine = (kind: 'articles' | 'context', id: string) => story === undefined || of(kind, id) === story;
  const hubs = list
    .filter((s) => story === undefined || s.id === story)
    .map((s): SitePage => ({
      kind: 'context',
      path: storyPath(s.id, several),
      title: s.hub.data.title,
      description: s.hub.data.summary,
      date: s.hub.data.updated,
    }));
  const articles = (await getCollection('articles'))
    .filter((e) => mine('articles', e.id))
    .map((e): SitePage => ({
      kind: 'article',
      path: entryPath('articles', e.id),
      title: e.data.title,
      description: e.data.dek,
      date: e.data.published.date ?? undefined,
      language: e.data.language.code,
    }));
  const context = (await getCollection('context'))
    .filter((e) => !e.data.hubFor && mine('context', e.id))
    .map((e): SitePage => ({
      kind: 'context',
      path: entryPath('context', e.id),
      title: e.data.title,
      description: e.data.summary,
      date: e.data.updated,
    }));
  return [...hubs, ...articles, ...context].sort(byDateDesc);
}

/** People, organisations and places, each sorted by name. */
export async function entityPages(): Promise<SitePage[]> {
  const description = (d: { role?: string | undefined; background?: string | undefined }) =>
    d.role ?? d.background ?? '';
  const people = (await getCollection('people')).map((e): SitePage => ({
    kind: 'person',
    path: entryPath('people', e.id),
    title: e.data.name,
    description: description(e.data),
  }));
  const organisations = (await getCollection('organisations')).map((e): SitePage => ({
    kind: 'organisation',
    path: entryPath('organisations', e.id),
    title: e.data.name,
    description: description(e.data),
  }));
  const places = (await getCollection('places')).map((e): SitePage => ({
    kind: 'place',
    path: entryPath('places', e.id),
    title: e.data.name,
    description: description(e.data),
  }));
  return [...people.sort(byTitle), ...organisations.sort(byTitle), ...places.sort(byTitle)];
}

/** Every content page plus the fixed ones (home, background list, claims ledger, timeline…). */
export async function sitePages(): Promise<SitePage[]> {
  const fixed = (kind: PageKind, page: keyof typeof fixedPages): SitePage => ({ kind, ...fixedPages[page] });
  return [
    fixed('home', 'home'),
    ...(await storyPages()),
    fixed('context', 'background'),
    fixed('claims', 'claims'),
    fixed('timeline', 'timeline'),
    fixed('sources', 'sources'),
    fixed('corrections', 'corrections'),
    ...(await entityPages()),
  ];
}
