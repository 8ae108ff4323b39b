/**
 * What `npm run new` does: name the file after the title, refuse to overwrite, render the scaffold,
 * validate it as `npm run check` would, and only then write it.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { showPath } from '../check/content-files.ts';
import { readSchemaDocs } from '../docs/field-docs.ts';
import { loadEntry } from '../check/load-entry.ts';
import { formatProblem } from '../check/problems.ts';
import { renderScaffold, scaffoldKinds, type ScaffoldKind } from './scaffold.ts';
import { collectionTable } from '../../src/schemas/collections.ts';
import { slugify } from '../check/slug.ts';

export const newUsage = `usage: npm run new -- <${Object.keys(scaffoldKinds).join('|')}> "<title>"`;

const isKind = (kind: string): kind is ScaffoldKind => Object.hasOwn(scaffoldKinds, kind);

/** Returns what to print and the exit code; writes the file only when everything is in order. */
export function createEntry(
  positionals: readonly string[],
  root: string,
  cwd: string,
): { message: string; code: number } {
  const [kind, title, ...extra] = positionals;
  if (!kind || !title || extra.length > 0)
    return { message: `new — a kind and one quoted title are needed — ${newUsage}`, code: 1 };
  if (!isKind(kind)) return { message: `new — "${kind}" is not a kind of entry — ${newUsage}`, code: 1 };
  const id = slugify(title);
  if (!id) return { message: `new — "${title}" gives no file name — use a title with letters or digits`, code: 1 };

  const collection = scaffoldKinds[kind];
  const format = collection === 'context' ? 'mdx' : 'yaml';
  const path = join(root, collection, `${id}.${format}`);
  const shown = showPath(path, cwd);
  if (existsSync(path))
    return { message: `${shown} already exists — edit that file, or choose another title`, code: 1 };

  const hubs = storyHubs(root, cwd);
  // A new story starts from the newest article no hub names yet (ingest it first).
  const articleId = kind === 'story' ? newestUnplacedArticle(root, hubs) : firstArticle(root);
  const text = renderScaffold(
    { kind, title, today: new Date().toISOString().slice(0, 10), articleId, stories: [...hubs.keys()] },
    readSchemaDocs(join(import.meta.dirname, '..', '..', 'src', 'schemas')),
  );
  // The same validation `npm run check` runs: a title that is too short or too long is refused here.
  const { problems } = loadEntry({ collection, id, path, shown, format }, text);
  if (problems.length > 0) return { message: problems.map(formatProblem).join('\n'), code: 1 };

  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text, { flag: 'wx' }); // 'wx': fail rather than overwrite, even in a race
  return { message: `created ${shown} — fill in every TODO, then run npm run check`, code: 0 };
}

/** The hubs there are (context pages with `hubFor`), each with the articles it names. */
function storyHubs(root: string, cwd: string): Map<string, string[]> {
  const folder = join(root, 'context');
  const hubs = new Map<string, string[]>();
  if (!existsSync(folder)) return hubs;
  for (const name of readdirSync(folder)
    .filter((n) => n.endsWith('.mdx') && !n.startsWith('_'))
    .sort()) {
    const path = join(folder, name);
    const id = name.replace(/\.mdx$/, '');
    const { entry } = loadEntry(
      { collection: 'context', id, path, shown: showPath(path, cwd), format: 'mdx' },
      readFileSync(path, 'utf8'),
    );
    const hubFor = (entry.data as { hubFor?: string[] } | undefined)?.hubFor;
    if (hubFor) hubs.set(id, hubFor);
  }
  return hubs;
}

/** Generated articles' file extension, `.json`. */
const ARTICLE_EXTENSION = `.${collectionTable.articles.format}`;

/** The newest article (by file name order of its date, then id) that no hub names. */
function newestUnplacedArticle(root: string, hubs: ReadonlyMap<string, string[]>): string | undefined {
  const placed = new Set([...hubs.values()].flat());
  const folder = join(root, 'articles');
  if (!existsSync(folder)) return undefined;
  const dated = readdirSync(folder)
    .filter((n) => n.endsWith(ARTICLE_EXTENSION))
    .map((n) => n.slice(0, -ARTICLE_EXTENSION.length))
    .filter((id) => !placed.has(id))
    .map((id) => ({
      id,
      date:
        /^\s*"date": "(\d{4}-\d{2}-\d{2})"/mu.exec(
          readFileSync(join(folder, `${id}${ARTICLE_EXTENSION}`), 'utf8'),
        )?.[1] ?? '',
    }));
  return dated.sort((a, b) => b.date.localeCompare(a.date) || a.id.localeCompare(b.id))[0]?.id;
}

/** The id of the generated article, so sentence references in a new claim start from it. */
function firstArticle(root: string): string | undefined {
  const folder = join(root, 'articles');
  return existsSync(folder)
    ? readdirSync(folder)
        .find((n) => n.endsWith(ARTICLE_EXTENSION))
        ?.slice(0, -ARTICLE_EXTENSION.length)
    : undefined;
}
