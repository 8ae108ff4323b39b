/** Reading speed for every "min read" on the site: 200 words a minute is a common figure for reading on a screen. */
const WORDS_PER_MINUTE = 200;

/** Minutes to read `words` words, rounded up, never below one. */
export function readingMinutes(words: number, wordsPerMinute = WORDS_PER_MINUTE): number {
  return Math.max(1, Math.ceil(words / wordsPerMinute));
}
