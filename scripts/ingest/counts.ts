/**
 * Head counts: sentence → counts of people ("65 Ukrainian prisoners of war", "six crew members",
 * "nine people"), in digits or words. Only numbers followed by a word for people count: "11 am",
 * "S-300" or "two months" are not head counts.
 */
import { numberValue, TENS_WORDS, UNIT_WORDS } from '../../src/text/number-words.ts';

export interface Count {
  start: number;
  end: number;
  value: number;
  written: string;
  noun: string;
}

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
const withCapital = (words: readonly string[]) => words.flatMap((w) => [w, w[0]!.toUpperCase() + w.slice(1)]);
const NUMBER = String.raw`(\d{1,3}(?:,\d{3})+|\d+|(?:${withCapital(TENS_WORDS).join('|')})(?:-(?:${UNIT_WORDS.slice(0, 9).join('|')}))?|${withCapital(UNIT_WORDS).join('|')})`;

export function findCounts(sentence: string): Count[] {
  const re = new RegExp(
    String.raw`(?<![\w-])${NUMBER}\s+(${MODIFIER}(?:${PEOPLE.join('|')})(?:\s+(?:of war|members))?)\b`,
    'gu',
  );
  const counts: Count[] = [];
  for (const m of sentence.matchAll(re)) {
    const value = numberValue(m[1]!);
    if (value === null) continue;
    counts.push({ start: m.index, end: m.index + m[0].length, value, written: m[1]!, noun: m[2]! });
  }
  return counts;
}
