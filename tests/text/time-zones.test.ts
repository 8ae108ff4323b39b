import { expect, test } from 'vitest';
import { zoneCity, zoneWrittenAs } from '../../src/text/time-zones.ts';

test('a place name before "time" gives its zone, whatever its case; an unknown one gives none', () => {
  expect(zoneWrittenAs('Moscow')).toBe('Europe/Moscow');
  expect(zoneWrittenAs('Kiev')).toBe('Europe/Kyiv');
  expect(zoneWrittenAs('GMT')).toBe('UTC');
  expect(zoneWrittenAs('Tollund')).toBeUndefined();
});

test('the timeline names a known zone by its city and shows any other as its IANA id', () => {
  expect(zoneCity('Europe/Kyiv')).toBe('Kyiv');
  expect(zoneCity('America/New_York')).toBe('New York');
  expect(zoneCity('Asia/Tokyo')).toBe('Asia/Tokyo');
});
