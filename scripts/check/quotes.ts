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
  const tokens = quote.split(' ');
  let matched = '';
  for (let n = 1; n <= tokens.length; n++) {
    const prefix = tokens.slice(0, n).join(' ');
    if (!text.includes(prefix)) break;
    matched = prefix;
  }
  return { matchedUpTo: matched };
}
