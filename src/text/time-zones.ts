/**
 * The time zones the site reads and shows: for each IANA zone, the city the timeline names it by and
 * the place names wire copy writes before "time" ("11 am Moscow time"), lower-cased.
 */
interface KnownZone {
  zone: string;
  city: string;
  writtenAs: readonly string[];
}

const KNOWN_ZONES: readonly KnownZone[] = [
  { zone: 'Europe/Moscow', city: 'Moscow', writtenAs: ['moscow'] },
  { zone: 'Europe/Kyiv', city: 'Kyiv', writtenAs: ['kyiv', 'kiev'] },
  { zone: 'UTC', city: 'UTC', writtenAs: ['gmt', 'utc'] },
  { zone: 'America/New_York', city: 'New York', writtenAs: ['new york', 'washington'] },
  { zone: 'Europe/London', city: 'London', writtenAs: ['london'] },
];

/** The zone a place name before "time" stands for: `Moscow` → `Europe/Moscow`; undefined when unknown. */
export function zoneWrittenAs(place: string): string | undefined {
  const name = place.toLowerCase();
  return KNOWN_ZONES.find((z) => z.writtenAs.includes(name))?.zone;
}

/** How the timeline names a zone: `Europe/Kyiv` → `Kyiv`; an unknown zone is shown as its IANA id. */
export function zoneCity(zone: string): string {
  return KNOWN_ZONES.find((z) => z.zone === zone)?.city ?? zone;
}
