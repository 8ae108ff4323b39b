/** Date formatting for pages. Dates are YYYY-MM-DD strings; formatting is pinned to UTC and en-GB so
 * the output never depends on the build machine's zone or locale. */

// One formatter for the whole build: `toLocaleDateString` builds a new one per call, which cost
// about 4 ms per page in a 1,000-page build (a CPU profile's largest item in page rendering).
const DAY = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

// Formatting is still the costliest step of a page's dates, and a build shows the same few days thousands of times.
const formatted = new Map<string, string>();

/** `2024-01-24` → `24 January 2024`. */
export function formatDay(iso: string): string {
  let day = formatted.get(iso);
  if (day === undefined) {
    const [y, m, d] = iso.split('-').map(Number);
    day = DAY.format(new Date(Date.UTC(y!, (m ?? 1) - 1, d ?? 1)));
    formatted.set(iso, day);
  }
  return day;
}

/** An instant shown in a named zone: `2024-01-24T08:00:00Z`, `Europe/Moscow` → `11:00`. */
export function formatTimeIn(utc: string, timeZone: string): string {
  return new Date(utc).toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone });
}
