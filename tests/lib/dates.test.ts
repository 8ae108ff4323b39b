import { expect, test } from 'vitest';
import { formatDay, formatTimeIn, localToUtc } from '../../src/lib/dates.ts';

test('formatDay writes a day the same on any machine', () => {
  expect(formatDay('2024-01-24')).toBe('24 January 2024');
});

test('localToUtc follows each zone’s rules on that day', () => {
  expect(localToUtc('2024-01-24', '11:00', 'Europe/Moscow')).toBe('2024-01-24T08:00:00Z');
  expect(localToUtc('2024-01-24', '11:00', 'Europe/Kyiv')).toBe('2024-01-24T09:00:00Z');
  expect(localToUtc('2022-07-28', '23:00', 'Europe/Kyiv')).toBe('2022-07-28T20:00:00Z');
});

test('formatTimeIn shows an instant on a zone’s clock', () => {
  expect(formatTimeIn('2024-01-24T08:00:00Z', 'Europe/Moscow')).toBe('11:00');
  expect(formatTimeIn('2024-01-24T08:00:00Z', 'UTC')).toBe('08:00');
});
