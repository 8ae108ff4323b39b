/**
 * Finds the files each collection loads, following the collections table's format and drafts
 * (`src/schemas/collections.ts`), as the loaders do: `people/*.yaml`, `context/[^_]*.mdx`, `articles/*.json`. No loader reads sub-folders: an entry's file name is its id and, for
 * pages, its address, so a file in a sub-folder is reported with the flat name to move it to.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import {
  collectionNames,
  collectionTable,
  type CollectionName,
  type CollectionSpec,
} from '../../src/schemas/collections.ts';
import { slugify } from './slug.ts';

export interface ContentFile {
  collection: CollectionName;
  /** The entry id: the file name without extension. */
  id: string;
  path: string;
  /** The path as editors see it in problem lines: relative to the working directory, with `/`. */
  shown: string;
  format: CollectionSpec['format'];
}

/** A file in a content folder that no loader reads, though an editor probably meant it to be read. */
export interface IgnoredFile {
  collection: CollectionName;
  path: string;
  shown: string;
  /**
   * `extension`: a `.yml` file; `sub-folder`: a file below the collection's own folder; `not-generated`: a
   * file in a generated collection's folder that is not of its format, so ingest did not write it.
   */
  why: 'extension' | 'sub-folder' | 'not-generated';
  /** Where to move it, as shown: a new file name (`x.yaml`) or a path (`src/content/context/a-b.mdx`). */
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

  for (const collection of collectionNames) {
    const { format, drafts, generated } = collectionTable[collection] as CollectionSpec;
    const extension = `.${format}`;
    for (const name of namesIn(join(root, collection))) {
      const path = join(root, collection, name);
      if (drafts && name.startsWith('_')) continue; // a draft: not loaded, so not checked
      if (name.endsWith(extension)) add(collection, path, name.slice(0, -extension.length), format);
      // Such as an article ingest wrote as YAML before it wrote JSON: never read, so never published.
      else if (generated)
        ignored.push({ collection, path, shown: showPath(path, cwd), why: 'not-generated', rename: '' });
      else if (format === 'yaml' && name.endsWith('.yml'))
        ignored.push({
          collection,
          path,
          shown: showPath(path, cwd),
          why: 'extension',
          rename: `${name.slice(0, -'.yml'.length)}.yaml`,
        });
    }
    ignored.push(...inSubFolders(root, collection, cwd));
  }
  files.sort((a, b) => (a.shown < b.shown ? -1 : a.shown > b.shown ? 1 : 0));
  ignored.sort((a, b) => (a.shown < b.shown ? -1 : a.shown > b.shown ? 1 : 0));
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

/**
 * Entries below a collection's folder (`context/belgorod/strike.mdx`), which no loader reads. The fix
 * names a flat file that keeps the folder in the name: `context/belgorod-strike.mdx`. Drafts stay quiet.
 */
function inSubFolders(root: string, collection: CollectionName, cwd: string): IgnoredFile[] {
  const folder = join(root, collection);
  const extension = `.${collectionTable[collection].format}`;
  const extensions = extension === '.yaml' ? [extension, '.yml'] : [extension];
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { withFileTypes: true, recursive: true })
    .filter((d) => d.isFile() && d.parentPath !== folder && extensions.some((e) => d.name.endsWith(e)))
    .filter((d) => !d.name.startsWith('_'))
    .map((d) => {
      const path = join(d.parentPath, d.name);
      const stem = relative(folder, path)
        .replace(/\.[a-z]+$/, '')
        .split(sep)
        .join('-');
      const flat = `${slugify(stem) || 'a-name'}${extension}`;
      return {
        path,
        shown: showPath(path, cwd),
        collection,
        why: 'sub-folder' as const,
        rename: showPath(join(folder, flat), cwd),
      };
    });
}
