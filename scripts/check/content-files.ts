/**
 * Finds the files each collection loads, following the loader patterns in `src/content.config.ts`:
 * `<collection>/*.yaml` for YAML collections, `context/**` + `/[^_]*.mdx` (files starting with `_` are
 * drafts), `articles/*.mdx`.
 */
import { existsSync, readdirSync } from 'node:fs';
import { basename, join, relative, sep } from 'node:path';
import { yamlCollections, type CollectionName } from './schemas.ts';

export interface ContentFile {
  collection: CollectionName;
  /** The entry id: the file name without extension (with sub-folders for context pages). */
  id: string;
  path: string;
  /** The path as editors see it in problem lines: relative to the working directory, with `/`. */
  shown: string;
  format: 'yaml' | 'mdx';
}

/** A file in a content folder that no loader reads, though an editor probably meant it to be read. */
export interface IgnoredFile {
  path: string;
  shown: string;
  rename: string;
}

export const showPath = (path: string, cwd: string): string => relative(cwd, path).split(sep).join('/');

/** The folder of a collection as shown in fixes: `src/content/people/`. */
export const showFolder = (root: string, collection: CollectionName, cwd: string): string =>
  `${showPath(join(root, collection), cwd)}/`;

export function listContentFiles(root: string, cwd: string): { files: ContentFile[]; ignored: IgnoredFile[] } {
  const files: ContentFile[] = [];
  const ignored: IgnoredFile[] = [];
  const add = (collection: CollectionName, path: string, id: string, format: ContentFile['format']) =>
    files.push({ collection, id, path, shown: showPath(path, cwd), format });

  for (const collection of yamlCollections) {
    for (const name of namesIn(join(root, collection))) {
      const path = join(root, collection, name);
      if (name.endsWith('.yaml')) add(collection, path, name.slice(0, -'.yaml'.length), 'yaml');
      else if (name.endsWith('.yml'))
        ignored.push({ path, shown: showPath(path, cwd), rename: `${name.slice(0, -'.yml'.length)}.yaml` });
    }
  }
  for (const name of namesIn(join(root, 'articles'))) {
    if (name.endsWith('.mdx')) add('articles', join(root, 'articles', name), name.slice(0, -'.mdx'.length), 'mdx');
  }
  for (const path of mdxFilesUnder(join(root, 'context'))) {
    if (basename(path).startsWith('_')) continue; // a draft: not loaded, so not checked
    add('context', path, relative(join(root, 'context'), path).split(sep).join('/').slice(0, -'.mdx'.length), 'mdx');
  }
  files.sort((a, b) => (a.shown < b.shown ? -1 : a.shown > b.shown ? 1 : 0));
  return { files, ignored };
}

function namesIn(folder: string): string[] {
  return existsSync(folder)
    ? readdirSync(folder, { withFileTypes: true })
        .filter((d) => d.isFile())
        .map((d) => d.name)
        .sort()
    : [];
}

function mdxFilesUnder(folder: string): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { withFileTypes: true, recursive: true })
    .filter((d) => d.isFile() && d.name.endsWith('.mdx'))
    .map((d) => join(d.parentPath, d.name))
    .sort();
}
