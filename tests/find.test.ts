/** `npm run find -- <words>`: matching entries, and for a source the entries that cite it. */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { expect, test } from 'vitest';

const project = join(import.meta.dirname, '..');
const root = 'tests/fixtures/broken/control-no-mistake';
const find = (...words: string[]) =>
  spawnSync(process.execPath, ['scripts/find.ts', '--root', root, ...words], { cwd: project, encoding: 'utf8' });

test('a source is listed with the entries that cite it', () => {
  const run = find('source-article');
  expect(run.status).toBe(0);
  expect(run.stdout).toContain(`${root}/sources/source-article.yaml — `);
  expect(run.stdout).toContain(`    cited by ${root}/context/crash-explained.mdx — What we know about the Il-76 crash`);
});

test('every word must match, in any case', () => {
  expect(find('VOLODIN', 'vyacheslav').stdout).toContain(`${root}/people/vyacheslav-volodin.yaml — Vyacheslav Volodin`);
  expect(find('volodin', 'no-such-word').stdout).toMatch(/^Nothing matches "volodin no-such-word"/);
});

test('no words: one usage line and exit 1', () => {
  const run = find();
  expect(run.status).toBe(1);
  expect(run.stderr).toBe(
    'find — no words to look for — usage: npm run find -- <words>, e.g. npm run find -- belgorod toll\n',
  );
});
