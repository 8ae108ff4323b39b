import { expect, test } from 'vitest';
import { formatDay, formatTimeIn } from '../../src/lib/dates.ts';

test('formatDay writes a day the same on any machine', () => {
  expect(formatDay('2024-01-24')).toBe('24 January 2024');
});

test('formatTimeIn shows an instant on a zone’s clock', () => {
  expect(formatTimeIn('2024-01-24T08:00:00Z', 'Europe/Moscow')).toBe('11:00');
  expect(formatTimeIn('2024-01-24T08:00:00Z', 'UTC')).toBe('08:00');
});
