/** Every reader of a month name (post dates, datelines, the checker's date hint) takes it from src/text/dates.ts. */
import { expect, test } from 'vitest';
import { dateHint } from '../../scripts/check/date-hint.ts';
import { monthNumber, parseLongDate } from '../../scripts/ingest/blocks.ts';
import { findDateline } from '../../scripts/ingest/datelines.ts';

test('post dates read whole and abbreviated months, and nothing else', () => {
  expect(parseLongDate('Sept. 4, 2024')).toBe('2024-09-04');
  expect(parseLongDate('4 May 2024')).toBe('2024-05-04');
  expect(parseLongDate('Jun 4, 2024')).toBe('2024-06-04');
  expect(monthNumber('Septem')).toBeNull();
  expect(monthNumber('Ma')).toBeNull();
});

test('datelines read English and Ukrainian months', () => {
  expect(findDateline('KYIV, Sept 4 (Wire) - Text.')?.month).toBe(9);
  expect(findDateline('КИЇВ, 4 грудня (Укрінформ) — Текст.')?.month).toBe(12);
});

test('the date hint reads any case and spells the month in full', () => {
  expect(dateHint('30 dec 2023')).toBe('write it as 2023-12-30 (YYYY-MM-DD)');
  expect(dateHint('05/06/2024')).toBe('write it as YYYY-MM-DD: 2024-06-05 for 5 June, 2024-05-06 for 6 May');
});
