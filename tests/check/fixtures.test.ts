/**
 * The checker's wording, pinned: each `tests/fixtures/broken/<case>/` is a small content tree with
 * one mistake, and `expected.txt` is exactly what `npm run check` prints for it. Regenerate with
 * `UPDATE=1 npx vitest run tests/check` and review the diff like code.
 */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

const project = join(import.meta.dirname, '..', '..');
const broken = join('tests', 'fixtures', 'broken');
const cases = readdirSync(join(project, broken), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();

/** Runs the CLI exactly as an editor would, from the project folder; once per case. */
const runs = new Map<string, SpawnSyncReturns<string>>();
function runCheck(root: string) {
  const run =
    runs.get(root) ??
    spawnSync(process.execPath, ['scripts/check.ts', '--root', root], { cwd: project, encoding: 'utf8' });
  runs.set(root, run);
  return run;
}

describe('npm run check on a tree with one mistake', () => {
  test.each(cases)('%s: prints exactly expected.txt', (name) => {
    const root = `${broken}/${name}`;
    const expectedFile = join(project, root, 'expected.txt');
    const run = runCheck(root);
    if (process.env['UPDATE']) writeFileSync(expectedFile, run.stdout);
    expect(run.stdout).toBe(readFileSync(expectedFile, 'utf8'));
  });

  test.each(cases)('%s: exits 1 on a problem, 0 when clean, and never prints a stack trace', (name) => {
    const run = runCheck(`${broken}/${name}`);
    expect(run.stderr).toBe('');
    expect(run.stdout).not.toMatch(/^\s+at /m);
    expect(run.status).toBe(name.startsWith('control-') ? 0 : 1);
  });

  test.each(cases.filter((name) => !name.startsWith('control-')))(
    '%s: blames a file of its own tree, one line per mistake',
    (name) => {
      const lines = runCheck(`${broken}/${name}`)
        .stdout.split('\n')
        .filter((line) => / — /.test(line));
      expect(lines).toHaveLength(1);
      const file = lines[0]?.split(':')[0] ?? '';
      expect(file.startsWith(`${broken}/${name}/`)).toBe(true);
      expect(existsSync(join(project, file))).toBe(true);
    },
  );

  test('the cases the issue asks for are all there', () => {
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
