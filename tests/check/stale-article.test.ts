/**
 * Editing an entity's names or aliases changes which words of a generated article link to it, so the
 * committed article is out of date until `npm run ingest` runs again. `npm run check` says so in one
 * line naming the article; ingest makes it pass again.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { check } from '../../scripts/check.ts';
import { ingest } from '../../scripts/ingest.ts';

const project = join(import.meta.dirname, '..', '..');
const ARTICLE = 'src/content/articles/il76-crash-2024-01-24.json';
let root: string;

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'stale-article-'));
  for (const folder of ['sources', 'src/content'])
    cpSync(join(project, folder), join(root, folder), { recursive: true });
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

test('an alias edited after ingest: npm run check names the article and says to run npm run ingest', async () => {
  const place = join(root, 'src/content/places/belgorod-region.yaml');
  const yaml = readFileSync(place, 'utf8');
  writeFileSync(
    place,
    yaml.replace('aliases: [Belgorod region]', 'aliases: [Belgorod region, western Belgorod region]'),
  );
  const run = await check([], root);
  expect(run.code).toBe(1);
  expect(run.stdout.split('\n').filter((line) => line.includes(' — '))).toEqual([
    `${ARTICLE}:1 (file) — is out of date with the entity files (src/content/people, places, organisations: their names and aliases link mentions) — run npm run ingest, which rewrites it, and commit the result`,
  ]);
  expect(ingest(['--quiet'], root).code).toBe(0);
  expect((await check([], root)).stdout).toMatch(/^No problems found/);
});

test('a source edited after ingest: the same line, naming the source', async () => {
  const source = join(root, 'sources/il76-crash-2024-01-24.txt');
  writeFileSync(source, `${readFileSync(source, 'utf8')}\nOne more paragraph.\n`);
  const lines = (await check([], root)).stdout.split('\n').filter((line) => line.includes(' — '));
  expect(lines).toEqual([
    `${ARTICLE}:1 (file) — is out of date with sources/il76-crash-2024-01-24.txt, which changed since ingest wrote it — run npm run ingest, which rewrites it, and commit the result`,
  ]);
});

test('with --just-ingested (npm run build, right after ingest) the articles are not compared again', async () => {
  // The source is still edited from the test above: only the comparison can report it.
  expect((await check([], root)).code).toBe(1);
  expect((await check(['--just-ingested'], root)).stdout).toMatch(/^No problems found/);
});

test('another content folder (--root) is not compared with sources/', async () => {
  const run = await check(['--root', 'tests/fixtures/broken/control-no-mistake'], project);
  expect(run.code).toBe(0);
});
