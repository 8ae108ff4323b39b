/**
 * Which story each piece of content belongs to. Pure: plain ids in, plain ids out, so that pages
 * (`src/lib/stories/query.ts`) and `npm run check` work it out the same way.
 *
 * A story is its hub: the context page with `hubFor`, which names the story's articles. That is the
 * only place an article's story is written. Everything else follows from references that exist anyway:
 * - a context page names its story with `story` (the hub's id);
 * - a claim or a figure belongs to the story of the article whose sentence it cites; one that rests on a
 *   cited source instead belongs to the stories whose pages list that source;
 * - a timeline event belongs to the story of the article sentence it rests on; an event that rests only
 *   on a cited source belongs to the stories whose pages list that source; where that is not exactly one
 *   story, the event names it with `story`.
 * With no hub at all, nothing belongs to a story and nothing is reported.
 */
import { parseSentenceRef } from '../../text/sentence-ref.ts';

export interface MembershipInput {
  /** Context pages with `hubFor`: the story ids, and the articles each names. */
  hubs: readonly { id: string; articles: readonly string[]; sources: readonly string[] }[];
  /** The other context pages. */
  contexts: readonly { id: string; story?: string | undefined; sources: readonly string[] }[];
  claims: readonly { id: string; sentence?: string | undefined; source?: string | undefined }[];
  figures: readonly { id: string; sentence?: string | undefined; source?: string | undefined }[];
  events: readonly {
    id: string;
    sentence?: string | undefined;
    source?: string | undefined;
    story?: string | undefined;
  }[];
}

/** Where an item's story comes from: the field to point an editor at. */
export type Basis = 'hubFor' | 'story' | 'sentence' | 'source' | 'none';

export interface Placement {
  /** Story ids (hub ids), sorted; one for content in order. */
  stories: string[];
  basis: Basis;
}

export type MembershipKind = 'articles' | 'context' | 'claims' | 'figures' | 'events';

export interface Membership {
  /** Every story id (hub id), sorted. */
  stories: string[];
  placements: Record<MembershipKind, Map<string, Placement>>;
}

const sorted = (ids: Iterable<string>): string[] => [...new Set(ids)].sort();

export function membership(input: MembershipInput): Membership {
  const stories = sorted(input.hubs.map((h) => h.id));
  const known = new Set(stories);

  const articles = new Map<string, Placement>();
  for (const hub of input.hubs)
    for (const article of hub.articles) {
      const placed = articles.get(article);
      articles.set(article, { stories: sorted([...(placed?.stories ?? []), hub.id]), basis: 'hubFor' });
    }
  const ofArticle = (article: string): string[] => articles.get(article)?.stories ?? [];
  const ofSentence = (ref: string | undefined): Placement =>
    ref ? { stories: ofArticle(parseSentenceRef(ref).article), basis: 'sentence' } : { stories: [], basis: 'none' };

  const context = new Map<string, Placement>();
  for (const hub of input.hubs) context.set(hub.id, { stories: [hub.id], basis: 'hubFor' });
  for (const page of input.contexts)
    context.set(page.id, {
      stories: page.story && known.has(page.story) ? [page.story] : [],
      basis: page.story ? 'story' : 'none',
    });

  // Which stories' pages list each source (hubs and background pages alike).
  const sourceStories = new Map<string, Set<string>>();
  const listSources = (story: string | undefined, sources: readonly string[]) => {
    if (!story) return;
    for (const source of sources) {
      const set = sourceStories.get(source) ?? new Set<string>();
      set.add(story);
      sourceStories.set(source, set);
    }
  };
  for (const hub of input.hubs) listSources(hub.id, hub.sources);
  for (const page of input.contexts) listSources(context.get(page.id)?.stories[0], page.sources);

  const ofBasis = (item: { sentence?: string | undefined; source?: string | undefined }): Placement =>
    !item.sentence && item.source
      ? { stories: sorted(sourceStories.get(item.source) ?? []), basis: 'source' }
      : ofSentence(item.sentence);
  const claims = new Map(input.claims.map((c) => [c.id, ofBasis(c)]));
  const figures = new Map(input.figures.map((f) => [f.id, ofBasis(f)]));
  const events = new Map<string, Placement>();
  for (const e of input.events) {
    let placed: Placement = e.sentence
      ? ofSentence(e.sentence)
      : { stories: sorted(sourceStories.get(e.source ?? '') ?? []), basis: 'source' };
    if (e.story) {
      // `story` settles an event whose source is shared, or listed by no story's page; it cannot
      // move an event whose sentence or source already places it in one other story.
      const named = known.has(e.story) ? [e.story] : [];
      placed =
        placed.stories.length === 1 && placed.stories[0] !== e.story
          ? { stories: sorted([...placed.stories, ...named]), basis: 'story' }
          : { stories: named, basis: 'story' };
    }
    events.set(e.id, placed);
  }

  return { stories, placements: { articles, context, claims, figures, events } };
}

/** The one story of an item, or undefined when it is in none or in several. */
export function storyOf(m: Membership, kind: MembershipKind, id: string): string | undefined {
  const stories = m.placements[kind].get(id)?.stories ?? [];
  return stories.length === 1 ? stories[0] : undefined;
}
