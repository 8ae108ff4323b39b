/**
 * Quote fidelity: a claim's `quoted` words must appear in its sentence exactly. Only quotation
 * marks and apostrophes are unified (typographers and agencies differ on “ ” vs " and ’ vs '),
 * nothing else: not case, not spacing, not punctuation.
 */

const doubleQuotes = /["“”„‟«»]/g;
const singleQuotes = /['‘’‚‛ʼ]/g;

export function normaliseQuotes(text: string): string {
  return text.replace(doubleQuotes, '"').replace(singleQuotes, "'");
}

/**
 * Undefined when `words` occur verbatim in `sentence`; otherwise the longest run of the quote's
 * opening words that does occur (possibly empty), to show the editor where the two part ways.
 */
export function quoteMismatch(words: string, sentence: string): { matchedUpTo: string } | undefined {
  const quote = normaliseQuotes(words);
  const text = normaliseQuotes(sentence);
  if (text.includes(quote)) return undefined;
  // Normalising keeps every space, so the editor's own words and the normalised ones align word for word.
  const tokens = quote.split(' ');
  // Whole words only: "on" is not where "on board" and "onboard" part ways.
  const occurs = (words: string) =>
    new RegExp(`(?<![\\p{L}\\p{N}])${RegExp.escape(words)}(?![\\p{L}\\p{N}])`, 'u').test(text);
  let matchedWords = 0;
  while (matchedWords < tokens.length && occurs(tokens.slice(0, matchedWords + 1).join(' '))) matchedWords++;
  return { matchedUpTo: words.split(' ').slice(0, matchedWords).join(' ') };
}
