/** Quoted words in editors' text, checked against the article sentence a `<SaysWho>` cites. */
import { describe, expect, test } from 'vitest';
import type { ContentIndex } from '../../scripts/check/content-index.ts';
import { parseMdx } from '../../scripts/check/mdx-source.ts';
import { checkQuotedWords } from '../../scripts/check/mdx-quotes.ts';
import { formatProblem } from '../../scripts/check/problems.ts';

const sentences = new Map([
  ['p1s1', "Russia's defence ministry said 74 people had been onboard the plane."],
  ['p2s1', '"They shot their own soldiers in the air. Their own," Volodin told lawmakers.'],
]);
const index = { articles: new Map([['a', { file: 'a.json', sentences }]]) } as unknown as ContentIndex;

const problems = (body: string) => {
  const { tree } = parseMdx(`---\ntitle: x\n---\n\n${body}\n`);
  return checkQuotedWords(tree!, 'page.mdx', index).map(formatProblem);
};

describe('quoted words before a <SaysWho>', () => {
  test.each([
    ['straight quotes, exact', 'Volodin said "They shot their own soldiers in the air" <SaysWho sentence="a#p2s1" />.'],
    ['curly quotes, exact', 'Volodin said “They shot their own soldiers in the air” <SaysWho sentence="a#p2s1" />.'],
    ['a curly apostrophe in the quote', 'The ministry said “Russia’s defence ministry” <SaysWho sentence="a#p1s1" />.'],
    [
      'words reported without quotation marks',
      'The ministry said 74 people were on board <SaysWho sentence="a#p1s1" />.',
    ],
    [
      'a quote covered by a <Cite>, not by the <SaysWho> after it',
      'A report said "seventy-five" <Cite source="s" />; the ministry said 74 <SaysWho sentence="a#p1s1" />.',
    ],
    ['an unknown sentence (reported by the component check)', 'It said "whatever" <SaysWho sentence="a#p9s9" />.'],
  ])('pass: %s', (_name, body) => {
    expect(problems(body)).toEqual([]);
  });

  test('a quote that differs is reported on its own line, with where it parts from the sentence', () => {
    expect(problems('The ministry said\nthat "74 people had been on board" <SaysWho sentence="a#p1s1" />.')).toEqual([
      'page.mdx:6 quote — "74 people had been on board" is in quotation marks but not in a#p1s1 word for word (it matches up to "74 people had been") — copy the words exactly from that sentence, or drop the quotation marks and report them in your own words',
    ]);
  });

  test('each <SaysWho> covers the text since the previous citation, in list items too', () => {
    expect(
      problems(
        '- Volodin said "They shot their own soldiers" <SaysWho sentence="a#p2s1" /> and "their own men" <SaysWho sentence="a#p2s1" />.',
      ),
    ).toEqual([expect.stringContaining('"their own men" is in quotation marks but not in a#p2s1')]);
  });
});
