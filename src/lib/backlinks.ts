/**
 * Where each person, place and organisation is mentioned: every sentence of every article (from
 * ingest's mentions) and of every context page (matched here with ingest's own matcher, so both
 * read names the same way). Computed once per build.
 */
import { getCollection } from 'astro:content';
import { entityCollections } from '../schemas/collections.ts';
import { mentionMatcher, type Entity } from '../text/mentions.ts';
import { mdxProseBlocks } from '../text/mdx-text.ts';
import { splitSentences } from '../text/sentences.ts';
import { withBase } from './paths.ts';
import { SITE_LANGUAGE, langAttr } from '../text/language.ts';
import { stories } from './stories/query.ts';
import { entryPath, sentencePath, storyPath } from '../site/routes.ts';

export interface Backlink {
  /** Title of the page the mention is on. */
  page: string;
  href: string;
  /** The sentence around the mention, and the mention's offsets in it. */
  sentence: string;
  start: number;
  end: number;
  /** The sentence's language where it is not the site's (an article's; `""` when unknown). */
  lang?: string | undefined;
  /** The same for the page title. */
  pageLang?: string | undefined;
  /** The story of the page the mention is on (a hub id), if it is in one. */
  story?: string | undefined;
}

let cache: Promise<Map<string, Backlink[]>> | undefined;

export function backlinksByEntity(): Promise<Map<string, Backlink[]>> {
  cache ??= build();
  return cache;
}

async function build(): Promise<Map<string, Backlink[]>> {
  const [articles, contexts, ...entityLists] = await Promise.all([
    getCollection('articles'),
    getCollection('context'),
    ...entityCollections.map(async (collection) =>
      (await getCollection(collection)).map((e): Entity => ({
        ref: `${collection}/${e.id}`,
        name: e.data.name,
        aliases: e.data.aliases,
      })),
    ),
  ]);
  const entities = entityLists.flat();
  const { of, several } = await stories();
  const links = new Map<string, Backlink[]>(entities.map((e) => [e.ref, []]));
  const add = (ref: string, link: Backlink) => links.get(ref)?.push(link);

  // Collections come back in the content store's order, which a kept cache may change: sort by id.
  for (const article of articles.sort((a, b) => a.id.localeCompare(b.id))) {
    const sentences = new Map(
      article.data.paragraphs.flatMap((p) =>
        p.sentences.map((s) => [s.id, { text: s.text, start: p.text.indexOf(s.text) }] as const),
      ),
    );
    const paragraphOf = new Map(
      article.data.paragraphs.flatMap((p) => p.sentences.map((s) => [s.id, p.text] as const)),
    );
    for (const m of article.data.mentions) {
      const s = sentences.get(m.sentence);
      const paragraph = paragraphOf.get(m.sentence);
      if (!s || paragraph === undefined) continue;
      const offset = paragraph.indexOf(s.text);
      const own = article.data.paragraphs.find((p) => p.sentences.some((x) => x.id === m.sentence))?.language;
      add(m.entity, {
        lang: langAttr(own ?? article.data.language.code, SITE_LANGUAGE),
        pageLang: langAttr(article.data.titleLanguage ?? article.data.language.code, SITE_LANGUAGE),
        page: article.data.title,
        href: withBase(sentencePath(article.id, m.sentence)),
        sentence: s.text,
        start: m.start - offset,
        end: m.end - offset,
        story: of('articles', article.id),
      });
    }
  }

  const matcher = mentionMatcher(entities);
  for (const page of contexts.sort((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id))) {
    for (const text of mdxProseBlocks(page.body ?? '')) {
      for (const span of splitSentences(text)) {
        const sentence = text.slice(span.start, span.end);
        for (const m of matcher.find(sentence))
          add(m.entity, {
            page: page.data.title,
            href: withBase(page.data.hubFor ? storyPath(page.id, several) : entryPath('context', page.id)),
            sentence,
            start: m.start,
            end: m.end,
            story: of('context', page.id),
          });
      }
    }
  }
  return links;
}
