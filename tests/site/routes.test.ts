/**
 * The route table (`src/site/routes.ts`) against the files under `src/pages/`: a page added without a
 * route, or a route left behind when its page is removed, fails here.
 */
import { globSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectionNames, collectionTable, type CollectionSpec } from '../../src/schemas/collections.ts';
import { scaffoldKinds } from '../../scripts/new/scaffold.ts';
import { entryPath, fixedPages, routeFiles, sentencePath, storyPath } from '../../src/site/routes.ts';

const pagesDir = join(import.meta.dirname, '..', '..', 'src', 'pages');

/** Files Astro builds routes from: every file except those starting with `_` (helpers Astro ignores). */
const pageFiles = globSync('**/*', { cwd: pagesDir, withFileTypes: true })
  .filter((d) => d.isFile() && !d.name.startsWith('_'))
  .map((d) =>
    join(d.parentPath, d.name)
      .slice(pagesDir.length + 1)
      .split('\\')
      .join('/'),
  )
  .sort();

describe('route table', () => {
  it('names exactly the files under src/pages/', () => {
    expect(pageFiles.length).toBeGreaterThan(10);
    expect(routeFiles()).toEqual(pageFiles);
  });

  it('gives every fixed page a distinct path with a trailing slash', () => {
    const paths = Object.values(fixedPages).map((p) => p.path);
    expect(new Set(paths).size).toBe(paths.length);
    for (const path of paths) expect(path).toMatch(/^\/([a-z-]+\/)*$/);
  });

  it('builds entry, sentence and story paths', () => {
    expect(entryPath('people', 'vyacheslav-volodin')).toBe('/people/vyacheslav-volodin/');
    expect(sentencePath('il76-crash-2024-01-24', 'p3s1')).toBe('/articles/il76-crash-2024-01-24/#p3s1');
    expect(storyPath('eastbrook', false)).toBe('/');
    expect(storyPath('eastbrook', true)).toBe('/stories/eastbrook/');
  });
});

describe('collections table', () => {
  it('has a folder under src/content/ for every collection, and no folder it does not name', () => {
    const folders = globSync('*', { cwd: join(pagesDir, '..', 'content'), withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name)
      .sort();
    expect(folders).toEqual([...collectionNames].sort());
  });

  it('lets `npm run new` scaffold every collection editors write', () => {
    const editable = collectionNames.filter((c) => !(collectionTable[c] as CollectionSpec).generated);
    expect(new Set(Object.values(scaffoldKinds))).toEqual(new Set(editable));
  });
});
