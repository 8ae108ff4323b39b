/**
 * Datelines: wire copy opens its first paragraph with a dateline: `TOLLUND, March 4 (Wire) - `,
 * `KYIV (Reuters) — `, `LONDON, 4 March - `, `КИЇВ, 4 березня (Укрінформ) — `. It is kept verbatim
 * in the paragraph, but it is not part of the first sentence: it says where and when the story was
 * filed, and by whom.
 *
 * Only a line that starts with a place in capitals followed by a day or an agency in brackets, then a
 * dash, is a dateline; `BREAKING - …` (no day, no agency) is not.
 */
import { UK_MONTHS_GENITIVE } from '../../src/text/dates.ts';
import { MONTH, monthNumber } from './blocks.ts';

export interface Dateline {
  /** The dateline exactly as printed, with the dash and the space after it. */
  text: string;
  /** `TOLLUND`, `NEW YORK`. */
  place: string;
  /** The day as printed (`March 4`, `4 березня`), or null. */
  written: string | null;
  /** Month and day, or null; the year is never in a dateline. */
  month: number | null;
  day: number | null;
  /** `Reuters`, `Wire`, or null. */
  agency: string | null;
}

const PLACE = String.raw`\p{Lu}[\p{Lu}\p{M}'’.-]*(?:[ ][\p{Lu}][\p{Lu}\p{M}'’.-]*){0,3}`;
const DAY = String.raw`${MONTH} \d{1,2}|\d{1,2} ${MONTH}|\d{1,2} (?:${UK_MONTHS_GENITIVE.join('|')})`;
const DATELINE = new RegExp(
  String.raw`^(?<place>${PLACE})(?:,\s+(?<day>${DAY}))?(?:\s+\((?<agency>[^()]{1,40})\))?\s*(?:--|-|–|—)\s+`,
  'u',
);

export function findDateline(paragraph: string): Dateline | null {
  const m = DATELINE.exec(paragraph);
  if (!m?.groups) return null;
  const { place, day, agency } = m.groups;
  if (!day && !agency) return null;
  if (!/\p{Lu}{2}/u.test(place!)) return null;
  let month: number | null = null;
  let dayOfMonth: number | null = null;
  if (day) {
    const parts = day.split(' ');
    const [a, b] = [parts[0]!, parts[1]!];
    const numeric = /^\d/u.test(a) ? a : b;
    const word = /^\d/u.test(a) ? b : a;
    dayOfMonth = Number(numeric);
    month = monthNumber(word) ?? (UK_MONTHS_GENITIVE.indexOf(word) + 1 || null);
  }
  return {
    text: m[0],
    place: place!,
    written: day ?? null,
    month,
    day: dayOfMonth,
    agency: agency ?? null,
  };
}
