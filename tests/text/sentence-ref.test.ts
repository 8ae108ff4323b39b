import { expect, test } from 'vitest';
import { parseSentenceRef } from '../../src/text/sentence-ref.ts';

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
