import { describe, expect, test } from 'vitest';
import { splitSentences } from '../../src/text/sentences.ts';

const split = (text: string) => splitSentences(text).map((s) => text.slice(s.start, s.end));

describe('splitSentences', () => {
  test('splits at a full stop followed by a capital', () => {
    expect(split('Heart of Kharkiv is bleeding. To all those talking, I invite you.')).toEqual([
      'Heart of Kharkiv is bleeding.',
      'To all those talking, I invite you.',
    ]);
  });

  test('never splits inside a quotation', () => {
    const text =
      '"They shot their own soldiers in the air. Their own," Volodin told lawmakers in a plenary session. "Our pilots were shot down."';
    expect(split(text)).toEqual([
      '"They shot their own soldiers in the air. Their own," Volodin told lawmakers in a plenary session.',
      '"Our pilots were shot down."',
    ]);
  });

  test('keeps abbreviations and initials inside the sentence', () => {
    expect(split('Mr. Smith met Dr. Jones in the U.S. on Monday. Then he left.')).toHaveLength(2);
    expect(split('J. K. Rowling wrote it. It sold.')).toEqual(['J. K. Rowling wrote it.', 'It sold.']);
    expect(split('It fell on Sept. 4 and Jan. 5 in Kyiv. Then it rained.')).toHaveLength(2);
  });

  test('does not split before a lower-case word', () => {
    expect(split('It was 11 a.m. local time when it fell.')).toHaveLength(1);
  });

  test('handles curly quotes and a sentence with no final stop', () => {
    expect(split('“It is over.” She left')).toEqual(['“It is over.”', 'She left']);
  });
});
