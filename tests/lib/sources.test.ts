import { expect, test } from 'vitest';
import { isShortened, recordGaps } from '../../src/lib/sources.ts';

test('a source with everything recorded needs no remark', () => {
  expect(
    recordGaps({
      title: 'Olenivka prison massacre',
      publisher: 'Wikipedia',
      url: 'https://en.wikipedia.org/wiki/Olenivka_prison_massacre',
      date: '2024-01-24',
    }),
  ).toBeUndefined();
});

test('what was not recorded is said once, in one sentence', () => {
  expect(
    recordGaps({ description: 'Reuters report on the crash', publisher: 'TimesLIVE (Reuters)', date: '2024-01-24' }),
  ).toBe('Headline and address not recorded.');
  expect(recordGaps({ description: 'Statement on Olenivka', publisher: 'ICRC' })).toBe(
    'Headline, date and address not recorded.',
  );
  expect(
    recordGaps({ title: 'Il-76 plane crashes near Yablonovo', publisher: 'AviONews', url: 'https://example.org/a' }),
  ).toBe('Date not recorded.');
  expect(
    recordGaps({ title: 'A headline', publisher: 'unknown', date: '2024-01-24', url: 'https://example.org/a' }),
  ).toBe('Publisher not recorded.');
});

test('a reference work is not said to lack a publication date', () => {
  expect(
    recordGaps({ title: 'Kharkiv', publisher: 'Wikipedia (mirror at pwojczyn.com)', perspective: 'reference' }),
  ).toBe('Address not recorded.');
});

test('a headline recorded in part is called shortened, not missing', () => {
  expect(isShortened('Russian propagandist lists POWs…')).toBe(true);
  expect(isShortened('Kharkiv')).toBe(false);
  expect(
    recordGaps({ title: 'Russian propagandist lists POWs…', publisher: 'Kyiv Independent', date: '2024-01-24' }),
  ).toBe('Headline recorded in shortened form; address not recorded.');
  expect(
    recordGaps({
      title: 'UN again rejects…',
      publisher: 'Kyiv Independent',
      date: '2023-10-04',
      url: 'https://example.org/a',
    }),
  ).toBe('Headline recorded in shortened form.');
});
