/**
 * Step 7: sentence → counts of people ("65 Ukrainian prisoners of war", "six crew members",
 * "nine people"), in digits or words. Only numbers followed by a word for people count: "11 am",
 * "S-300" or "two months" are not head counts.
 */

export interface Count {
  start: number;
  end: number;
  value: number;
  written: string;
  noun: string;
}

const UNITS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
};
const TENS: Record<string, number> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};

/** Nouns (singular or plural head words) that count people. */
const PEOPLE = [
  'people',
  'persons',
  'person',
  'prisoners',
  'prisoner',
  'captives',
  'servicemen',
  'soldiers',
  'troops',
  'civilians',
  'residents',
  'crew',
  'escorts',
  'passengers',
  'children',
  'men',
  'women',
  'fighters',
  'POWs',
  'detainees',
  'inmates',
  'victims',
  'bodies',
  'dead',
  'wounded',
  'injured',
  'pilots',
  'guards',
  'officers',
  'members',
  'journalists',
  'lawmakers',
];

/** Words allowed between the number and the noun: "65 captured Ukrainian army servicemen", "six more people". */
const MODIFIER = String.raw`(?:(?:more|other|further|captured|Ukrainian|Russian|army|military|civilian|foreign|Western|local|crew|young|wounded|injured|\p{Lu}\p{Ll}+)\s+){0,4}`;

/** Number words as they appear mid-sentence or at its start ("six", "Six"). */
const withCapital = (words: string[]) => words.flatMap((w) => [w, w[0]!.toUpperCase() + w.slice(1)]);
const NUMBER = String.raw`(\d{1,3}(?:,\d{3})+|\d+|(?:${withCapital(Object.keys(TENS)).join('|')})(?:-(?:${Object.keys(UNITS).slice(0, 9).join('|')}))?|${withCapital(Object.keys(UNITS)).join('|')})`;

/** "sixty-five" → 65, "1,200" → 1200, "Six" → 6. */
export function numberValue(written: string): number | null {
  const w = written.toLowerCase().replace(/,/g, '');
  if (/^\d+$/.test(w)) return Number(w);
  const [tens, unit] = w.split('-');
  if (unit !== undefined) return (TENS[tens!] ?? NaN) + (UNITS[unit] ?? NaN);
  return UNITS[w] ?? TENS[w] ?? null;
}

export function findCounts(sentence: string): Count[] {
  const re = new RegExp(
    String.raw`(?<![\w-])${NUMBER}\s+(${MODIFIER}(?:${PEOPLE.join('|')})(?:\s+(?:of war|members))?)\b`,
    'gu',
  );
  const counts: Count[] = [];
  for (const m of sentence.matchAll(re)) {
    const value = numberValue(m[1]!);
    if (value === null || Number.isNaN(value)) continue;
    counts.push({ start: m.index, end: m.index + m[0].length, value, written: m[1]!, noun: m[2]! });
  }
  return counts;
}
