/**
 * What `npm run new` does: name the file after the title, refuse to overwrite, render the scaffold,
 * validate it as `npm run check` would, and only then write it.
 */
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { showPath } from '../check/content-files.ts';
import { readSchemaDocs } from '../docs/field-docs.ts';
import { loadEntry } from '../check/load-entry.ts';
import { formatProblem } from '../check/problems.ts';
import { renderScaffold, scaffoldKinds, type ScaffoldKind } from './scaffold.ts';
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

  const text = renderScaffold(
    { kind, title, today: new Date().toISOString().slice(0, 10), articleId: firstArticle(root) },
    readSchemaDocs(join(import.meta.dirname, '..', '..', 'src', 'schemas')),
  );
  // The same validation `npm run check` runs: a title that is too short or too long is refused here.
  const { problems } = loadEntry({ collection, id, path, shown, format }, text);
  if (problems.length > 0) return { message: problems.map(formatProblem).join('\n'), code: 1 };

  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text, { flag: 'wx' }); // 'wx': fail rather than overwrite, even in a race
  return { message: `created ${shown} — fill in every TODO, then run npm run check`, code: 0 };
}

/** The id of the generated article, so sentence references in a new claim start from it. */
function firstArticle(root: string): string | undefined {
  const folder = join(root, 'articles');
  return existsSync(folder)
    ? readdirSync(folder)
        .find((n) => n.endsWith('.mdx'))
        ?.replace(/\.mdx$/, '')
    : undefined;
}
