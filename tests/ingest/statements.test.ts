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

  test('reads a relative clause as the claimant, and leaves it out of the main statement', () => {
    const found = findStatements(
      'Both Moscow and Kyiv blamed each other for the incident, which President Volodymyr Zelensky called a "Russian war crime".',
    );
    expect(found.map((s) => [s.claimant, s.verb, s.content])).toEqual([
      ['Moscow', 'blamed', 'Kyiv for the incident'],
      ['Kyiv', 'blamed', 'Moscow for the incident'],
      ['President Volodymyr Zelensky', 'called', 'a "Russian war crime"'],
    ]);
  });

  test("a relative clause's words are said of what it follows, and end at its comma", () => {
    const found = findStatements(
      'Six more people were wounded across the region, which the Kremlin claims is part of Russia, the governor, Oleksandr Prokudin, said on social media.',
    );
    expect(found.map((s) => [s.claimant, s.content])).toEqual([
      ['the Kremlin', 'the region is part of Russia'],
      ['the governor, Oleksandr Prokudin', 'Six more people were wounded across the region'],
    ]);
  });

  test("mutual accusations carry both sides, each in the article's words", () => {
    const found = findStatements(
      'In 2022, Russia and Ukraine accused each other of carrying out deadly bombardments on a jail.',
    );
    expect(found.map((s) => [s.claimant, s.content])).toEqual([
      ['Russia', 'Ukraine of carrying out deadly bombardments on a jail'],
      ['Ukraine', 'Russia of carrying out deadly bombardments on a jail'],
    ]);
  });

  test("the article's own hedge is not part of what the claimant said", () => {
    const [st] = findStatements(
      'Gladkov had earlier announced a missile alert over the region, but it was not clear if the two events were connected.',
    );
    expect(st?.content).toBe('a missile alert over the region');
  });

  test.each([
    [
      '“The water is rising faster than in 2019,” city engineer Marta Kovalenko told reporters.',
      'city engineer Marta Kovalenko',
      'The water is rising faster than in 2019,',
    ],
    ['"We kept the club going," said Peter Holm, who runs the club.', 'Peter Holm', 'We kept the club going,'],
    ['The bridge is closed, said the mayor.', 'the mayor', 'The bridge is closed'],
    [
      '«Вода прибуває швидше, ніж у 2019 році», — сказала міська інженерка Марта Коваленко.',
      'міська інженерка Марта Коваленко',
      'Вода прибуває швидше, ніж у 2019 році',
    ],
    ['Ніхто не постраждав, заявила мерка Еліна Странд.', 'мерка Еліна Странд', 'Ніхто не постраждав'],
    ['Мер Іван Петренко заявив, що школи будуть зачинені.', 'Мер Іван Петренко', 'школи будуть зачинені'],
  ])('names the speaker whatever the word order: %s', (sentence, claimant, content) => {
    expect(findStatements(sentence).map((s) => [s.claimant, s.content])).toEqual([[claimant, content]]);
  });

  test('an appositive comma before the verb is not an inverted attribution', () => {
    const found = findStatements('Vyacheslav Volodin, the top lawmaker, said the plane had been "shot down" by Kyiv.');
    expect(found.map((s) => s.claimant)).toEqual(['Vyacheslav Volodin, the top lawmaker']);
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
