import { describe, expect, test } from 'vitest';
import { buildSegments, paragraphSegments, segmentText } from '../../src/text/markup.ts';

describe('buildSegments', () => {
  const text = '"Our pilots were shot down," Volodin said.';

  test('nests mentions inside quotes inside sentences and keeps every character', () => {
    const segments = buildSegments(text, [
      { kind: 'mention', start: 29, end: 36, attrs: { entity: 'people/vyacheslav-volodin' } },
      { kind: 'sentence', start: 0, end: text.length, attrs: { id: 'p1s1' } },
      { kind: 'quote', start: 0, end: 28, attrs: { speaker: 'Volodin' } },
    ]);
    expect(segments).toEqual([
      [
        'sentence',
        { id: 'p1s1' },
        ['quote', { speaker: 'Volodin' }, '"Our pilots were shot down,"'],
        ' ',
        ['mention', { entity: 'people/vyacheslav-volodin' }, 'Volodin'],
        ' said.',
      ],
    ]);
    expect(segmentText(segments)).toBe(text);
  });

  test('drops a span that would cross another one, never the text', () => {
    const segments = buildSegments(text, [
      { kind: 'quote', start: 0, end: 28, attrs: {} },
      { kind: 'mention', start: 20, end: 36, attrs: { entity: 'x/y' } },
    ]);
    expect(segmentText(segments)).toBe(text);
    expect(JSON.stringify(segments)).not.toContain('x/y');
  });
});

describe('paragraphSegments', () => {
  const none = { quotes: [], figures: [], dates: [], mentions: [] };

  test('finds each sentence after the one before, even when the same words came earlier', () => {
    const text = 'TOLLUND (Wire) - Yes. Yes. It rained.';
    const segments = paragraphSegments({
      ...none,
      dateline: { paragraph: 'p1', text: 'TOLLUND (Wire) - ' },
      paragraphs: [
        {
          id: 'p1',
          kind: 'text',
          text,
          sentences: [
            { id: 'p1s1', text: 'Yes.' },
            { id: 'p1s2', text: 'Yes.' },
            { id: 'p1s3', text: 'It rained.' },
          ],
        },
      ],
      mentions: [{ sentence: 'p1s2', start: 22, end: 25, entity: 'x/yes' }],
    }).get('p1')!;
    expect(segments).toEqual([
      ['dateline', {}, 'TOLLUND (Wire) - '],
      ['sentence', { id: 'p1s1' }, 'Yes.'],
      ' ',
      ['sentence', { id: 'p1s2' }, ['mention', { entity: 'x/yes' }, 'Yes'], '.'],
      ' ',
      ['sentence', { id: 'p1s3' }, 'It rained.'],
    ]);
    expect(segmentText(segments)).toBe(text);
  });

  test('a credits line is one span with no sentences', () => {
    const text = '(Reporting by A; Editing by B)';
    const segments = paragraphSegments({
      ...none,
      dateline: null,
      paragraphs: [{ id: 'p9', kind: 'credits', text, sentences: [] }],
    });
    expect(segments.get('p9')).toEqual([['credits', {}, text]]);
  });

  test('a sentence missing from its paragraph is an error, not a page without it', () => {
    expect(() =>
      paragraphSegments({
        ...none,
        dateline: null,
        paragraphs: [{ id: 'p1', kind: 'text', text: 'One.', sentences: [{ id: 'p1s1', text: 'Two.' }] }],
      }),
    ).toThrow('sentence p1s1 is not in the text of paragraph p1');
  });
});
