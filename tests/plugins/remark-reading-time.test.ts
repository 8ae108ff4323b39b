import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { expect, test } from 'vitest';
import { readingMinutes, remarkReadingTime } from '../../src/plugins/remark-reading-time.ts';

async function minutes(markdown: string, wordsPerMinute?: number) {
  const processor = unified()
    .use(remarkParse)
    .use(remarkReadingTime, wordsPerMinute ? { wordsPerMinute } : {});
  const file = new VFile({ value: markdown, data: { astro: { frontmatter: {} } } });
  await processor.run(processor.parse(file), file);
  return (file.data as { astro: { frontmatter: { readingMinutes: number } } }).astro.frontmatter.readingMinutes;
}

test('counts words at 200 a minute, rounding up, never below one minute', async () => {
  expect(await minutes('word '.repeat(401))).toBe(3);
  expect(await minutes('## Title\n\nTwo words.')).toBe(1);
});

test('takes the reading speed as an option', async () => {
  expect(await minutes('word '.repeat(300), 100)).toBe(3);
});

test('article pages count with the same speed as the plugin', async () => {
  expect(readingMinutes(401)).toBe(await minutes('word '.repeat(401)));
  expect(readingMinutes(0)).toBe(1);
});
