/**
 * A failed `npm run build` leaves the previous `dist/` exactly as it was (scripts/build.ts builds
 * into a folder beside it and swaps only on success). One real build, in a throw-away copy: a page
 * that throws while rendering, so `astro build` has already written other pages when it fails.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { SpawnSyncReturns } from 'node:child_process';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { copyProject, removeCopy } from '../../scripts/quality/project-copy.ts';
import { runBuild } from './build.ts';

let root: string;
let before: Map<string, string>;
let run: SpawnSyncReturns<string>;

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

beforeAll(() => {
  root = copyProject('failed-build');
  // The last good site, as a host would deploy it.
  mkdirSync(join(root, 'dist', 'context', 'olenivka-2022'), { recursive: true });
  writeFileSync(join(root, 'dist', 'index.html'), '<h1>the last good home page</h1>\n');
  writeFileSync(join(root, 'dist', 'context', 'olenivka-2022', 'index.html'), '<h1>the last good page</h1>\n');
  before = snapshot(join(root, 'dist'));
  // Breaks one page in a way the content check cannot see: it throws while Astro renders it.
  const page = join(root, 'src', 'pages', 'timeline', 'index.astro');
  const source = readFileSync(page, 'utf8');
  writeFileSync(page, source.replace('const events = await timeline();', "throw new Error('broken on purpose');"));
  run = runBuild(root);
});

afterAll(() => removeCopy(root));

test('the build fails and says that dist/ was left as it was', () => {
  expect(run.status).toBe(1);
  expect(`${run.stdout}${run.stderr}`).toContain('broken on purpose');
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
