import { describe, expect, test } from 'vitest';
import { findCounts } from '../../scripts/ingest/counts.ts';

const counts = (s: string) => findCounts(s).map((c) => [c.value, c.noun]);

describe('findCounts', () => {
  test('counts people in digits and words', () => {
    expect(counts('On board were 65 captured Ukrainian army servicemen, six crew members and three escorts.')).toEqual([
      [65, 'captured Ukrainian army servicemen'],
      [6, 'crew members'],
      [3, 'escorts'],
    ]);
    expect(counts('Russian strikes wounded nine people.')).toEqual([[9, 'people']]);
    expect(counts('Six more people were wounded.')).toEqual([[6, 'more people']]);
    expect(counts('65 Ukrainian prisoners of war')).toEqual([[65, 'Ukrainian prisoners of war']]);
  });

  test('ignores numbers that do not count people', () => {
    expect(counts('At 11 am an IL-76 fell; S-300 missiles were fired over two months.')).toEqual([]);
  });

  test('reads compound number words and thousands separators', () => {
    expect(counts('sixty-five prisoners and 1,200 civilians')).toEqual([
      [65, 'prisoners'],
      [1200, 'civilians'],
    ]);
  });
});
