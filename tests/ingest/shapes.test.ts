/**
 * The shapes scraped articles take, one fixture each (tests/fixtures/ingest/<case>/input.txt, written
 * for these tests: fictional local news). Each expectation below was read off the input by hand.
 */
import { describe, expect, test } from 'vitest';
import { splitBlocks } from '../../scripts/ingest/blocks.ts';
import { findDateline } from '../../scripts/ingest/datelines.ts';
import { report } from '../../scripts/ingest/report.ts';
import { ingestFixture } from './fixture.ts';

const fixture = (name: string) => ingestFixture(name).analysis.data;

describe('embedded posts (tollund-flood-x, riverbend-fediverse)', () => {
  const x = fixture('tollund-flood-x');
  const fedi = fixture('riverbend-fediverse');
  const posts = [...x.posts, ...fedi.posts].map((p) => ({
    text: p.text,
    author: p.author,
    handle: p.handle,
    platform: p.platform,
    date: p.date,
    media: p.media,
    links: p.links,
  }));

  test('X posts ending in a t.co link, a pic.x.com link or no link at all', () => {
    expect(posts.slice(0, 4)).toEqual([
      {
        text: 'The Old Town bridge is closed until further notice. Use the Ferry Road crossing.',
        author: 'Tollund City Council',
        handle: 'TollundCouncil',
        platform: 'x',
        date: '2025-03-04',
        media: null,
        links: ['https://t.co/Xy12AbC9'],
      },
      {
        text: 'Riverside path under water at Mill Lane this morning. Please keep away from the banks.',
        author: 'Tollund Fire Service',
        handle: 'TollundFire',
        platform: 'x',
        date: '2025-03-04',
        media: 'pic.x.com/Rv8Ps2LmQa',
        links: [],
      },
      {
        text: 'Sandbags are available at the Mill Lane depot until 8 pm.',
        author: 'Jonas Ek',
        handle: 'jonas_ek',
        platform: 'x',
        date: '2025-03-04',
        media: null,
        links: [],
      },
      {
        text: "Об'їжджайте міст у Старому місті через Поромну вулицю. Дякуємо за терпіння!",
        author: 'Marta Kovalenko',
        handle: 'marta_kovalenko',
        platform: 'x',
        date: '2025-03-04',
        media: null,
        links: [],
      },
    ]);
  });

  test('Bluesky (custom domain, bsky.social) and Mastodon handles, all three date styles', () => {
    expect(posts.slice(4).map((p) => [p.handle, p.platform, p.date, p.links])).toEqual([
      ['library.riverbend.example', 'bluesky', '2025-03-06', []],
      ['readingclub@social.riverbend.example', 'mastodon', '2025-03-06', ['https://riverbend.example/club']],
      ['rbyouth.bsky.social', 'bluesky', '2025-03-07', []],
    ]);
    expect(fedi.posts.map((p) => p.attribution)).toEqual([
      '— Riverbend Library (@library.riverbend.example) March 6, 2025 at 9:12 AM',
      '— Reading Club Riverbend (@readingclub@social.riverbend.example) Mar 6, 2025',
      '— Riverbend Youth Council (@rbyouth.bsky.social) 7 March 2025',
    ]);
  });

  test('a pic.twitter.com link is still the media link, and a headline cannot be a post', () => {
    expect(splitBlocks('f', 'Head\nText pic.twitter.com/abc\n— A (@a) Jan 2, 2024\n').blocks[0]).toMatchObject({
      kind: 'post',
      text: 'Text',
      media: 'pic.twitter.com/abc',
    });
    expect(() => splitBlocks('f', 'Text pic.x.com/abc\nMore\n')).toThrow(
      'no headline: line 1 is part of a social post',
    );
  });
});

describe('datelines and credits', () => {
  test('a dateline is kept verbatim in its paragraph but is no part of the first sentence', () => {
    const x = fixture('tollund-flood-x');
    expect(x.dateline).toEqual({
      paragraph: 'p1',
      text: 'TOLLUND, March 4 (Wire) - ',
      place: 'TOLLUND',
      written: 'March 4',
      agency: 'Wire',
    });
    expect(x.paragraphs[0]!.text.startsWith('TOLLUND, March 4 (Wire) - Tollund City Council closed')).toBe(true);
    expect(x.paragraphs[0]!.sentences[0]!.text.startsWith('Tollund City Council closed')).toBe(true);
  });

  test("the dateline's day dates the article when the posts give the year, and the page is told so", () => {
    expect(fixture('tollund-flood-x').published).toEqual({
      date: '2025-03-04',
      derivedFrom: 'dateline',
      note: 'the dateline\'s "March 4", in 2025, the year of the embedded posts',
    });
    expect(fixture('tollund-flood-uk').published.date).toBe('2025-03-04');
  });

  test('no year known: the dateline dates nothing', () => {
    expect(fixture('tollund-notice-uk-inferred').published.derivedFrom).toBe('unknown');
  });

  test.each([
    ['KYIV (Reuters) - Text', 'KYIV (Reuters) - ', null],
    ['NEW YORK, Jan 24 (Wire) — Text', 'NEW YORK, Jan 24 (Wire) — ', 'Jan 24'],
    ['LONDON, 4 March - Text', 'LONDON, 4 March - ', '4 March'],
    ['ТОЛЛУНД, 4 березня (Вайр) — Текст', 'ТОЛЛУНД, 4 березня (Вайр) — ', '4 березня'],
  ])('%s', (paragraph, text, written) => {
    expect(findDateline(paragraph)).toMatchObject({ text, written });
  });

  test.each(['BREAKING - a plane crashed', 'Russia said - nothing', 'US - China talks resumed'])(
    'not a dateline: %s',
    (paragraph) => expect(findDateline(paragraph)).toBeNull(),
  );

  test('credits lines are credits, not story paragraphs', () => {
    const credits = [fixture('tollund-flood-x'), fixture('riverbend-fediverse')].flatMap((d) =>
      d.paragraphs.filter((p) => p.kind === 'credits').map((p) => [p.text, p.sentences.length]),
    );
    expect(credits).toEqual([
      ['(Reporting by Anna Berg; Editing by Tom Lind)', 0],
      ['(Writing by Sofia Dahl; Additional reporting by Nils Berg)', 0],
    ]);
  });
});

describe('quotes and their speakers', () => {
  const speakers = (name: string) => fixture(name).quotes.map((q) => [q.sentence, q.text, q.speaker, q.entity]);

  test('“…”, "…" and ‘…’ inside, with speakers named before or after the verb, no entity file needed', () => {
    expect(speakers('tollund-flood-x')).toEqual([
      ['p2s1', 'The water is rising faster than in 2019,', 'Marta Kovalenko', null],
      ['p2s2', 'We would rather close a bridge too early than too late.', 'Marta Kovalenko', null],
      ['p9s1', 'Мішки є', null, null],
      ['p9s1', 'we have sandbags', null, null],
      ['p13s1', 'Nobody has been hurt, and we intend to keep it that way,', 'Elin Strand', null],
    ]);
    expect(speakers('riverbend-fediverse')).toEqual([
      ['p2s1', "The children's corner was the first thing people asked about,", 'Sofia Lund', null],
      ['p2s2', 'One boy told me it felt like ‘getting his second home back’.', 'Sofia Lund', null],
      ['p9s1', 'We kept the reading club going in the town hall,', 'Peter Holm', null],
    ]);
  });

  test('«…» with „…“ inside, in Ukrainian word order', () => {
    expect(speakers('tollund-flood-uk')).toEqual([
      ['p2s1', 'Вода прибуває швидше, ніж у 2019 році', 'Марта Коваленко', null],
      [
        'p4s1',
        'Ми радше закриємо міст зарано, ніж запізно. Як кажуть у нас, „береженого Бог береже“',
        'Еліна Странд',
        null,
      ],
    ]);
  });

  test('the report names each quoted person with no entity file, with the command that adds them', () => {
    const lines = report(fixture('tollund-flood-x'));
    expect(lines.filter((l) => l.startsWith('quoted'))).toEqual([
      'quoted with no entity file: Marta Kovalenko — add them with: npm run new -- person "Marta Kovalenko"',
      'quoted with no entity file: Elin Strand — add them with: npm run new -- person "Elin Strand"',
    ]);
  });
});

test('a capitalised word that only ever opens a sentence is not reported as a name', () => {
  expect(fixture('tollund-flood-x').unmatchedNames).toEqual([
    'Aller',
    'Ferry Road',
    'Marta Kovalenko',
    'Mayor Elin Strand',
    'Mill Lane',
    'Old Town',
    'Strand',
    'Tollund City Council',
    'Мішки',
    'Поромну',
    'Старому',
  ]);
});

describe('language', () => {
  test('a sidecar language is the article language', () => {
    expect(fixture('tollund-flood-uk').language).toEqual({
      code: 'uk',
      from: 'sidecar',
      note: 'given in the source sidecar file',
    });
  });

  test('without a sidecar, Ukrainian-only letters settle it, and the report says so', () => {
    const d = fixture('tollund-notice-uk-inferred');
    expect(d.language).toMatchObject({ code: 'uk', from: 'script' });
    expect(report(d)[0]).toBe(
      'language: Ukrainian (uk), inferred from the letters: the Cyrillic text uses letters only Ukrainian has (є, ї, ґ) and none of Russian or Belarusian (ы, э, ъ, ё, ў)',
    );
  });

  test('Latin or Russian text without a sidecar stays unknown: no false lang', () => {
    expect(fixture('hostile-text').language.code).toBeNull();
    expect(fixture('unicode-crlf-bom').language.code).toBeNull();
  });

  test('a post or quote in another language than the article carries its own', () => {
    const x = fixture('tollund-flood-x');
    expect(x.paragraphs.filter((p) => p.language).map((p) => [p.id, p.language])).toEqual([['p11', 'uk']]);
    expect(x.quotes.filter((q) => q.language).map((q) => [q.text, q.language])).toEqual([['Мішки є', 'uk']]);
  });

  test('Cyrillic sentences split at their stops, not inside «…» or after an abbreviation', () => {
    const uk = fixture('tollund-flood-uk');
    expect(uk.paragraphs.find((p) => p.id === 'p7')!.sentences.map((s) => s.text)).toEqual([
      'Востаннє річка сягала такого рівня у квітні 2019 р.',
      "Тоді міст був закритий дев'ять днів.",
    ]);
    expect(uk.paragraphs.find((p) => p.id === 'p4')!.sentences).toHaveLength(1);
  });
});
