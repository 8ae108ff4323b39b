/**
 * Dates: sentence → dates and times, resolved against the article's own date (never the clock):
 * "Wednesday" → the latest Wednesday on or before publication; "the day before" → publication − 1;
 * "11 am Moscow time (0800 GMT)" → an instant in UTC; "February 2022", "In 2022" → month, year.
 */

import { isCalendarDay, localToUtc, MONTHS, WEEKDAYS } from '../../src/text/dates.ts';
import { zoneWrittenAs } from '../../src/text/time-zones.ts';

export interface DateMention {
  start: number;
  end: number;
  written: string;
  resolved: string | null;
  utc: string | null;
  how: string;
}

const day = (iso: string, delta: number) => {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + delta);
  return d.toISOString().slice(0, 10);
};

function hour12(h: number, meridiem: string): number {
  const pm = meridiem.toLowerCase().startsWith('p');
  return (h % 12) + (pm ? 12 : 0);
}

export function findDates(sentence: string, published: string | null): DateMention[] {
  const found: DateMention[] = [];
  const add = (m: RegExpExecArray, resolved: string | null, utc: string | null, how: string) =>
    found.push({ start: m.index, end: m.index + m[0].length, written: m[0], resolved, utc, how });

  // Clock times: "11 am Moscow time (0800 GMT)", "10:30 pm Kyiv time".
  const clock =
    /\b(\d{1,2})(?:[:.](\d{2}))?\s*(a\.?m\.?|p\.?m\.?)\s+([A-Z][a-z]+(?: [A-Z][a-z]+)?) time(?:\s*\((\d{2}):?(\d{2}) (GMT|UTC)\))?/gu;
  for (const m of sentence.matchAll(clock)) {
    const zone = zoneWrittenAs(m[4]!);
    const hh = hour12(Number(m[1]), m[3]!);
    const mm = Number(m[2] ?? 0);
    if (!zone || !published) {
      add(
        m,
        published,
        null,
        zone
          ? 'clock time; no publication date to anchor it'
          : `clock time in "${m[4]} time", a zone this script does not know`,
      );
      continue;
    }
    const utc = localToUtc(published, `${String(hh).padStart(2, '0')}:${String(mm).padStart(2, '0')}`, zone);
    let how = `${String(hh).padStart(2, '0')}:${String(mm).padStart(2, '0')} ${zone} on the publication day`;
    if (m[5]) {
      const stated = `${m[5]}:${m[6]}`;
      how +=
        utc.slice(11, 16) === stated
          ? `; agrees with the ${m[7]} time given (${stated})`
          : `; the ${m[7]} time given (${stated}) does not agree`;
    }
    add(m, published, utc, how);
  }

  // Full dates: "January 24, 2024", "24 January 2024".
  for (const m of sentence.matchAll(
    new RegExp(`\\b(?:(${MONTHS.join('|')}) (\\d{1,2}), (\\d{4})|(\\d{1,2}) (${MONTHS.join('|')}) (\\d{4}))\\b`, 'gu'),
  )) {
    const month = MONTHS.indexOf((m[1] ?? m[5])!) + 1;
    const iso = `${m[3] ?? m[6]}-${String(month).padStart(2, '0')}-${(m[2] ?? m[4])!.padStart(2, '0')}`;
    if (isCalendarDay(iso)) add(m, iso, null, 'a full date in the text');
    else add(m, null, null, 'a full date in the text, but no such day in the calendar');
  }
  // Month and year: "February 2022" (skipped where a full date already covers it).
  for (const m of sentence.matchAll(new RegExp(`\\b(${MONTHS.join('|')}) (\\d{4})\\b`, 'gu'))) {
    if (found.some((f) => m.index >= f.start && m.index < f.end)) continue;
    add(m, `${m[2]}-${String(MONTHS.indexOf(m[1]!) + 1).padStart(2, '0')}`, null, 'a month and year in the text');
  }
  // A bare year in a time phrase: "In 2022", "since 2014".
  for (const m of sentence.matchAll(/\b(?:[Ii]n|[Ss]ince|[Bb]y|[Uu]ntil) ((?:19|20)\d{2})\b(?! \w+ time)/gu)) {
    if (found.some((f) => m.index + m[0].length > f.start && m.index < f.end)) continue;
    add(m, m[1]!, null, 'a year in the text');
  }
  // Weekdays: news copy uses the weekday name for a day in the week up to publication.
  for (const m of sentence.matchAll(new RegExp(`\\b(${WEEKDAYS.join('|')})\\b`, 'gu'))) {
    if (!published) {
      add(m, null, null, 'a weekday, but the publication date is unknown');
      continue;
    }
    const back = (new Date(`${published}T00:00:00Z`).getUTCDay() - WEEKDAYS.indexOf(m[1]!) + 7) % 7;
    add(
      m,
      day(published, -back),
      null,
      back === 0 ? 'the weekday of publication' : `the ${m[1]} before publication (${back} days earlier)`,
    );
  }
  // Relative days.
  const relative: Array<[RegExp, number, string]> = [
    [/\bthe day before\b/gu, -1, 'the day before publication'],
    [/\byesterday\b/giu, -1, 'the day before publication'],
    [/\btoday\b/giu, 0, 'the day of publication'],
  ];
  for (const [re, delta, how] of relative) {
    for (const m of sentence.matchAll(re))
      add(
        m,
        published ? day(published, delta) : null,
        null,
        published ? how : `${how}, but the publication date is unknown`,
      );
  }
  // Periods up to publication: "over the past two months".
  for (const m of sentence.matchAll(/\b(?:over|in|during) the (?:past|last) (\w+) (days|weeks|months|years)\b/gu)) {
    add(m, published, null, `a period of ${m[1]} ${m[2]} up to publication`);
  }
  return found.sort((a, b) => a.start - b.start);
}
