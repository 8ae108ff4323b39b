import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { MAX_SOURCE_BYTES } from '../../scripts/ingest/read-source.ts';
import type { Article } from '../../src/schemas/article.ts';
import { generated, ingest, tempProject } from './cli.ts';

const REAL = readFileSync('sources/il76-crash-2024-01-24.txt');
const HUGE = `Headline\n${'word '.repeat(MAX_SOURCE_BYTES / 5 + 1)}\n`;
const POST = 'Look at this pic.twitter.com/abc123\n— Some One (@someone) January 24, 2024\n';

describe('ingest rejects bad input with one line, a non-zero exit and nothing written', () => {
  test.each([
    ['a missing file', {}, 'sources/nope.txt', 'error: sources/nope.txt: no such file'],
    [
      'an empty file',
      { 'sources/empty.txt': '' },
      'sources/empty.txt',
      'error: sources/empty.txt: file is empty or holds only whitespace',
    ],
    [
      'a whitespace-only file',
      { 'sources/blank.txt': ' \n\t\r\n  \n' },
      'sources/blank.txt',
      'error: sources/blank.txt: file is empty or holds only whitespace',
    ],
    [
      'text that is not UTF-8',
      { 'sources/latin1.txt': Buffer.from([0x48, 0x65, 0x61, 0x64, 0xe9, 0x0a]) },
      'sources/latin1.txt',
      'error: sources/latin1.txt: file is not valid UTF-8 text; save it as UTF-8 and run ingest again',
    ],
    [
      'a binary file',
      { 'sources/image.txt': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]) },
      'sources/image.txt',
      'error: sources/image.txt: file is binary (it contains NUL bytes), not a text article',
    ],
    [
      'a file with no headline',
      { 'sources/chrome.txt': 'Breadcrumb\n\nBreadcrumb\n' },
      'sources/chrome.txt',
      'error: sources/chrome.txt: no headline: every line is empty or scraper boilerplate',
    ],
    [
      'a file over the size limit',
      { 'sources/huge.txt': HUGE },
      'sources/huge.txt',
      `error: sources/huge.txt: file is ${Buffer.byteLength(HUGE)} bytes, over the ${MAX_SOURCE_BYTES}-byte limit for one article`,
    ],
    [
      'an attribution line straight after the headline',
      { 'sources/orphan.txt': 'Headline\n— BNO News (@BNONews) January 24, 2024\nA paragraph.\n' },
      'sources/orphan.txt',
      'error: sources/orphan.txt: line 2: attribution line "— BNO News (@BNONews) January 24, 2024" has no post before it (the line above must end with a pic.twitter.com link)',
    ],
    [
      'two attribution lines in a row',
      {
        'sources/twice.txt':
          'Headline\nA post. pic.x.com/abc\n— BNO News (@BNONews) January 24, 2024\n— BNO News (@BNONews) Jan 24, 2024\n',
      },
      'sources/twice.txt',
      'error: sources/twice.txt: line 4: attribution line "— BNO News (@BNONews) Jan 24, 2024" has no post before it (the line above must end with a pic.twitter.com link)',
    ],
    [
      'a post attribution with a day that does not exist',
      { 'sources/feb30.txt': 'Headline\nA post.\n— Tollund City Council (@TollundCouncil) 30 February 2025\n' },
      'sources/feb30.txt',
      'error: sources/feb30.txt: line 3: "30 February 2025" in the post attribution is not a real date',
    ],
    [
      'a sidecar language that is not a language tag',
      { 'sources/lang.txt': 'Headline\nText.\n', 'sources/lang.meta.json': '{"language": "Ukrainian"}' },
      'sources/lang.txt',
      'error: sources/lang.meta.json: "language" must be a language tag such as "en" or "uk", or "unknown", not "Ukrainian"',
    ],
    [
      'a file name that is not a slug',
      { 'sources/My Article.txt': 'Headline\nText.\n' },
      'sources/My Article.txt',
      'error: sources/My Article.txt: the file name becomes the page address: use lower-case letters, digits and hyphens, ending in .txt',
    ],
  ])('%s', (_name, files, arg, message) => {
    const dir = tempProject(files);
    const r = ingest(dir, arg);
    expect(r.stderr).toBe(`${message}\n`);
    expect(r.code).toBe(1);
    expect(generated(dir)).toEqual({});
  });

  test('one bad file among good ones stops every write', () => {
    const dir = tempProject({ 'sources/good.txt': REAL, 'sources/bad.txt': '' });
    const r = ingest(dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('error: sources/bad.txt: file is empty or holds only whitespace\n');
    expect(generated(dir)).toEqual({});
  });
});

describe('ingest accepts awkward but valid text', () => {
  test('CRLF line ends and a BOM give the same article as LF without BOM', () => {
    const lf = tempProject({ 'sources/a.txt': REAL });
    const crlf = tempProject({
      'sources/a.txt': Buffer.concat([
        Buffer.from([0xef, 0xbb, 0xbf]),
        Buffer.from(REAL.toString('utf8').replace(/\n/g, '\r\n')),
      ]),
    });
    expect(ingest(lf).code).toBe(0);
    expect(ingest(crlf).code).toBe(0);
    const strip = (s: string) => s.replace(/"sha256": "[0-9a-f]+"/, '').replace(/"hash": "[0-9a-f]+"/, '');
    expect(strip(generated(crlf)['a.json']!)).toBe(strip(generated(lf)['a.json']!));
  });
});

describe('ingest keeps work safe and output stable', () => {
  test('a second run changes no byte', () => {
    const dir = tempProject({
      'sources/a.txt': REAL,
      'sources/b.txt': `Headline\nCyrillic: Яблоново. Arabic: مرحبا. Emoji: 🇺🇦✈️.\n${POST}`,
    });
    expect(ingest(dir).code).toBe(0);
    const first = generated(dir);
    const second = ingest(dir);
    expect(second.code).toBe(0);
    expect(second.stdout).toContain('unchanged src/content/articles/a.json');
    expect(generated(dir)).toEqual(first);
  });

  // With the source unchanged too: ingest's cache must not take the edited file for its own.
  test.each([
    ['a changed source', true],
    ['an unchanged source', false],
  ])('refuses to overwrite a hand-edited file, with %s, and says how to proceed; --force overwrites', (_, change) => {
    const dir = tempProject({ 'sources/a.txt': REAL });
    ingest(dir);
    const path = join(dir, 'src/content/articles/a.json');
    const edited = readFileSync(path, 'utf8').replace('Russia says plane', 'Russia claims plane');
    writeFileSync(path, edited);
    if (change) writeFileSync(join(dir, 'sources/a.txt'), REAL.toString('utf8').replace('Breadcrumb', 'Breadcrumbs'));
    const refused = ingest(dir);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toBe(
      "error: src/content/articles/a.json: was edited by hand since ingest wrote it; move your edits to the source or an editors' file, or rerun with --force to discard them\n",
    );
    expect(readFileSync(path, 'utf8')).toBe(edited);
    expect(ingest(dir, '--force').code).toBe(0);
    expect(readFileSync(path, 'utf8')).toContain('Russia says plane');
  });

  test('refuses to overwrite a file it did not write', () => {
    const dir = tempProject({
      'sources/a.txt': REAL,
      'src/content/articles/a.json': '{ "title": "mine: an editor wrote this" }\n',
    });
    const r = ingest(dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('error: src/content/articles/a.json: not a generated file (it has no ingest hash)');
    expect(generated(dir)['a.json']).toContain('an editor wrote this');
  });
});

describe('ingest reports quoted people with no entity file, and links them once one exists', () => {
  /** The entity of each quote the generated file gives to Marta Kovalenko; the page links a quote by it. */
  const kovalenkoQuotes = (dir: string) =>
    (JSON.parse(generated(dir)['flood.json']!) as Article).quotes
      .filter((q) => q.speaker === 'Marta Kovalenko')
      .map((q) => q.entity);

  test('the report gives the exact command; after it is run, the next ingest links the name', () => {
    const dir = tempProject({
      'sources/flood.txt': readFileSync('tests/fixtures/ingest/tollund-flood-x/input.txt'),
      'sources/flood.meta.json': readFileSync('tests/fixtures/ingest/tollund-flood-x/meta.json'),
    });
    const first = ingest(dir);
    expect(first.code).toBe(0);
    expect(first.stdout).toContain(
      '  quoted with no entity file: Marta Kovalenko — add them with: npm run new -- person "Marta Kovalenko"\n',
    );
    expect(kovalenkoQuotes(dir)).toEqual([null, null]);
    mkdirSync(join(dir, 'src/content/people'), { recursive: true });
    writeFileSync(join(dir, 'src/content/people/marta-kovalenko.yaml'), 'name: Marta Kovalenko\n');
    const second = ingest(dir);
    expect(second.stdout).not.toContain('Marta Kovalenko —');
    expect(kovalenkoQuotes(dir)).toEqual(['people/marta-kovalenko', 'people/marta-kovalenko']);
  });
});

test('the real command, node scripts/ingest.ts, prints and writes what the in-process run does', () => {
  const files = { 'sources/a.txt': REAL };
  const spawned = tempProject(files);
  const run = spawnSync(process.execPath, [resolve('scripts/ingest.ts'), 'sources/a.txt'], {
    cwd: spawned,
    encoding: 'utf8',
  });
  const inProcess = tempProject(files);
  const expected = ingest(inProcess, 'sources/a.txt');
  expect(expected.code).toBe(0);
  expect({ code: run.status, stdout: run.stdout, stderr: run.stderr }).toEqual(expected);
  expect(generated(spawned)).toEqual(generated(inProcess));
});
