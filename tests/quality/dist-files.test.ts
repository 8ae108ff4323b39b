/** The file lists the build checks run over: the pages of a dist folder, and every file of two builds. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { listPages } from '../../scripts/quality/dist-pages.ts';
import { compareDirs } from '../../scripts/quality/reproducible.ts';

let root: string;
const write = (path: string, text: string) => {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), text);
};

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'dist-files-'));
  write('a/index.html', '<h1>a</h1>');
  write('a/b/index.html', '<h1>b</h1>');
  write('404.html', '<h1>missing</h1>');
  write('index.html', '<h1>home</h1>');
  write('old/index.html', '<meta http-equiv="refresh" content="0;url=/a/">');
  write('pagefind/ui.html', 'not a page');
  write('docs/pagefind/index.html', '<h1>a page under a folder named pagefind</h1>');
  write('a/style.css', 'p{}');
  write('one/.well-known', 'x');
  write('two/.well-known', 'y');
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

test('lists every page under dist except Pagefind’s own, sorted by address, redirects only when asked', () => {
  const pages = (options = {}) => listPages(root, '/explainer/', options).map((p) => [p.file, p.urlPath]);
  expect(pages()).toEqual([
    ['index.html', '/explainer/'],
    ['404.html', '/explainer/404.html'],
    ['a/index.html', '/explainer/a/'],
    ['a/b/index.html', '/explainer/a/b/'],
    ['docs/pagefind/index.html', '/explainer/docs/pagefind/'],
  ]);
  expect(pages({ includeRedirects: true }).map(([file]) => file)).toContain('old/index.html');
  expect(listPages(join(root, 'nowhere'))).toEqual([]);
});

test('comparing two folders sees every file, dot files included', () => {
  expect(compareDirs(join(root, 'one'), join(root, 'two'))).toEqual([{ file: '.well-known', kind: 'content differs' }]);
  expect(compareDirs(join(root, 'a'), join(root, 'one')).map((d) => `${d.file} ${d.kind}`)).toEqual([
    'b/index.html only in first',
    'index.html only in first',
    'style.css only in first',
    '.well-known only in second',
  ]);
});
