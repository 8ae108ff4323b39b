import { expect, test } from 'vitest';
import { isCalendarDay, localToUtc, SHORT_MONTHS, UK_MONTHS_GENITIVE } from '../../src/text/dates.ts';

test('localToUtc follows each zone’s rules on that day', () => {
  expect(localToUtc('2024-01-24', '11:00', 'Europe/Moscow')).toBe('2024-01-24T08:00:00Z');
  expect(localToUtc('2024-01-24', '11:00', 'Europe/Kyiv')).toBe('2024-01-24T09:00:00Z');
  expect(localToUtc('2022-07-28', '23:00', 'Europe/Kyiv')).toBe('2022-07-28T20:00:00Z');
});

test('localToUtc is right in the hours before a spring-forward clock change', () => {
  // Kyiv moved from UTC+2 to UTC+3 at 03:00 local on 31 March 2024: 01:30 was still UTC+2.
  expect(localToUtc('2024-03-31', '01:30', 'Europe/Kyiv')).toBe('2024-03-30T23:30:00Z');
  expect(localToUtc('2024-03-31', '04:30', 'Europe/Kyiv')).toBe('2024-03-31T01:30:00Z');
  // New York moved from UTC−5 to UTC−4 at 02:00 local on 10 March 2024.
  expect(localToUtc('2024-03-10', '01:30', 'America/New_York')).toBe('2024-03-10T06:30:00Z');
  // After an autumn change: London is back on GMT from 02:00 BST.
  expect(localToUtc('2024-10-27', '02:30', 'Europe/London')).toBe('2024-10-27T02:30:00Z');
});

test('isCalendarDay is the one date rule: YYYY-MM-DD naming a day that exists', () => {
  expect(isCalendarDay('2024-02-29')).toBe(true);
  expect(isCalendarDay('2024-01-24')).toBe(true);
  for (const bad of ['2024-02-30', '2023-02-29', '2024-13-01', '2024-04-31', '2024-1-24', '24-01-2024', ''])
    expect(isCalendarDay(bad), bad).toBe(false);
});

test('month abbreviations come from the month names: three letters each, and Sept; May has none', () => {
  expect(SHORT_MONTHS).toEqual(['Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec', 'Sept']);
  expect(UK_MONTHS_GENITIVE).toHaveLength(12);
});
