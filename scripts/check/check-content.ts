/**
 * Checks a whole content tree: every file on its own (syntax, schema), then the links between
 * files (references, citations, quotes, figures, internal links). Reads only; never writes.
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { checkClaim } from './claims.ts';
import { listContentFiles, showFolder, showPath, type ContentFile } from './content-files.ts';
import { collectionTable } from '../../src/schemas/collections.ts';
import { buildIndex, isRecord, type ContentIndex } from './content-index.ts';
import { checkFigure } from './figures.ts';
import { checkTense, checkTenseInBody } from './tense.ts';
import type { EntryCache } from './entry-cache.ts';
import { loadEntry, type Entry } from './load-entry.ts';
import { checkCitations } from './mdx-citations.ts';
import { checkComponents } from './mdx-components.ts';
import { checkLinks } from './mdx-links.ts';
import { checkQuotedWords } from './mdx-quotes.ts';
import { checkListedSources } from './mdx-sources.ts';
import { checkPlaceholders } from './placeholders.ts';
import { problemAt, type Problem } from './problems.ts';
import { checkDataReferences } from './references.ts';
import { siteRoutes } from './routes.ts';
import { schemas } from './schemas.ts';
import { isSlug, slugify } from './slug.ts';
import { storyProblems } from './stories.ts';

export interface CheckOptions {
  /** The content folder, `src/content` in the project. */
  root: string;
  /** File paths in problems are shown relative to this folder (default: the working directory). */
  cwd?: string;
  /** Reads a file; replaceable so tests can make one file fail. */
  readFile?: (path: string) => string;
  /** Keeps entries that loaded cleanly between runs (see `entry-cache.ts`); none by default. */
  cache?: EntryCache;
}

export interface CheckResult {
  problems: Problem[];
  filesChecked: number;
}

export function checkContent({
  root,
  cwd = process.cwd(),
  readFile = (path) => readFileSync(path, 'utf8'),
  cache,
}: CheckOptions): CheckResult {
  if (!existsSync(root))
    return {
      problems: [problemAt({ file: showPath(root, cwd), line: 1, field: '(folder)' }, 'noContentFolder')],
      filesChecked: 0,
    };

  const { files, ignored } = listContentFiles(root, cwd);
  const problems: Problem[] = [];
  for (const file of ignored) {
    const where = { file: file.shown, line: 1, field: '(file name)' };
    const name = basename(file.path);
    problems.push(
      file.why === 'sub-folder'
        ? problemAt(where, 'inSubFolder', { move: file.rename })
        : file.why === 'not-generated'
          ? problemAt(where, 'notGenerated', { name, ...collectionTable[file.collection] })
          : problemAt(where, 'ignoredFile', { name, rename: file.rename }),
    );
  }
  for (const file of files) problems.push(...fileNameProblems(file));

  const entries: Entry[] = [];
  for (const file of files) {
    guarded(file, problems, () => {
      const source = readFile(file.path);
      const cached = cache?.get(file, source);
      if (cached) {
        entries.push(cached);
        return [];
      }
      const loaded = loadEntry(file, source);
      entries.push(loaded.entry);
      if (loaded.problems.length === 0) cache?.set(file, source, loaded.entry);
      return loaded.problems;
    });
  }

  const index = buildIndex(files, entries, (collection) => showFolder(root, collection, cwd));
  const routes = siteRoutes(index.ids);
  for (const entry of entries) guarded(entry.file, problems, () => crossFileProblems(entry, index, routes));
  problems.push(...storyProblems(entries, index));
  return { problems, filesChecked: files.length };
}

/** Checks that need other files; each runs only on what could be read. */
function crossFileProblems(entry: Entry, index: ContentIndex, routes: ReadonlySet<string>): Problem[] {
  const { collection, shown } = entry.file;
  const problems: Problem[] = [];
  if (collection !== 'articles') problems.push(...checkPlaceholders(entry));
  if (entry.data !== undefined && collection !== 'articles') {
    problems.push(...checkDataReferences(entry, schemas[collection], index));
    if (collection === 'claims') problems.push(...checkClaim(entry, index));
    if (collection === 'figures') problems.push(...checkFigure(entry, index));
    if (collection !== 'context' && collection !== 'sources') problems.push(...checkTense(entry, schemas[collection]));
  }
  if (entry.tree) {
    // The body is checked even when the frontmatter is broken: the two are independent mistakes.
    const listed =
      isRecord(entry.raw) && Array.isArray(entry.raw['sources']) ? entry.raw['sources'].map(String) : undefined;
    problems.push(...checkComponents(entry.tree, shown, index, listed));
    problems.push(...checkCitations(entry.tree, shown));
    problems.push(...checkLinks(entry.tree, shown, routes));
    problems.push(...checkQuotedWords(entry.tree, shown, index));
    problems.push(...checkListedSources(entry, index));
    problems.push(...checkTenseInBody(entry.tree, shown));
  }
  return problems;
}

/** The file name is the id, so it must be one: Astro would otherwise derive a different id. */
function fileNameProblems(file: ContentFile): Problem[] {
  if (isSlug(file.id)) return [];
  const extension = `.${file.format}`;
  return [
    problemAt({ file: file.shown, line: 1, field: '(file name)' }, 'badFileName', {
      name: file.id,
      rename: `${slugify(file.id) || 'a-name'}${extension}`,
    }),
  ];
}

/** Never a stack trace: an unexpected error while checking a file becomes one line naming it. */
function guarded(file: ContentFile, problems: Problem[], check: () => Problem[]): void {
  try {
    problems.push(...check());
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
    problems.push(
      problemAt({ file: file.shown, line: 1, field: '(file)' }, 'checkerFailed', {
        message: message ?? 'unknown error',
      }),
    );
  }
}
