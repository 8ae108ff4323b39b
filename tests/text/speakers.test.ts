import { expect, test } from 'vitest';
import { speakersIn, type Segment } from '../../src/text/markup.ts';

test('speakersIn lists each quoted speaker once, in order, with their entity', () => {
  const segments: Segment[] = [
    [
      'sentence',
      { id: 'p9s1' },
      ['quote', { speaker: 'Volodin', entity: 'people/vyacheslav-volodin' }, '"They shot…"'],
      ' Volodin told lawmakers.',
    ],
    [
      'sentence',
      { id: 'p9s2' },
      ['quote', { speaker: 'Volodin', entity: 'people/vyacheslav-volodin' }, '"Our pilots…"'],
    ],
    [
      'sentence',
      { id: 'p9s3' },
      ['quote', { speaker: null, entity: null }, '"scare quotes"'],
      ['quote', { speaker: 'Gladkov', entity: null }, '"…"'],
    ],
  ];
  expect(speakersIn(segments)).toEqual([
    { name: 'Volodin', entity: 'people/vyacheslav-volodin' },
    { name: 'Gladkov', entity: null },
  ]);
});
