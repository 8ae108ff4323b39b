/**
 * Stories: every context page, claim, figure and timeline event belongs to exactly one story, worked out
 * by `src/lib/stories/membership.ts` exactly as the pages work it out. An article may belong to none (it
 * is then listed under other articles); in two, never. Nothing is reported while the content has no hub.
 */
import { membership, type MembershipInput } from '../../src/lib/stories/membership.ts';
import type { ContentIndex } from './content-index.ts';
import type { Entry } from './load-entry.ts';
import { problemAt, type Problem } from './problems.ts';
import { parseSentenceRef } from '../../src/text/sentence-ref.ts';

interface Fields {
  hubFor?: string[];
  story?: string;
  sources?: string[];
  sentence?: string;
  source?: string;
}

const data = (index: ContentIndex, collection: 'context' | 'claims' | 'figures' | 'events') =>
  [...index.data[collection]].map(([id, d]) => ({ id, ...(d as Fields) }));

/** Membership of the content that passed its schema (broken files are reported on their own). */
export function contentMembership(index: ContentIndex) {
  const contexts = data(index, 'context');
  const input: MembershipInput = {
    hubs: contexts
      .filter((c) => c.hubFor)
      .map((c) => ({ id: c.id, articles: c.hubFor ?? [], sources: c.sources ?? [] })),
    contexts: contexts.filter((c) => !c.hubFor).map((c) => ({ id: c.id, story: c.story, sources: c.sources ?? [] })),
    claims: data(index, 'claims'),
    figures: data(index, 'figures'),
    events: data(index, 'events'),
  };
  return membership(input);
}

export function storyProblems(entries: readonly Entry[], index: ContentIndex): Problem[] {
  const m = contentMembership(index);
  if (m.stories.length === 0) return [];
  const problems: Problem[] = [];
  const seen = new Map<string, string>();
  for (const entry of entries) {
    if (entry.data === undefined) continue;
    const { collection, id, shown } = entry.file;
    const d = entry.data as Fields;
    const field = (path: (string | number)[]) => ({ file: shown, line: entry.lineOf(path), field: fieldLabel(path) });

    if (collection === 'context' && d.hubFor) {
      d.hubFor.forEach((article, i) => {
        const other = seen.get(article);
        if (other !== undefined && other !== id)
          problems.push(problemAt(field(['hubFor', i]), 'articleInTwoStories', { article, other }));
        else seen.set(article, id);
      });
    } else if (collection === 'context') {
      if (d.story === undefined) problems.push(problemAt(field(['story']), 'contextInNoStory', { stories: m.stories }));
      else if (!m.stories.includes(d.story) && index.ids.context.has(d.story))
        problems.push(problemAt(field(['story']), 'notAHub', { value: d.story, stories: m.stories }));
    } else if (collection === 'claims' || collection === 'figures') {
      const placed = m.placements[collection].get(id);
      if (d.sentence && placed && placed.stories.length === 0)
        problems.push(
          problemAt(field(['sentence']), 'sentenceInNoStory', {
            article: parseSentenceRef(d.sentence).article,
            stories: m.stories,
          }),
        );
      else if (!d.sentence && d.source && placed && placed.stories.length === 0)
        problems.push(
          problemAt(field(['source']), 'claimSourceInNoStory', {
            source: d.source,
            noun: collection === 'claims' ? 'claim' : 'figure',
            stories: m.stories,
          }),
        );
    } else if (collection === 'questions') {
      // A question has no story of its own: it is where its claims are, and that must be one story.
      const stories = questionStories(index, m, id);
      if (stories.length > 1) problems.push(problemAt(field(['question']), 'questionInTwoStories', { stories }));
    } else if (collection === 'events') {
      problems.push(...eventProblems(d, m.stories, field, index, m.placements.events.get(id)?.stories ?? []));
    }
  }
  return problems;
}

/** The stories of the claims that belong to a question, sorted. */
function questionStories(index: ContentIndex, m: ReturnType<typeof contentMembership>, question: string): string[] {
  const stories = new Set<string>();
  for (const [claim, d] of index.data.claims)
    if ((d as { question?: string }).question === question) {
      // A claim in two stories is already reported through its article; count only placed ones.
      const placed = m.placements.claims.get(claim)?.stories ?? [];
      if (placed.length === 1 && placed[0]) stories.add(placed[0]);
    }
  return [...stories].sort();
}

function eventProblems(
  d: Fields,
  stories: string[],
  field: (path: (string | number)[]) => { file: string; line: number; field: string },
  index: ContentIndex,
  placed: string[],
): Problem[] {
  if (d.story !== undefined) {
    if (!stories.includes(d.story))
      return index.ids.context.has(d.story)
        ? [problemAt(field(['story']), 'notAHub', { value: d.story, stories })]
        : [];
    const derived = placed.find((s) => s !== d.story);
    if (derived)
      return [
        problemAt(field(['story']), 'storyContradicted', {
          story: d.story,
          derived,
          basis: d.sentence ? 'sentence' : 'source',
        }),
      ];
    return [];
  }
  if (d.sentence) {
    if (placed.length > 0) return [];
    return [
      problemAt(field(['sentence']), 'sentenceInNoStory', { article: parseSentenceRef(d.sentence).article, stories }),
    ];
  }
  if (placed.length === 1 || !d.source) return [];
  return placed.length === 0
    ? [problemAt(field(['source']), 'sourceInNoStory', { source: d.source, stories })]
    : [problemAt(field(['source']), 'sourceInTwoStories', { source: d.source, stories: placed })];
}

/** `['hubFor', 1]` → `hubFor[1]`, as the other checks name list items. */
const fieldLabel = (path: (string | number)[]): string =>
  path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
