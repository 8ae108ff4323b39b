/** What ingest must get right on the project's real input, asserted fact by fact. */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { ingestFixture } from './fixture.ts';

const { analysis } = ingestFixture('il76-crash');
const { data } = analysis;

describe('the real source article', () => {
  test('the fixture is the real source, byte for byte', () => {
    expect(readFileSync('tests/fixtures/ingest/il76-crash/input.txt')).toEqual(
      readFileSync('sources/il76-crash-2024-01-24.txt'),
    );
  });

  test('headline, lede and publication date', () => {
    expect(data.title).toBe('Russia says plane carrying 65 Ukrainian POWs crashes, killing all aboard');
    expect(data.dek).toBe(
      'Russia said Wednesday that an IL-76 military transport plane carrying 65 Ukrainian prisoners of war had crashed in the western Belgorod region, bordering Ukraine.',
    );
    expect(data.published).toEqual({
      date: '2024-01-24',
      derivedFrom: 'embedded-posts',
      note: 'the latest of 2 embedded post dates; the text\'s "Wednesday" agrees',
    });
  });

  test('27 paragraphs: 25 of text and 2 posts, the Breadcrumb line dropped', () => {
    expect(data.paragraphs).toHaveLength(27);
    expect(data.paragraphs.filter((p) => p.kind === 'text')).toHaveLength(25);
    expect(data.paragraphs.map((p) => p.text)).not.toContain('Breadcrumb');
    expect(data.paragraphs[26]!.text).toBe(
      'Kyiv has urged its allies to help bolster its air defence systems to ward off Russian attacks.',
    );
  });

  test('the two social posts, with author, handle, date and media link', () => {
    expect(
      data.posts.map(({ paragraph, author, handle, date, media, unverified, unverifiedBy }) => ({
        paragraph,
        author,
        handle,
        date,
        media,
        unverified,
        unverifiedBy,
      })),
    ).toEqual([
      {
        paragraph: 'p5',
        author: 'BNO News',
        handle: 'BNONews',
        date: '2024-01-24',
        media: 'pic.twitter.com/k75m9l9pmw',
        unverified: true,
        unverifiedBy: 'p4s1',
      },
      {
        paragraph: 'p21',
        author: 'Maria Avdeeva',
        handle: 'maria_avdv',
        date: '2024-01-24',
        media: 'pic.twitter.com/G5np6ftKDn',
        unverified: false,
        unverifiedBy: null,
      },
    ]);
    expect(data.posts[0]!.text).toBe(
      'BREAKING: Video of plane crash in Russia shows missile trace in the sky, suggesting it was shot down',
    );
  });

  test("Volodin's quotes are attributed to Volodin", () => {
    const volodin = data.quotes
      .filter((q) => q.entity === 'people/vyacheslav-volodin')
      .map((q) => [q.sentence, q.text, q.speakerFrom]);
    expect(volodin).toEqual([
      ['p8s1', 'shot down', 'sentence'],
      ['p9s1', 'They shot their own soldiers in the air. Their own,', 'sentence'],
      ['p9s2', 'Our pilots, who were carrying out a humanitarian mission, were shot down.', 'previous-quote'],
    ]);
  });

  test('the defence ministry\'s quotes, including the one introduced by "it said"', () => {
    const mod = data.quotes
      .filter((q) => q.entity === 'organisations/russian-defence-ministry')
      .map((q) => [q.sentence, q.speakerFrom]);
    expect(mod).toEqual([
      ['p6s1', 'sentence'],
      ['p7s1', 'pronoun'],
    ]);
  });

  test('the head counts 65, 6, 3 and 74', () => {
    const values = data.figures.map((f) => `${f.sentence}:${f.value}`);
    expect(values).toEqual(
      expect.arrayContaining(['p3s1:74', 'p3s1:65', 'p7s1:65', 'p7s1:6', 'p7s1:3', 'p19s1:9', 'p24s1:5', 'p25s1:6']),
    );
  });

  test('the crash time resolved to 08:00 UTC', () => {
    expect(data.dates.find((d) => d.sentence === 'p6s1')).toMatchObject({
      written: '11 am Moscow time (0800 GMT)',
      utc: '2024-01-24T08:00:00Z',
    });
  });

  test('reported statements with claimant, verb and channel', () => {
    const s = (id: string) =>
      data.statements.filter((x) => x.sentence === id).map((x) => [x.claimant, x.verb, x.channel]);
    expect(s('p10s1')).toEqual([['regional governor Vyacheslav Gladkov', 'said', 'Telegram']]);
    expect(s('p13s1')).toEqual([['local media', 'cited', null]]);
    expect(s('p25s1')).toEqual([
      ['the Kremlin', 'claims', null],
      ['the governor, Oleksandr Prokudin', 'said', 'social media'],
    ]);
  });
});
