/**
 * Calendar and clock primitives shared by ingest (reading an article), the schemas and the site
 * (showing it). Pure: no Astro, no file system.
 */

/** Month names as English copy writes them, January first. */
export const MONTHS: readonly string[] = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/**
 * Month abbreviations as wire copy, embed codes and sentences write them: the first three letters,
 * and `Sept`. May has none: it is already three letters.
 */
export const SHORT_MONTHS: readonly string[] = [
  ...MONTHS.filter((m) => m.length > 3).map((m) => m.slice(0, 3)),
  'Sept',
];

/** Ukrainian month names in the genitive, as a date is written (`4 березня`), January first. */
export const UK_MONTHS_GENITIVE: readonly string[] = [
  'січня',
  'лютого',
  'березня',
  'квітня',
  'травня',
  'червня',
  'липня',
  'серпня',
  'вересня',
  'жовтня',
  'листопада',
  'грудня',
];

/** Weekday names, Sunday first (as `Date#getUTCDay()` counts). */
export const WEEKDAYS: readonly string[] = [
  'Sunday',
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
];

/**
 * The one date rule, for ingest, the schemas and the checker: `YYYY-MM-DD` naming a day that exists
 * in the calendar (`2024-02-29` yes, `2024-02-30` no).
 */
export function isCalendarDay(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/u.test(text)) return false;
  const day = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(day.getTime()) && day.toISOString().startsWith(text);
}

// One formatter per zone: building one costs far more than using it, and ingest asks for every dated time.
const clocks = new Map<string, Intl.DateTimeFormat>();
const clockOf = (timeZone: string): Intl.DateTimeFormat => {
  let clock = clocks.get(timeZone);
  if (!clock) {
    clock = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
    });
    clocks.set(timeZone, clock);
  }
  return clock;
};

/** How far `timeZone`'s clock is ahead of UTC at the instant `ms`, in milliseconds. */
function offsetAt(ms: number, timeZone: string): number {
  const parts = clockOf(timeZone).formatToParts(ms);
  const get = (t: string) => Number(parts.find((p) => p.type === t)!.value);
  return Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute')) - ms;
}

/**
 * Local wall-clock time in `timeZone` → the UTC instant (ISO). The zone's offset is looked up twice:
 * first at the wall-clock time read as UTC, then at the instant that gives. Once is not enough near a
 * clock change (Kyiv 01:30 on 2024-03-31, read as UTC, is already past the change; the time itself
 * is not). A time that a spring-forward skips is read with the offset from before the change.
 */
export function localToUtc(day: string, time: string, timeZone: string): string {
  const wall = Date.parse(`${day}T${time}:00Z`);
  const first = wall - offsetAt(wall, timeZone);
  const second = wall - offsetAt(first, timeZone);
  const utc = offsetAt(second, timeZone) === wall - second ? second : first;
  return new Date(utc).toISOString().replace('.000Z', 'Z');
}
