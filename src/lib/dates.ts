/** Date formatting for pages. Dates are YYYY-MM-DD strings; formatting is pinned to UTC and en-GB so
 * the output never depends on the build machine's zone or locale. */

/** `2024-01-24` → `24 January 2024`. */
export function formatDay(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(Date.UTC(y!, (m ?? 1) - 1, d ?? 1)).toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
}

/** An instant shown in a named zone: `2024-01-24T08:00:00Z`, `Europe/Moscow` → `11:00`. */
export function formatTimeIn(utc: string, timeZone: string): string {
  return new Date(utc).toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone });
}

/** Local wall-clock time in `timeZone` → the UTC instant (ISO). */
export function localToUtc(day: string, time: string, timeZone: string): string {
  const guess = new Date(`${day}T${time}:00Z`);
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  }).formatToParts(guess);
  const get = (t: string) => Number(parts.find((p) => p.type === t)!.value);
  const offset = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute')) - guess.getTime();
  return new Date(guess.getTime() - offset).toISOString().replace('.000Z', 'Z');
}
