/** Finds a number in a sentence, written in digits ("1,000") or in English words ("seventy-four"). */
import { numberInWords } from '../../src/text/number-words.ts';

/** Lower case, hyphens as spaces, "and" dropped: "One hundred and five" ≈ "one hundred five". */
const wordsForm = (text: string): string =>
  ` ${text
    .toLowerCase()
    .replace(/[-‐–]/g, ' ')
    .replace(/\band\b/g, ' ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()} `;

/** True when the sentence gives `n`, as digits (with or without thousands separators) or as words. */
export function sentenceGivesNumber(sentence: string, n: number): boolean {
  const digits = String(n);
  const grouped = n.toLocaleString('en-US');
  const inDigits = [digits, grouped, grouped.replaceAll(',', ' '), grouped.replaceAll(',', '\u00a0')].some((form) =>
    new RegExp(`(?<![\\d.,])${RegExp.escape(form)}(?![\\d]|[.,]\\d)`).test(sentence),
  );
  const words = numberInWords(n);
  return inDigits || (words !== undefined && wordsForm(sentence).includes(wordsForm(words)));
}
