import { expect, test } from 'vitest';
import { localToUtc } from '../../src/text/dates.ts';

test('localToUtc follows each zone’s rules on that day', () => {
  expect(localToUtc('2024-01-24', '11:00', 'Europe/Moscow')).toBe('2024-01-24T08:00:00Z');
  expect(localToUtc('2024-01-24', '11:00', 'Europe/Kyiv')).toBe('2024-01-24T09:00:00Z');
  expect(localToUtc('2022-07-28', '23:00', 'Europe/Kyiv')).toBe('2022-07-28T20:00:00Z');
});
