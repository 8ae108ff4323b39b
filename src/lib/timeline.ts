/** Timeline events in order, with UTC and local times worked out once, from the zone rules of the day. */
import { getCollection, type CollectionEntry } from 'astro:content';
import { localToUtc } from '../text/dates.ts';
import { formatTimeIn } from './dates.ts';
import { zoneCity } from '../text/time-zones.ts';

export interface TimelineEvent {
  entry: CollectionEntry<'events'>;
  /** `11:00 Moscow (08:00 UTC)` where a time is given. */
  time: string | null;
  /** Machine-readable instant or day for `<time datetime>`. */
  datetime: string;
}

export async function timeline(): Promise<TimelineEvent[]> {
  const events = await getCollection('events');
  return (
    events
      .map((entry) => {
        const { date, time, timeZone } = entry.data;
        if (!time || !timeZone) return { entry, time: null, datetime: date };
        const utc = localToUtc(date, time, timeZone);
        const zone = zoneCity(timeZone);
        return {
          entry,
          time: timeZone === 'UTC' ? `${time} UTC` : `${time} ${zone} time (${formatTimeIn(utc, 'UTC')} UTC)`,
          datetime: utc,
        };
      })
      // Events with a time come first on their day; an event without one is placed after them.
      .sort((a, b) => sortKey(a).localeCompare(sortKey(b)) || a.entry.id.localeCompare(b.entry.id))
  );
}

function sortKey(e: TimelineEvent): string {
  return e.time ? e.datetime : `${e.entry.data.date}T99`;
}
