/**
 * Calendar and clock primitives shared by ingest (reading an article) and the site (showing it).
 * Pure: no Astro, no file system.
 */

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
