import { describe, expect, test } from 'vitest';
import { mentionMatcher } from '../../src/text/mentions.ts';

const matcher = mentionMatcher([
  { ref: 'places/kharkiv', name: 'Kharkiv', aliases: [] },
  { ref: 'places/kharkiv-region', name: 'Kharkiv region', aliases: ['region of Kharkiv'] },
  { ref: 'people/vyacheslav-gladkov', name: 'Vyacheslav Gladkov', aliases: ['Gladkov'] },
]);

describe('mentionMatcher', () => {
  test('prefers the longest alias and matches whole words only', () => {
    const found = matcher.find('Strikes hit the region of Kharkiv; Kharkivan voices and Gladkov spoke.');
    expect(found.map((m) => [m.text, m.entity])).toEqual([
      ['region of Kharkiv', 'places/kharkiv-region'],
      ['Gladkov', 'people/vyacheslav-gladkov'],
    ]);
  });

  test('matches names with regular-expression characters literally', () => {
    const dotted = mentionMatcher([
      { ref: 'organisations/us', name: 'U.S.', aliases: ['U.S. (Washington)'] },
      { ref: 'organisations/c-plus', name: 'C++ Group', aliases: [] },
    ]);
    const found = dotted.find('The U.S. (Washington) and C++ Group spoke; UxS and C Group did not.');
    expect(found.map((m) => [m.text, m.entity])).toEqual([
      ['U.S. (Washington)', 'organisations/us'],
      ['C++ Group', 'organisations/c-plus'],
    ]);
  });

  test('reports capitalised names that no entity matches', () => {
    const s = 'Regional governor Oleg Sinegubov said Gladkov met Maria Avdeeva on Wednesday.';
    expect(matcher.unmatched(s, matcher.find(s))).toEqual(['Oleg Sinegubov', 'Maria Avdeeva']);
  });
});
