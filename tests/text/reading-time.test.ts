import { expect, test } from 'vitest';
import { proseWords } from '../../src/text/mdx-text.ts';
import { readingMinutes } from '../../src/text/reading-time.ts';

test('counts words at 200 a minute, rounding up, never below one minute', () => {
  expect(readingMinutes(401)).toBe(3);
  expect(readingMinutes(0)).toBe(1);
  expect(readingMinutes(300, 100)).toBe(3);
});

test('counts the words of an MDX body, headings and link text included, components and link targets not', () => {
  expect(proseWords('## Who is blamed\n\nRussia blamed [Ukraine](/places/ukraine/) <Cite source="x" />.\n')).toBe(6);
  expect(readingMinutes(proseWords('word '.repeat(401)))).toBe(3);
});
