/**
 * The checker's wording, pinned: each `tests/fixtures/broken/<case>/` is a small content tree with
 * one mistake, and `expected.txt` is exactly what `npm run check` prints for it. The command runs
 * in-process (`check(argv, cwd)` from scripts/check.ts); one test runs the real `node scripts/check.ts`.
 * A new case, or a deliberate change of wording: `npm run fixtures:accept -- <case>` writes its
 * expected.txt; review the diff like code.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { check, type CliResult } from '../../scripts/check.ts';
import { readExpected } from '../expected.ts';

const project = join(import.meta.dirname, '..', '..');
const broken = join('tests', 'fixtures', 'broken');
const cases = readdirSync(join(project, broken), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();

/** What `npm run check -- --root <case>` returns, run once per case from the project folder. */
const runs = new Map<string, CliResult>();
beforeAll(async () => {
  for (const name of cases) runs.set(name, await check(['--root', `${broken}/${name}`], project));
});
const runOf = (name: string) => runs.get(name)!;

describe('npm run check on a tree with one mistake', () => {
  test.each(cases)('%s: prints exactly expected.txt', (name) => {
    expect(runOf(name).stdout).toBe(readExpected(join(project, broken, name, 'expected.txt'), name));
  });

  test.each(cases)('%s: exits 1 on a problem, 0 when clean, and never prints a stack trace', (name) => {
    const run = runOf(name);
    expect(run.stderr).toBe('');
    expect(run.stdout).not.toMatch(/^\s+at /m);
    expect(run.code).toBe(name.startsWith('control-') ? 0 : 1);
  });

  test.each(cases.filter((name) => !name.startsWith('control-')))(
    '%s: blames a file of its own tree, one line per mistake',
    (name) => {
      const lines = runOf(name)
        .stdout.split('\n')
        .filter((line) => / — /.test(line));
      expect(lines).toHaveLength(1);
      const file = lines[0]?.split(':')[0] ?? '';
      expect(file.startsWith(`${broken}/${name}/`)).toBe(true);
      expect(existsSync(join(project, file))).toBe(true);
    },
  );

  test('the real command, node scripts/check.ts, prints and exits as the in-process run does', () => {
    const run = spawnSync(process.execPath, ['scripts/check.ts', '--root', `${broken}/wrong-date`], {
      cwd: project,
      encoding: 'utf8',
    });
    expect({ code: run.status, stdout: run.stdout, stderr: run.stderr }).toEqual(runOf('wrong-date'));
  });

  test('an unknown option: one line saying how to run it, exit 1', async () => {
    const usage = await check(['--no-such-option'], project);
    expect(usage.code).toBe(1);
    expect(usage.stdout).toMatch(/^check — the checker could not run \(Unknown option '--no-such-option'/);
  });

  test('the cases the checker must cover are all there', () => {
    const required = [
      'missing-required-field',
      'wrong-date',
      'unknown-person-id',
      'misspelt-component',
      'quote-not-in-source',
      'unclosed-jsx-tag',
      'malformed-yaml',
      'unknown-source-id',
      'figure-relation-broken',
      'paragraph-with-no-citation',
      'unknown-sentence-id',
      'typographic-quotes-in-attribute',
      'context-page-in-sub-folder',
      'source-listed-but-not-cited',
      'quote-not-in-cited-sentence',
      'claim-status-typed-against-evidence',
      'claim-corroborated-by-own-side',
      'claim-withdrawn-by-someone-else',
      'role-in-present-tense',
      'role-without-dates',
      'figure-number-not-in-words',
    ];
    expect(cases).toEqual(expect.arrayContaining(required));
  });
});
