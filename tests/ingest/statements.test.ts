import { describe, expect, test } from 'vitest';
import { findStatements } from '../../scripts/ingest/statements.ts';

const first = (s: string) => {
  const [st] = findStatements(s);
  return st && { claimant: st.claimant, verb: st.verb, channel: st.channel };
};

describe('findStatements', () => {
  test.each([
    ['Russia said Wednesday that an IL-76 had crashed.', 'Russia', 'said', null],
    [
      "The crash occurred in the Korochansky district, northeast of the region's capital, regional governor Vyacheslav Gladkov said on Telegram.",
      'regional governor Vyacheslav Gladkov',
      'said',
      'Telegram',
    ],
    [
      '"At around 11 am, an IL-76 aircraft crashed," Moscow\'s defence ministry told Russian news agencies.',
      "Moscow's defence ministry",
      'told',
      'Russian news agencies',
    ],
    ['Gladkov had earlier announced a missile alert over the region.', 'Gladkov', 'announced', null],
    [
      'In Kyiv, local media initially cited sources in the Ukrainian military as saying so.',
      'local media',
      'cited',
      null,
    ],
    [
      'Six more people were wounded across the region, the governor, Oleksandr Prokudin, said on social media.',
      'the governor, Oleksandr Prokudin',
      'said',
      'social media',
    ],
    ['"Our pilots were shot down," Volodin told lawmakers in a plenary session.', 'Volodin', 'told', 'plenary session'],
  ])('%s → %s', (sentence, claimant, verb, channel) => {
    expect(first(sentence)).toEqual({ claimant, verb, channel });
  });

  test('reads a relative clause as the claimant', () => {
    const found = findStatements(
      'Both Moscow and Kyiv blamed each other for the incident, which President Volodymyr Zelensky called a "Russian war crime".',
    );
    expect(found.map((s) => [s.claimant, s.verb])).toEqual([
      ['Both Moscow and Kyiv', 'blamed'],
      ['President Volodymyr Zelensky', 'called'],
    ]);
  });

  test('gives a coordinated verb the same claimant', () => {
    const found = findStatements('Volodin said the plane had been "shot down" by Kyiv and blamed Western missiles.');
    expect(found.map((s) => s.claimant)).toEqual(['Volodin', 'Volodin']);
  });

  test('ignores reporting verbs inside a quotation', () => {
    expect(findStatements('"He said nothing," she said.').map((s) => s.claimant)).toEqual(['she']);
  });

  test('finds nothing in a sentence without a reporting verb', () => {
    expect(findStatements('But that claim was later retracted.')).toEqual([]);
  });
});
