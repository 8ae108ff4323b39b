/** The wording of problems the fixture cases do not cover, and the small helpers behind the checks. */
import { dateHint } from '../../scripts/check/date-hint.ts';
import { describe, expect, test } from 'vitest';
import { closest } from '../../scripts/check/did-you-mean.ts';
import { parseMdx } from '../../scripts/check/mdx-source.ts';
import { sentenceGivesNumber } from '../../scripts/check/numbers.ts';
import { problemFrom } from '../../scripts/check/problems.ts';
import { quoteMismatch } from '../../scripts/check/quote-fidelity.ts';
import { siteRoutes } from '../../scripts/check/routes.ts';
import { schemas } from '../../scripts/check/schemas.ts';
import { slugify } from '../../scripts/check/slug.ts';
import { parseYaml } from '../../scripts/check/yaml-source.ts';
import { validate } from '../../scripts/check/zod-problems.ts';

/** `field — problem — fix` for the first problem zod finds in a YAML file of a collection. */
function firstProblem(collection: keyof typeof schemas, yaml: string): string {
  const result = validate(schemas[collection], parseYaml(yaml).data, 'file');
  if (result.ok) return 'no problem';
  const first = result.findings[0];
  if (!first) return 'no problem';
  const { field, problem, fix } = problemFrom({ file: 'f', line: 1, field: first.field }, first.found);
  return `${field} — ${problem} — ${fix}`;
}

const source = 'title: A headline\npublisher: TASS\n';
const place = 'name: Lyptsi\n';

describe("schema problems in the editor's words", () => {
  test.each([
    [
      'a value outside an enum, with the nearest allowed one',
      'places',
      `${place}kind: setlement\n`,
      'kind — "setlement" is not one of the allowed values — use one of: country, region, district, city, settlement, site (did you mean "settlement"?)',
    ],
    [
      'a misspelt field name',
      'sources',
      `${source}publsher: x\n`,
      'publsher — "publsher" is not a field here — remove it or correct its spelling (did you mean "publisher"?)',
    ],
    [
      'one id where a list is expected',
      'people',
      'name: Volodin\nsources: tass-1\n',
      'sources — expected a list, found the text "tass-1" — write sources: [tass-1]',
    ],
    [
      'a field left empty',
      'sources',
      'title: A headline\npublisher:\n',
      'publisher — has no value — write a value after "publisher:", e.g. publisher: <text>',
    ],
    [
      'an impossible day',
      'sources',
      `${source}date: "2024-02-30"\n`,
      'date — "2024-02-30" is not a day in the calendar — check the day and the month, written as YYYY-MM-DD',
    ],
    [
      'an address that is not one',
      'sources',
      `${source}url: www.tass.com\n`,
      'url — "www.tass.com" is not a web address — write a full address starting with https://',
    ],
    [
      'text over the maximum',
      'sources',
      `${source}note: ${'x'.repeat(301)}\n`,
      'note — is 301 characters long, the maximum is 300 — shorten it to 300 characters or fewer',
    ],
    [
      'a missing field in a list item',
      'claims',
      'question: q\nclaimant: people/a\ntext: A said something happened.\nwords: abc\nwordsKind: reported\nsentence: a#p1s1\nmade: "2024-01-24"\nevidence:\n  - date: "2024-01-25"\n    by: people/b\n    stance: contradicts\n    source: s\n',
      'evidence[0].note — required field is missing — add "note: <text>" to evidence[0]',
    ],
    [
      'a file with no fields',
      'people',
      '- a\n- b\n',
      '(file) — holds no fields — write one "field: value" per line, as in docs/editing.md',
    ],
  ] as const)('%s', (_name, collection, yaml, expected) => {
    expect(firstProblem(collection, yaml)).toBe(expected);
  });
});

describe('lines', () => {
  test('a nested path maps to the line of its key, and frontmatter lines are offset', () => {
    const yaml = 'title: x\ncorrections:\n  - date: "2024-01-24"\n    text: fixed\n';
    expect(parseYaml(yaml).lineOf(['corrections', 0, 'text'])).toBe(4);
    expect(parseYaml(yaml, 2).lineOf(['corrections', 0, 'text'])).toBe(5);
    expect(parseYaml(yaml, 2).lineOf(['summary'])).toBe(2); // absent: the first line of the mapping
  });
});

describe('MDX that cannot be parsed', () => {
  test.each([
    ['a closing tag with no opening tag', 'Text </Cite> end.\n', 1, 'strayClosingTag'],
    ['an HTML comment', 'Text <!-- note --> end.\n', 1, 'htmlComment'],
    ['a brace that never closes', 'Text {oops\n', 1, 'unclosedBrace'],
    ['a tag cut off before its end', 'Text <Cite source="a"\n', 1, 'unfinishedTag'],
    ['a value in curly double quotes', 'Text <Cite source=“a” /> end.\n', 1, 'typographicQuotes'],
    ['a value in curly single quotes', 'Text <Cite source=‘a’ /> end.\n', 1, 'typographicQuotes'],
    ['a value in German low-high quotes', 'Text.\n\n<SaysWho sentence=„a#p1s1“ />\n', 3, 'typographicQuotes'],
    ['a straight quote closed by a curly one', 'Text <Cite source="a” /> end.\n\nMore.\n', 1, 'typographicQuotes'],
    ['a value without quotes', 'Text <Cite source=a /> end.\n', 1, 'valueNotQuoted'],
  ] as const)('%s', (_name, mdx, line, kind) => {
    const parsed = parseMdx(mdx);
    expect(parsed.syntax?.line).toBe(line);
    expect(parsed.syntax?.found.kind).toBe(kind);
  });
});

describe('helpers', () => {
  test('quotes match across curly and straight marks, but not across any other difference', () => {
    expect(quoteMismatch('Russia’s “routine flight”', 'Russia\'s "routine flight" ended')).toBeUndefined();
    expect(quoteMismatch('Russia’s routine flights', "Russia's routine flight ended")).toEqual({
      matchedUpTo: 'Russia’s routine',
    });
  });

  test.each([
    ['six crew members', 6, true],
    ['seventy-four people', 74, true],
    ['one hundred and five', 105, true],
    ['more than 1,000 people', 1000, true],
    ['740 people', 74, false],
    ['74.5 per cent', 74, false],
  ])('"%s" gives %i: %s', (sentence, value, gives) => {
    expect(sentenceGivesNumber(sentence, value)).toBe(gives);
  });

  test('did-you-mean suggests a near id and nothing for a far one', () => {
    expect(closest('vladimir-zelensky', ['volodymyr-zelensky', 'vyacheslav-volodin'])).toBe('volodymyr-zelensky');
    expect(closest('putin', ['volodymyr-zelensky'])).toBeUndefined();
  });

  test('titles become ids', () => {
    expect(slugify('Who shot down the Il-76?')).toBe('who-shot-down-the-il-76');
    expect(slugify("Russia's Kyïv claims")).toBe('russias-kyiv-claims');
  });

  test('the route list holds the fixed pages and one page per entity', () => {
    const none = new Set<string>();
    const routes = siteRoutes({
      articles: new Set(['a']),
      context: none,
      people: new Set(['p']),
      places: none,
      organisations: none,
      questions: none,
      claims: new Set(['c']),
      figures: none,
      sources: none,
      events: none,
    });
    expect([...routes].sort()).toEqual([
      '/',
      '/articles/a/',
      '/claims/',
      '/context/',
      '/corrections/',
      '/people/p/',
      '/search/',
      '/sources/',
      '/timeline/',
    ]);
  });
});

describe('a date written another way gets the value to write', () => {
  test.each([
    ['30/12/2023', 'write it as 2023-12-30 (YYYY-MM-DD)'],
    ['30.12.2023', 'write it as 2023-12-30 (YYYY-MM-DD)'],
    ['12/30/2023', 'write it as 2023-12-30 (YYYY-MM-DD)'],
    ['2023/12/30', 'write it as 2023-12-30 (YYYY-MM-DD)'],
    ['30 December 2023', 'write it as 2023-12-30 (YYYY-MM-DD)'],
    ['December 30, 2023', 'write it as 2023-12-30 (YYYY-MM-DD)'],
    ['03/04/2024', 'write it as YYYY-MM-DD: 2024-04-03 for 3 April, 2024-03-04 for 4 March'],
    ['31/02/2024', 'write the date as YYYY-MM-DD, e.g. 2024-01-24'],
    ['yesterday', 'write the date as YYYY-MM-DD, e.g. 2024-01-24'],
  ])('%s → %s', (value, fix) => {
    expect(dateHint(value)).toBe(fix);
  });
});
