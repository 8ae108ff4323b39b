import { describe, expect, it } from 'vitest';
import { mdxProseBlocks } from '../../src/text/mdx-text.ts';

describe('mdxProseBlocks', () => {
  it('keeps headings, paragraphs and list items apart', () => {
    const mdx = '## Who is blamed\n\nRussia blamed Ukraine.\n\n- 1 March 2022: one.\n- Late June 2022: two.\n';
    expect(mdxProseBlocks(mdx)).toEqual([
      'Who is blamed',
      'Russia blamed Ukraine.',
      '1 March 2022: one.',
      'Late June 2022: two.',
    ]);
  });

  it('drops childless components, comments and link targets, and the space a component leaves', () => {
    const mdx =
      '{/* editor note */}\nThe governor said so <Cite source="x" />. See [the ledger](/claims/) and <Claim id="a" />.\n';
    expect(mdxProseBlocks(mdx)).toEqual(['The governor said so. See the ledger and.']);
  });

  it('keeps the text inside components with children, emphasis and code', () => {
    expect(mdxProseBlocks('<Aside>An *aside* with `code`.</Aside>\n\n**Bold** words.')).toEqual([
      'An aside with code.',
      'Bold words.',
    ]);
  });

  it('does not read an attribute value as prose', () => {
    expect(mdxProseBlocks('Kyiv <KeyFigure id="pows-aboard" note="Volodin said so" /> today.')).toEqual([
      'Kyiv today.',
    ]);
  });
});
