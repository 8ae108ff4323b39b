import { globSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { splitFrontmatter } from '../../scripts/check/mdx-source.ts';
import { parseJson, parseYaml, parseYamlFully } from '../../scripts/check/yaml-source.ts';

/** The YAML of every content file in the repository: YAML files whole, MDX frontmatter. */
const yamlTexts = globSync('{src/content,tests/fixtures}/**/*.{yaml,mdx}').flatMap((file) => {
  const text = readFileSync(file, 'utf8');
  if (!file.endsWith('.mdx')) return [[file, text] as const];
  const fm = splitFrontmatter(text);
  return fm.kind === 'found' ? [[file, fm.text] as const] : [];
});

describe('parseYaml', () => {
  test('gives the data and lines the full parse gives, for every content file in the repository', () => {
    expect(yamlTexts.length).toBeGreaterThan(100);
    for (const [file, text] of yamlTexts) {
      const full = parseYamlFully(text, 1);
      const read = parseYaml(text);
      expect({ file, data: read.data, error: read.error }).toEqual({ file, data: full.data, error: full.error });
      expect({ file, dates: read.impossibleDates }).toEqual({ file, dates: full.impossibleDates });
      expect({ file, line: read.lineOf(['sources', 0]) }).toEqual({ file, line: full.lineOf(['sources', 0]) });
    }
  });

  test.each([
    [
      'an unquoted impossible date',
      'updated: 2024-02-30\n',
      { impossibleDates: [{ path: ['updated'], written: '2024-02-30' }] },
    ],
    ['a duplicate key', 'name: A\nname: B\n', { error: expect.objectContaining({ line: 2, key: 'name' }) }],
    ['an unclosed quote', 'name: "A\nrole: b\n', { error: expect.objectContaining({ line: 1, key: 'name' }) }],
    ['a tag', 'name: !!str 12\n', { data: { name: '12' } }],
  ])('%s is read by the full parse, which says where', (_, text, expected) => {
    expect(parseYaml(text)).toMatchObject(expected);
  });
});

/** Every generated article file in the repository (committed, ingest and checker fixtures) but the broken one. */
const jsonTexts = globSync('{src/content/articles,tests/fixtures/**/articles,tests/fixtures/ingest/*}/*.json')
  .filter((file) => file.includes('/articles/') || file.endsWith('/expected.json'))
  .filter((file) => !file.includes('/generated-article-unreadable/'))
  .map((file) => [file, readFileSync(file, 'utf8')] as const);

describe('parseJson', () => {
  test('gives the data JSON.parse gives (as Astro reads it) and the lines of the full YAML parse', () => {
    expect(jsonTexts.length).toBeGreaterThan(30);
    for (const [file, text] of jsonTexts) {
      const full = parseYamlFully(text, 1);
      const read = parseJson(text);
      expect({ file, data: read.data, error: read.error }).toEqual({ file, data: JSON.parse(text), error: undefined });
      expect({ file, data: full.data, error: full.error }).toEqual({ file, data: read.data, error: undefined });
      for (const path of [['title'], ['generated', 'hash'], ['paragraphs', 0, 'sentences', 0, 'text']])
        expect({ file, line: read.lineOf(path) }).toEqual({ file, line: full.lineOf(path) });
    }
  });

  test('a key is found at its line', () => {
    const text = '{\n  "a": 1,\n  "list": [\n    { "id": "x" },\n    {\n      "id": "y"\n    }\n  ]\n}\n';
    expect(parseJson(text).lineOf(['list', 1, 'id'])).toBe(6);
    expect(parseJson(text).lineOf(['a'])).toBe(2);
  });

  test.each([
    ['a missing comma, at the end of the line that lacks it', '{\n  "a": 1\n\n  "b": 2\n}\n', 2],
    ['a missing comma inside one line, on that line', '{\n  "a": 1 "b": 2\n}\n', 2],
    ['a trailing comma, at the brace it runs into', '{\n  "a": 1,\n}\n', 3],
    ['an unterminated string, on its line', '{\n  "a": "x\n}\n', 2],
  ])('%s is a syntax error with its line', (_, text, line) => {
    const read = parseJson(text);
    expect(read.data).toBeUndefined();
    expect(read.error).toMatchObject({ line, code: 'JSON' });
    expect(read.error?.message).not.toMatch(/position|line \d/u);
  });
});
