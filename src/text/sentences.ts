/**
 * Paragraph → sentences. A sentence ends at `.`, `!` or `?` (plus any closing quotes or
 * brackets) followed by whitespace and a capital letter, digit or opening quote — but never inside a
 * quotation, so `"They shot… in the air. Their own," Volodin told…` stays one sentence.
 */
import { SHORT_MONTHS } from './dates.ts';

export interface SentenceSpan {
  /** Offsets into the paragraph text; `text.slice(start, end)` is the sentence. */
  start: number;
  end: number;
}

/** Words whose trailing full stop does not end a sentence. */
const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'gen',
  'lt',
  'col',
  'capt',
  'sgt',
  'st',
  'jr',
  'sr',
  'vs',
  'etc',
  'no',
  'approx',
  ...SHORT_MONTHS.map((m) => m.toLowerCase()),
  'u.s',
  'u.k',
  'u.n',
  'a.m',
  'p.m',
  // Ukrainian: вулиця, імені, інші, тисяч, мільйонів, мільярдів, гривень, область, дивись, проспект, провулок, наприклад.
  'вул',
  'ім',
  'ін',
  'тис',
  'млн',
  'млрд',
  'грн',
  'обл',
  'див',
  'просп',
  'пров',
  'напр',
]);

const OPENING_QUOTES = new Set(['"', '“', '«', '„']);
const CLOSING_QUOTES = new Set(['"', '”', '»', '“']);

/** Finds the spans of straight and curly quotations so sentence ends inside them are ignored. */
export function quotationRanges(text: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  let open: number | null = null;
  let closer = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (open === null) {
      if (c === '"' || c === '“' || c === '«' || c === '„') {
        open = i;
        closer = c === '"' ? '"' : c === '«' ? '»' : '”';
      }
    } else if (c === closer || (closer === '”' && c === '“' && text[open] === '„')) {
      ranges.push([open, i + 1]);
      open = null;
    }
  }
  return ranges;
}

export function splitSentences(text: string): SentenceSpan[] {
  const quotes = quotationRanges(text);
  // A stop just before the closing mark ends the quotation and may end the sentence; any earlier one does not.
  const inQuote = (i: number) => quotes.some(([s, e]) => i > s && i < e - 2);
  const spans: SentenceSpan[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c !== '.' && c !== '!' && c !== '?' && c !== '…') continue;
    if (inQuote(i)) continue;
    let end = i + 1;
    while (end < text.length && (CLOSING_QUOTES.has(text[end]!) || text[end] === ')' || text[end] === '’')) end++;
    const gap = /^\s+/u.exec(text.slice(end));
    if (!gap) continue;
    const next = text[end + gap[0].length];
    if (next === undefined || !(/\p{Lu}|\p{Nd}/u.test(next) || OPENING_QUOTES.has(next))) continue;
    if (c === '.') {
      const word = /([\p{L}.]+)$/u.exec(text.slice(start, i))?.[1]?.toLowerCase() ?? '';
      // Ukrainian "у 2019 р." (року, "in the year") after a year ends a sentence as often as not: split there.
      const yearMark = /\d\s+р$/u.test(text.slice(start, i));
      if (!yearMark && (ABBREVIATIONS.has(word) || /^\p{L}$/u.test(word))) continue; // "Mr." or an initial like "J."
    }
    spans.push({ start, end });
    start = end + gap[0].length;
    i = start - 1;
  }
  if (start < text.length) spans.push({ start, end: text.trimEnd().length });
  return spans.filter((s) => s.end > s.start);
}
