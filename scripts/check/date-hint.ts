/**
 * A date written another way ("30/12/2023", "30 December 2023", "2023/12/30") becomes the fix
 * "write it as 2023-12-30", so the editor copies the value instead of working out the format. Where
 * day and month could be either way round ("03/04/2024") both readings are offered.
 */
import { isCalendarDay, MONTHS } from '../../src/text/dates.ts';

const months = MONTHS.map((m) => m.toLowerCase());

const pad = (n: number) => String(n).padStart(2, '0');

function day(year: number, month: number, date: number): string | undefined {
  if (year < 1000 || month < 1 || month > 12 || date < 1) return undefined;
  const iso = `${year}-${pad(month)}-${pad(date)}`;
  return isCalendarDay(iso) ? iso : undefined;
}

const monthNumber = (word: string): number => {
  const w = word.toLowerCase().replace(/\.$/, '');
  return w.length >= 3 ? months.findIndex((m) => m.startsWith(w)) + 1 : 0;
};

const spelled = (iso: string): string => {
  const [, month = 1, date = 1] = iso.split('-').map(Number);
  return `${date} ${MONTHS[month - 1]}`;
};

/** The fix for a value that is not YYYY-MM-DD: the same day written right, or the format with an example. */
export function dateHint(value: string): string {
  const text = value.trim();
  let m = /^(\d{4})[/.\-\s](\d{1,2})[/.\-\s](\d{1,2})$/.exec(text);
  if (m) {
    const iso = day(Number(m[1]), Number(m[2]), Number(m[3]));
    if (iso) return `write it as ${iso} (YYYY-MM-DD)`;
  }
  m = /^(\d{1,2})[/.\-\s](\d{1,2})[/.\-\s](\d{4})$/.exec(text);
  if (m) {
    const [a, b, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const dayFirst = day(year, b, a);
    const monthFirst = day(year, a, b);
    if (dayFirst && monthFirst && dayFirst !== monthFirst)
      return `write it as YYYY-MM-DD: ${dayFirst} for ${spelled(dayFirst)}, ${monthFirst} for ${spelled(monthFirst)}`;
    const iso = dayFirst ?? monthFirst;
    if (iso) return `write it as ${iso} (YYYY-MM-DD)`;
  }
  m = /^(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]+\.?),?\s+(\d{4})$/.exec(text);
  if (m) {
    const iso = day(Number(m[3]), monthNumber(m[2] ?? ''), Number(m[1]));
    if (iso) return `write it as ${iso} (YYYY-MM-DD)`;
  }
  m = /^([A-Za-z]+\.?)\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$/.exec(text);
  if (m) {
    const iso = day(Number(m[3]), monthNumber(m[1] ?? ''), Number(m[2]));
    if (iso) return `write it as ${iso} (YYYY-MM-DD)`;
  }
  return 'write the date as YYYY-MM-DD, e.g. 2024-01-24';
}
