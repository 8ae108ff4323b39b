/**
 * English number words, both ways: `65` → "sixty-five" (to find a figure written out in a sentence)
 * and "sixty-five" → `65` (to read a count in an article). Pure.
 */

/** zero … nineteen; the index is the value. */
const SMALL = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
];
/** The tens from twenty; the index is the value ÷ 10. */
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

/** `one` … `nineteen`, the words a count can be written in on its own. */
export const UNIT_WORDS: readonly string[] = SMALL.slice(1);
/** `twenty` … `ninety`. */
export const TENS_WORDS: readonly string[] = TENS.slice(2);

/** 74 → "seventy-four", 105 → "one hundred five"; up to 999,999. */
export function numberInWords(n: number): string | undefined {
  if (!Number.isInteger(n) || n < 0 || n > 999_999) return undefined;
  if (n < 20) return SMALL[n];
  if (n < 100) return `${TENS[Math.floor(n / 10)]}${n % 10 ? `-${SMALL[n % 10]}` : ''}`;
  if (n < 1000) return `${SMALL[Math.floor(n / 100)]} hundred${n % 100 ? ` ${numberInWords(n % 100)}` : ''}`;
  return `${numberInWords(Math.floor(n / 1000))} thousand${n % 1000 ? ` ${numberInWords(n % 1000)}` : ''}`;
}

const unitValue = (word: string): number | null => (SMALL.indexOf(word) >= 1 ? SMALL.indexOf(word) : null);
const tensValue = (word: string): number | null =>
  TENS_WORDS.includes(word) ? (TENS_WORDS.indexOf(word) + 2) * 10 : null;

/** "sixty-five" → 65, "1,200" → 1200, "Six" → 6; null for anything else (digits, or one to ninety-nine in words). */
export function numberValue(written: string): number | null {
  const w = written.toLowerCase().replace(/,/g, '');
  if (/^\d+$/.test(w)) return Number(w);
  const [tens = '', unit] = w.split('-');
  if (unit === undefined) return unitValue(w) ?? tensValue(w);
  const t = tensValue(tens);
  const u = unitValue(unit);
  return t !== null && u !== null && u <= 9 ? t + u : null;
}
