/** Finds a number in a sentence, written in digits ("1,000") or in English words ("seventy-four"). */

const small = [
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
const tens = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

/** 74 → "seventy-four", 105 → "one hundred five"; up to 999,999. */
export function numberInWords(n: number): string | undefined {
  if (!Number.isInteger(n) || n < 0 || n > 999_999) return undefined;
  if (n < 20) return small[n];
  if (n < 100) return `${tens[Math.floor(n / 10)]}${n % 10 ? `-${small[n % 10]}` : ''}`;
  if (n < 1000) return `${small[Math.floor(n / 100)]} hundred${n % 100 ? ` ${numberInWords(n % 100)}` : ''}`;
  return `${numberInWords(Math.floor(n / 1000))} thousand${n % 1000 ? ` ${numberInWords(n % 1000)}` : ''}`;
}

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
