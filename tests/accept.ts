/**
 * `npm run fixtures:accept -- <case>…`: writes the expected output of the named fixtures from what the
 * code produces today — `tests/fixtures/ingest/<case>/expected.json` (ingest) or
 * `tests/fixtures/broken/<case>/expected.txt` (npm run check). `--all` does every case. Tests never
 * write these files themselves; run this on purpose, then review the diff like code.
 */
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { check } from '../scripts/check.ts';
import { ingestFixture, ROOT as INGEST } from './ingest/fixture.ts';

const BROKEN = join('tests', 'fixtures', 'broken');
const usage =
  'usage: npm run fixtures:accept -- <case>… (a folder of tests/fixtures/ingest or tests/fixtures/broken), or --all';

const args = process.argv.slice(2);
const folders = (root: string) =>
  readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name);
const names = args.includes('--all') ? [...folders(INGEST), ...folders(BROKEN)] : args;
if (names.length === 0) {
  process.stderr.write(`fixtures:accept — no case named — ${usage}\n`);
  process.exitCode = 1;
}
for (const name of names) {
  if (existsSync(join(INGEST, name, 'input.txt'))) {
    writeFileSync(join(INGEST, name, 'expected.json'), ingestFixture(name).text);
    process.stdout.write(`wrote ${join(INGEST, name, 'expected.json')}\n`);
  } else if (existsSync(join(BROKEN, name))) {
    const { stdout } = await check(['--root', join(BROKEN, name)]);
    writeFileSync(join(BROKEN, name, 'expected.txt'), stdout);
    process.stdout.write(`wrote ${join(BROKEN, name, 'expected.txt')}\n`);
  } else {
    process.stderr.write(`fixtures:accept — "${name}" is no fixture — ${usage}\n`);
    process.exitCode = 1;
  }
}
if (names.length > 0 && !process.exitCode) process.stdout.write('review the change with git diff tests/fixtures\n');
