/** Which story each piece of content belongs to, worked out from what it cites. */
import { expect, test } from 'vitest';
import { membership, storyOf, type MembershipInput } from '../../src/lib/stories/membership.ts';

const input: MembershipInput = {
  hubs: [
    { id: 'crash', articles: ['crash-article'], sources: ['wire-crash', 'shared-wire'] },
    { id: 'bridge', articles: ['bridge-article'], sources: ['council-notice', 'shared-wire'] },
  ],
  contexts: [
    { id: 'crash-background', story: 'crash', sources: ['crash-only'] },
    { id: 'orphan', sources: [] },
    { id: 'wrong', story: 'crash-background', sources: [] },
  ],
  claims: [
    { id: 'c1', sentence: 'crash-article#p1s1' },
    { id: 'c2', sentence: 'bridge-article#p2s1' },
    { id: 'c3', sentence: 'loose-article#p1s1' },
  ],
  figures: [
    { id: 'f1', sentence: 'bridge-article#p1s1' },
    { id: 'f-source', source: 'crash-only' },
  ],
  events: [
    { id: 'e-sentence', sentence: 'crash-article#p3s1' },
    { id: 'e-background-source', source: 'crash-only' },
    { id: 'e-shared', source: 'shared-wire' },
    { id: 'e-shared-named', source: 'shared-wire', story: 'bridge' },
    { id: 'e-unlisted', source: 'nowhere' },
    { id: 'e-contradicted', sentence: 'crash-article#p1s1', story: 'bridge' },
  ],
};
const m = membership(input);
const stories = (kind: Parameters<typeof storyOf>[1], id: string) => m.placements[kind].get(id)?.stories;

test('the hubs are the stories, and hubFor places articles', () => {
  expect(m.stories).toEqual(['bridge', 'crash']);
  expect(storyOf(m, 'articles', 'crash-article')).toBe('crash');
  expect(storyOf(m, 'articles', 'loose-article')).toBeUndefined();
  expect(storyOf(m, 'context', 'bridge')).toBe('bridge');
});

test('a background page is in the story it names, if that is a hub', () => {
  expect(storyOf(m, 'context', 'crash-background')).toBe('crash');
  expect(stories('context', 'orphan')).toEqual([]);
  expect(stories('context', 'wrong')).toEqual([]);
});

test('claims and figures follow the article of their sentence', () => {
  expect(storyOf(m, 'claims', 'c1')).toBe('crash');
  expect(storyOf(m, 'claims', 'c2')).toBe('bridge');
  expect(stories('claims', 'c3')).toEqual([]);
  expect(storyOf(m, 'figures', 'f1')).toBe('bridge');
});

test('a figure or claim that rests on a source follows the stories whose pages list it', () => {
  expect(storyOf(m, 'figures', 'f-source')).toBe('crash');
});

test('events follow their sentence, else the stories whose pages list their source, else story', () => {
  expect(storyOf(m, 'events', 'e-sentence')).toBe('crash');
  expect(storyOf(m, 'events', 'e-background-source')).toBe('crash');
  expect(stories('events', 'e-shared')).toEqual(['bridge', 'crash']);
  expect(storyOf(m, 'events', 'e-shared-named')).toBe('bridge');
  expect(stories('events', 'e-unlisted')).toEqual([]);
  expect(stories('events', 'e-contradicted')).toEqual(['bridge', 'crash']);
});

test('an article named by two hubs is in both (npm run check reports it)', () => {
  const twice = membership({
    ...input,
    hubs: [...input.hubs, { id: 'third', articles: ['crash-article'], sources: [] }],
  });
  expect(twice.placements.articles.get('crash-article')?.stories).toEqual(['crash', 'third']);
});
