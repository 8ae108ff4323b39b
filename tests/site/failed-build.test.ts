/**
 * A failed `npm run build` leaves the previous `dist/` exactly as it was (scripts/build.ts builds
 * into a folder beside it and swaps only on success). The build's own code with stand-in steps: the
 * last one writes part of a site into the staging folder, as `astro build` does before a page throws,
 * then fails. The real steps are checked by name; the real build runs in the build tests (tests/build/).
 */
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { build, buildSteps, type Step } from '../../scripts/build.ts';
import type { CliResult } from '../../scripts/check.ts';

let root: string;
let before: Map<string, string>;
let run: CliResult;

/** Every file under a folder, relative path → content and modification time. */
function snapshot(folder: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const entry of readdirSync(folder, { recursive: true, withFileTypes: true })) {
    const path = join(entry.parentPath, entry.name);
    if (entry.isFile()) files.set(relative(folder, path), `${statSync(path).mtimeMs} ${readFileSync(path, 'utf8')}`);
    else files.set(`${relative(folder, path)}/`, 'folder');
  }
  return files;
}

/** A step that writes `pages` (path → HTML) under the staging folder, then exits with `code`. */
const writes = (name: string, staging: string, pages: Record<string, string>, code: number): Step => ({
  name,
  args: [
    '-e',
    `const { mkdirSync, writeFileSync } = require('node:fs'); const { dirname, join } = require('node:path');
     for (const [path, html] of Object.entries(${JSON.stringify(pages)})) {
       const file = join(${JSON.stringify(staging)}, path);
       mkdirSync(dirname(file), { recursive: true });
       writeFileSync(file, html);
     }
     process.exit(${code});`,
  ],
});
const passes = (name: string): Step => ({ name, args: ['-e', ''] });

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'failed-build-'));
  // The last good site, as a host would deploy it.
  mkdirSync(join(root, 'dist', 'context', 'olenivka-2022'), { recursive: true });
  writeFileSync(join(root, 'dist', 'index.html'), '<h1>the last good home page</h1>\n');
  writeFileSync(join(root, 'dist', 'context', 'olenivka-2022', 'index.html'), '<h1>the last good page</h1>\n');
  before = snapshot(join(root, 'dist'));
  run = await build({
    outDir: 'dist',
    cwd: root,
    steps: (staging) => [
      passes('ingest'),
      passes('check'),
      writes('astro build', staging, { 'index.html': '<h1>new</h1>', 'timeline/index.html': '<h1>half</h1>' }, 1),
    ],
  });
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

test('the build fails and says that dist/ was left as it was', () => {
  expect(run.code).toBe(1);
  expect(run.stderr.trim().split('\n').at(-1)).toBe(
    'build — astro build failed; dist/ was left as it was — fix the first problem printed above and run npm run build again',
  );
});

test('dist/ holds exactly the files it held before, unchanged', () => {
  expect(snapshot(join(root, 'dist'))).toEqual(before);
});

test('nothing half-built is left beside dist/', () => {
  expect(readdirSync(root).filter((name) => /^\.dist-(building|previous)/.test(name))).toEqual([]);
  expect(existsSync(join(root, 'dist', 'timeline'))).toBe(false);
});

test('a build whose steps all pass replaces dist/ with what it built, and leaves nothing beside it', async () => {
  const done = await build({
    outDir: 'dist',
    cwd: root,
    steps: (staging) => [passes('ingest'), writes('astro build', staging, { 'index.html': '<h1>new</h1>' }, 0)],
  });
  expect(done).toEqual({ code: 0, stdout: '\nbuild — done; the new site is in dist/\n', stderr: '' });
  expect([...snapshot(join(root, 'dist')).keys()]).toEqual(['index.html']);
  expect(readFileSync(join(root, 'dist', 'index.html'), 'utf8')).toBe('<h1>new</h1>');
  // `.astro/` is the steps' compile cache (scripts/build.ts), kept between builds as in a real project.
  expect(readdirSync(root).filter((name) => name !== '.astro')).toEqual(['dist']);
});

test('npm run build runs ingest, check, then astro build into the staging folder', () => {
  expect(buildSteps('/x/.dist-building', ['--verbose'])).toEqual([
    { name: 'ingest', args: ['scripts/ingest.ts', '--quiet'] },
    { name: 'check', args: ['scripts/check.ts', '--just-ingested'] },
    {
      name: 'astro build',
      args: ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', '/x/.dist-building', '--verbose'],
      alongside: true,
    },
  ]);
});

describe('a step that runs alongside the one before it', () => {
  /** Sleeps, then writes a marker file: proof that it ran to the end. */
  const slowly = (name: string, marker: string, code: number): Step => ({
    name,
    args: [
      '-e',
      `setTimeout(() => { require('node:fs').writeFileSync(${JSON.stringify(marker)}, 'ran'); process.exit(${code}); }, 600);`,
    ],
    alongside: true,
  });
  const fails = (name: string): Step => ({ name, args: ['-e', 'process.exit(1)'] });

  test('is stopped when the step before it fails, and the build names that step', async () => {
    const marker = join(root, 'alongside-ran');
    const result = await build({
      outDir: 'dist',
      cwd: root,
      steps: () => [fails('check'), slowly('astro build', marker, 0)],
    });
    expect(result.stderr).toContain('build — check failed;');
    await new Promise((r) => setTimeout(r, 900));
    expect(existsSync(marker)).toBe(false);
  });

  test('runs to the end when the step before it passes, and its own failure fails the build', async () => {
    const marker = join(root, 'alongside-finished');
    const result = await build({
      outDir: 'dist',
      cwd: root,
      steps: () => [passes('check'), slowly('astro build', marker, 1)],
    });
    expect(existsSync(marker)).toBe(true);
    expect(result.stderr).toContain('build — astro build failed;');
    rmSync(marker);
  });
});
