import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { VFile } from 'vfile';

export interface ReadingTimeOptions {
  /** Reading speed; 200 words a minute is a common figure for reading on a screen. */
  wordsPerMinute?: number;
}

/**
 * Adds `readingMinutes` to a page's frontmatter (`render(entry).remarkPluginFrontmatter`).
 * Input: any Markdown/MDX tree. Output: the same tree; `file.data.astro.frontmatter.readingMinutes = n` (≥ 1).
 */
export function remarkReadingTime(options: ReadingTimeOptions = {}) {
  const wordsPerMinute = options.wordsPerMinute ?? 200;
  return (tree: Root, file: VFile) => {
    const words = toString(tree).split(/\s+/u).filter(Boolean).length;
    const astro = (file.data as { astro?: { frontmatter?: Record<string, unknown> } }).astro;
    if (astro?.frontmatter) astro.frontmatter['readingMinutes'] = Math.max(1, Math.ceil(words / wordsPerMinute));
  };
}
