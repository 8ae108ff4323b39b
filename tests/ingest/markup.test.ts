import { describe, expect, test } from 'vitest';
import { buildSegments, segmentText } from '../../scripts/ingest/markup.ts';

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
