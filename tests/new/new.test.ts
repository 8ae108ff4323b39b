/**
 * `npm run new`: scaffolds that already pass the schema, explain every field, and never overwrite.
 * The command runs in-process (`newEntry(argv, cwd)` from scripts/new.ts); one test runs the real
 * `node scripts/new.ts`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import type { CliResult } from '../../scripts/check.ts';
import { checkContent } from '../../scripts/check/check-content.ts';
import { newEntry } from '../../scripts/new.ts';
import { loadEntry } from '../../scripts/check/load-entry.ts';
import { formatProblem } from '../../scripts/check/problems.ts';
import { computedFields, scaffoldKinds, type ScaffoldKind } from '../../scripts/new/scaffold.ts';
import { schemas } from '../../scripts/check/schemas.ts';
import { fieldsOf } from '../../scripts/check/schema-walk.ts';

const project = join(import.meta.dirname, '..', '..');
let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'new-'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const runNew = (...args: string[]) => newEntry([...args, '--root', root], project);

const kinds = Object.keys(scaffoldKinds) as ScaffoldKind[];
const fileOf = (kind: ScaffoldKind, id: string) => {
  const collection = scaffoldKinds[kind];
  return { collection, path: join(root, collection, `${id}.${collection === 'context' ? 'mdx' : 'yaml'}`) };
};

describe.each(kinds)('npm run new -- %s "<title>"', (kind) => {
  // One scaffold per kind, shared by the tests below.
  let shared: string;
  let run: CliResult;
  beforeAll(async () => {
    shared = mkdtempSync(join(tmpdir(), 'new-'));
    run = await newEntry([kind, 'Who was on board the Il-76?', '--root', shared], project);
  });
  afterAll(() => rmSync(shared, { recursive: true, force: true }));
  const scaffold = () => {
    const collection = scaffoldKinds[kind];
    const format = collection === 'context' ? 'mdx' : 'yaml';
    const path = join(shared, collection, `who-was-on-board-the-il-76.${format}`);
    return { collection, format, path, text: readFileSync(path, 'utf8') } as const;
  };

  test('writes a file named after the title that passes the schema', () => {
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const { collection, format, path, text } = scaffold();
    const { problems } = loadEntry({ collection, id: 'who-was-on-board-the-il-76', path, shown: path, format }, text);
    expect(problems.map(formatProblem)).toEqual([]);
  });

  test('explains every field of the schema in a comment above it (computed fields are left out)', () => {
    const lines = scaffold().text.split('\n');
    const computed = computedFields[scaffoldKinds[kind]] ?? [];
    for (const key of Object.keys(fieldsOf(schemas[scaffoldKinds[kind]])).filter((k) => !computed.includes(k))) {
      const at = lines.findIndex((line) => new RegExp(`^(# )?${key}:`).test(line));
      expect(at, `${key} is in the file`).toBeGreaterThan(0);
      expect(lines[at - 1], `${key} has a comment above it`).toMatch(/^# \S/);
    }
    for (const key of computed) expect(scaffold().text).not.toMatch(new RegExp(`^(# )?${key}:`, 'm'));
  });
});

test('refuses to overwrite an existing file, with one line and exit code 1', async () => {
  expect((await runNew('person', 'Vyacheslav Volodin')).code).toBe(0);
  const { path } = fileOf('person', 'vyacheslav-volodin');
  const before = readFileSync(path, 'utf8');
  const again = await runNew('person', 'Vyacheslav Volodin');
  expect(again.code).toBe(1);
  expect(again.stderr.trim().split('\n')).toHaveLength(1);
  expect(again.stderr).toContain('vyacheslav-volodin.yaml already exists — edit that file, or choose another title');
  expect(readFileSync(path, 'utf8')).toBe(before);
});

test('refuses a title the schema rejects, says why, and writes nothing', async () => {
  const run = await runNew('context', 'Il76');
  expect(run.code).toBe(1);
  expect(run.stderr).toMatch(
    /il76\.mdx:\d+ title — is 4 characters long, the minimum is 5 — write at least 5 characters/,
  );
  expect(existsSync(fileOf('context', 'il76').path)).toBe(false);
});

test('refuses an unknown kind with the usage line', async () => {
  const run = await runNew('persn', 'Vyacheslav Volodin');
  expect(run.code).toBe(1);
  expect(run.stderr).toBe(
    'new — "persn" is not a kind of entry — usage: npm run new -- <context|story|person|place|organisation|question|claim|figure|event|source> "<title>"\n',
  );
});

test('npm run check lists what a fresh scaffold still needs, and nothing else', async () => {
  await runNew('source', 'TASS report on the crash');
  const { problems } = checkContent({ root, cwd: root });
  expect(problems.map(formatProblem)).toEqual([
    'sources/tass-report-on-the-crash.yaml:10 publisher — still holds the placeholder "TODO: who published it" — replace it with real, sourced text (or delete the line if the field is optional)',
  ]);
});

test('a new event and figure cannot pass the check with the date, status or number the scaffold wrote', async () => {
  await runNew('event', 'Strike on Belgorod');
  await runNew('figure', 'Deaths in Belgorod');
  const lines = checkContent({ root, cwd: root }).problems.map(formatProblem);
  expect(lines).toEqual(
    expect.arrayContaining([
      'events/strike-on-belgorod.yaml:2 date — still holds the placeholder "TODO: the day it happened, not today" — replace it with real, sourced text (or delete the line if the field is optional)',
      expect.stringMatching(
        /^events\/strike-on-belgorod\.yaml:\d+ status — still holds the placeholder "TODO: how well sourced it is"/,
      ),
      'figures/deaths-in-belgorod.yaml:2 value — still holds the placeholder "TODO: the number, as the sentence gives it" — replace it with real, sourced text (or delete the line if the field is optional)',
    ]),
  );
});

test('the real command, node scripts/new.ts, writes and prints what the in-process run does', async () => {
  const run = spawnSync(process.execPath, ['scripts/new.ts', 'place', 'Yablonovo', '--root', root], {
    cwd: project,
    encoding: 'utf8',
  });
  const spawned = readFileSync(fileOf('place', 'yablonovo').path, 'utf8');
  expect(run.status).toBe(0);
  expect(run.stderr).toBe('');
  rmSync(fileOf('place', 'yablonovo').path);
  expect(await runNew('place', 'Yablonovo')).toEqual({ code: 0, stdout: run.stdout, stderr: '' });
  expect(readFileSync(fileOf('place', 'yablonovo').path, 'utf8')).toBe(spawned);
});
