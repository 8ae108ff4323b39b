import { expect, test } from 'vitest';
import { compareSentenceRefs, parseSentenceRef } from '../../src/text/sentence-ref.ts';

test('splits a sentence reference at #', () => {
  expect(parseSentenceRef('il76-crash-2024-01-24#p3s1')).toEqual({
    article: 'il76-crash-2024-01-24',
    sentence: 'p3s1',
  });
});

test('a reference without # is an article with no sentence', () => {
  expect(parseSentenceRef('il76-crash-2024-01-24')).toEqual({ article: 'il76-crash-2024-01-24', sentence: '' });
  expect(parseSentenceRef('')).toEqual({ article: '', sentence: '' });
});

test('orders references in reading order: article, then paragraph and sentence as numbers, empty last', () => {
  const refs = ['b#p1s1', '', 'a#p10s1', 'a#p2s3', 'a#p2s10', 'a#p2s1'];
  expect(refs.sort(compareSentenceRefs)).toEqual(['a#p2s1', 'a#p2s3', 'a#p2s10', 'a#p10s1', 'b#p1s1', '']);
});
