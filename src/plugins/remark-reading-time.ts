import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { VFile } from 'vfile';

/** Reading speed for every "min read" on the site: 200 words a minute is a common figure for reading on a screen. */
const WORDS_PER_MINUTE = 200;

export interface ReadingTimeOptions {
  /** Reading speed in words a minute; `WORDS_PER_MINUTE` unless given. */
  wordsPerMinute?: number;
}

/** Minutes to read `words` words, rounded up, never below one. */
export function readingMinutes(words: number, wordsPerMinute = WORDS_PER_MINUTE): number {
  return Math.max(1, Math.ceil(words / wordsPerMinute));
}

/**
 * Adds `readingMinutes` to a page's frontmatter (`render(entry).remarkPluginFrontmatter`).
 * Input: any Markdown/MDX tree. Output: the same tree; `file.data.astro.frontmatter.readingMinutes = n` (≥ 1).
 */
export function remarkReadingTime(options: ReadingTimeOptions = {}) {
  const { wordsPerMinute } = options;
  return (tree: Root, file: VFile) => {
    const words = toString(tree).split(/\s+/u).filter(Boolean).length;
    const astro = (file.data as { astro?: { frontmatter?: Record<string, unknown> } }).astro;
    if (astro?.frontmatter) astro.frontmatter['readingMinutes'] = readingMinutes(words, wordsPerMinute);
  };
}
