/**
 * How a cited source reads in a source list, derived from its fields so that nothing is said twice:
 * a recorded headline is shown as a headline, an editors' description is labelled as one, and what
 * was not recorded (headline, date, address, publisher) is said once, from the empty fields.
 */

export interface SourceFields {
  title?: string | undefined;
  description?: string | undefined;
  publisher: string;
  url?: string | undefined;
  date?: string | undefined;
  /** Reference works (Wikipedia and its copies) have no single publication date, so none is missed. */
  perspective?: string | undefined;
}

/** A headline recorded only in part ends in an ellipsis. */
export function isShortened(title: string): boolean {
  return /(…|\.\.\.)$/.test(title.trim());
}

/** `["headline", "date", "address"]` → `"Headline, date and address"`. */
function listOf(words: string[]): string {
  const text = words.length > 1 ? `${words.slice(0, -1).join(', ')} and ${words.at(-1)}` : (words[0] ?? '');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * One sentence saying what the record lacks, or `undefined` when nothing is missing, e.g.
 * "Headline and address not recorded." or "Headline recorded in shortened form; address not recorded."
 */
export function recordGaps(source: SourceFields): string | undefined {
  const missing = [
    ...(source.title === undefined ? ['headline'] : []),
    ...(source.publisher === 'unknown' ? ['publisher'] : []),
    ...(source.date === undefined && source.perspective !== 'reference' ? ['date'] : []),
    ...(source.url === undefined ? ['address'] : []),
  ];
  const shortened = source.title !== undefined && isShortened(source.title);
  const gaps = missing.length > 0 ? `${listOf(missing)} not recorded` : '';
  if (shortened)
    return gaps
      ? `Headline recorded in shortened form; ${gaps.toLowerCase()}.`
      : 'Headline recorded in shortened form.';
  return gaps ? `${gaps}.` : undefined;
}
