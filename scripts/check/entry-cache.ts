/**
 * A cache of loaded entries for `npm run check`, so a rebuild after editing one page does not parse
 * every file again. Parsing (YAML with positions, MDX bodies) is nearly all of the checker's time.
 *
 * Only files that loaded without a problem are kept, keyed by a hash of their path, collection and
 * text; the whole cache is keyed by a hash of the checker's own source (every module it imports,
 * schemas included) and `package-lock.json`, so a change to any rule starts it afresh. The checks
 * between files always run on every entry. A cached entry finds the line of a key by parsing its
 * YAML again, only when a problem needs it. Stored with `v8.serialize` (dates and trees survive)
 * in `.astro/check-cache.bin`, which is not committed.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { importClosure } from '../../src/integrations/content-cache.ts';
import type { ContentFile } from './content-files.ts';
import type { Entry } from './load-entry.ts';
import { splitFrontmatter } from './mdx-source.ts';
import { parseJson, parseYaml } from './yaml-source.ts';

type Stored = Pick<Entry, 'raw' | 'data' | 'tree' | 'todoComments'>;

interface CacheFile {
  version: string;
  entries: Map<string, Stored>;
}

/** A hash of the checker's code and dependencies: any change to them empties the cache. */
function checkerVersion(): string {
  const root = join(import.meta.dirname, '..', '..');
  const hash = createHash('sha256');
  for (const file of [
    ...importClosure([join(import.meta.dirname, 'check-content.ts')]),
    join(root, 'package-lock.json'),
  ])
    if (existsSync(file)) hash.update(file.slice(root.length)).update('\0').update(readFileSync(file)).update('\0');
  return hash.digest('hex');
}

export class EntryCache {
  readonly #path: string;
  readonly #version = checkerVersion();
  readonly #old: Map<string, Stored>;
  readonly #next = new Map<string, Stored>();
  hits = 0;

  constructor(path: string) {
    this.#path = path;
    let old = new Map<string, Stored>();
    try {
      const stored = deserialize(readFileSync(path)) as CacheFile;
      if (stored.version === this.#version) old = stored.entries;
    } catch {
      // no cache yet, or one from another Node version: start afresh
    }
    this.#old = old;
  }

  static key(file: ContentFile, source: string): string {
    return createHash('sha256')
      .update(`${file.collection}\0${file.id}\0${file.shown}\0${file.format}\0`)
      .update(source)
      .digest('hex');
  }

  /** The entry as loaded before from the same text, or undefined. */
  get(file: ContentFile, source: string): Entry | undefined {
    const key = EntryCache.key(file, source);
    const stored = this.#old.get(key);
    if (!stored) return undefined;
    this.#next.set(key, stored);
    this.hits++;
    let lineOf: Entry['lineOf'] | undefined;
    const lazyLineOf: Entry['lineOf'] = (path) => {
      if (!lineOf) {
        const fm = file.format === 'mdx' ? splitFrontmatter(source) : undefined;
        lineOf =
          fm?.kind === 'found'
            ? parseYaml(fm.text, fm.firstLine).lineOf
            : fm
              ? () => 1
              : (file.format === 'json' ? parseJson : parseYaml)(source).lineOf;
      }
      return lineOf(path);
    };
    return {
      file,
      raw: stored.raw,
      data: stored.data,
      tree: stored.tree,
      todoComments: stored.todoComments,
      lineOf: lazyLineOf,
    };
  }

  /** Keeps an entry that loaded without a problem. */
  set(file: ContentFile, source: string, entry: Entry): void {
    this.#next.set(EntryCache.key(file, source), {
      raw: entry.raw,
      data: entry.data,
      tree: entry.tree,
      todoComments: entry.todoComments,
    });
  }

  /** Writes the entries seen in this run (files that are gone drop out); atomic. */
  save(): void {
    // Every entry came from the file as it was, and none dropped out: it would write the same bytes again.
    if (this.hits === this.#next.size && this.#next.size === this.#old.size) return;
    mkdirSync(dirname(this.#path), { recursive: true });
    const partial = `${this.#path}.${process.pid}.partial`;
    writeFileSync(partial, serialize({ version: this.#version, entries: this.#next } satisfies CacheFile));
    renameSync(partial, this.#path);
  }
}
