import { describe, expect, test } from 'vitest';
import { findDates } from '../../scripts/ingest/dates.ts';

const dates = (s: string, published: string | null = '2024-01-24') =>
  findDates(s, published).map((d) => [d.written, d.resolved, d.utc]);

describe('findDates', () => {
  test('resolves a clock time in a named zone to UTC and checks the GMT time given', () => {
    const [d] = findDates('At around 11 am Moscow time (0800 GMT), it crashed.', '2024-01-24');
    expect(d).toMatchObject({
      written: '11 am Moscow time (0800 GMT)',
      resolved: '2024-01-24',
      utc: '2024-01-24T08:00:00Z',
    });
    expect(d!.how).toContain('agrees with the GMT time given (08:00)');
  });

  test('uses the zone rules of the day: Kyiv is UTC+3 in summer', () => {
    expect(findDates('At 10 pm Kyiv time the sirens sounded.', '2022-07-28')[0]!.utc).toBe('2022-07-28T19:00:00Z');
  });

  test('resolves a weekday to the latest such day on or before publication', () => {
    expect(dates('Russia said Wednesday that it crashed.')).toEqual([['Wednesday', '2024-01-24', null]]);
    expect(dates('The governor said Monday that nine were hurt.')).toEqual([['Monday', '2024-01-22', null]]);
  });

  test('resolves "the day before" and months and years', () => {
    expect(dates('Five were killed over the course of the day before.')).toEqual([
      ['the day before', '2024-01-23', null],
    ]);
    expect(dates('The invasion, launched in February 2022, goes on.')).toEqual([['February 2022', '2022-02', null]]);
    expect(dates('In 2022, both sides accused each other.')).toEqual([['In 2022', '2022', null]]);
  });

  test('never reads the clock: without a publication date, relative days stay unresolved', () => {
    expect(dates('Russia said Wednesday that it crashed.', null)).toEqual([['Wednesday', null, null]]);
  });

  test('never turns an impossible date into a day', () => {
    expect(dates('It was signed on February 30, 2024, officials said.')).toEqual([['February 30, 2024', null, null]]);
    expect(dates('It was signed on 31 April 2024.')).toEqual([['31 April 2024', null, null]]);
  });
});
