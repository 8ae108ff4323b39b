/**
 * `npm run find -- <words>`: matching entries, and for a source the entries that cite it. The command
 * runs in-process (`find(argv, cwd)` from scripts/find.ts); one test runs the real `node scripts/find.ts`.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { find as findCli } from '../scripts/find.ts';

const project = join(import.meta.dirname, '..');
const root = 'tests/fixtures/broken/control-no-mistake';
const find = (...words: string[]) => findCli(['--root', root, ...words], project);

test('a source is listed with the entries that cite it', async () => {
  const run = await find('source-article');
  expect(run.code).toBe(0);
  expect(run.stdout).toContain(`${root}/sources/source-article.yaml — `);
  expect(run.stdout).toContain(`    cited by ${root}/context/crash-explained.mdx — What we know about the Il-76 crash`);
});

test('every word must match, in any case', async () => {
  expect((await find('VOLODIN', 'vyacheslav')).stdout).toContain(
    `${root}/people/vyacheslav-volodin.yaml — Vyacheslav Volodin`,
  );
  expect((await find('volodin', 'no-such-word')).stdout).toMatch(/^Nothing matches "volodin no-such-word"/);
});

test('no words: one usage line and exit 1', async () => {
  const run = await find();
  expect(run.code).toBe(1);
  expect(run.stderr).toBe(
    'find — no words to look for — usage: npm run find -- <words>, e.g. npm run find -- belgorod toll\n',
  );
});

test('the real command, node scripts/find.ts, prints and exits as the in-process run does', async () => {
  const run = spawnSync(process.execPath, ['scripts/find.ts', '--root', root, 'source-article'], {
    cwd: project,
    encoding: 'utf8',
  });
  expect({ code: run.status, stdout: run.stdout, stderr: run.stderr }).toEqual(await find('source-article'));
});
