import { describe, expect, test } from 'vitest';
import { findQuotes } from '../../scripts/ingest/quotes.ts';
import { findStatements } from '../../scripts/ingest/statements.ts';

const quotes = (sentence: string, previous: string | null = null, lastNamed: string | null = null) =>
  findQuotes(sentence, findStatements(sentence), previous, lastNamed).map((q) => ({
    text: q.text,
    speaker: q.speaker,
    from: q.speakerFrom,
  }));

describe('findQuotes', () => {
  test('takes the speaker named after a leading quote', () => {
    expect(
      quotes('"They shot their own soldiers in the air. Their own," Volodin told lawmakers in a plenary session.'),
    ).toEqual([{ text: 'They shot their own soldiers in the air. Their own,', speaker: 'Volodin', from: 'sentence' }]);
  });

  test('gives a partial quote the claimant of the reported speech around it', () => {
    expect(quotes('Vyacheslav Volodin said the plane had been "shot down" by Kyiv.')).toEqual([
      { text: 'shot down', speaker: 'Vyacheslav Volodin', from: 'sentence' },
    ]);
  });

  test('resolves "it said" to the last named claimant', () => {
    expect(quotes('"On board were 65 captured servicemen," it said.', null, "Moscow's defence ministry")).toEqual([
      { text: 'On board were 65 captured servicemen,', speaker: "Moscow's defence ministry", from: 'pronoun' },
    ]);
  });

  test('gives a quotation-only sentence the previous speaker in the paragraph', () => {
    expect(quotes('"Our pilots were shot down."', 'Volodin')).toEqual([
      { text: 'Our pilots were shot down.', speaker: 'Volodin', from: 'previous-quote' },
    ]);
  });

  test('leaves the speaker empty where the article names none', () => {
    expect(quotes('The so-called "special operation" went on.')).toEqual([
      { text: 'special operation', speaker: null, from: 'none' },
    ]);
  });
});
