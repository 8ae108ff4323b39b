/**
 * npm run ingest [-- <file.txt>…] [--force]
 *
 * Turns raw articles (`sources/*.txt`, or the paths given) into generated JSON data under
 * `src/content/articles/`. All inputs are read and checked first; if any has a problem, it prints one
 * line per problem (`error: <file>: <problem>`), exits 1 and writes nothing.
 *
 * `ingest(argv, cwd)` is the whole command without the process around it (tests call it in-process);
 * run as a script, it prints what that returns and sets the exit code.
 */
import { readFileSync, mkdirSync, existsSync, statSync } from 'node:fs';
import { relative } from 'node:path';
import { parseArgs } from 'node:util';
import { argsProblem } from './cli-args.ts';
import { analyse } from './ingest/analyse.ts';
import { emitArticle } from './ingest/emit.ts';
import { loadEntities } from './ingest/entities.ts';
import { IngestError } from './ingest/errors.ts';
import { IngestCache } from './ingest/cache.ts';
import { report } from './ingest/report.ts';
import { readSource } from './ingest/read-source.ts';
import { articleId, listSources, readSidecar } from './ingest/sources.ts';
import type { CliResult } from './check.ts';
import { contentFolder, entryFile } from '../src/schemas/collections.ts';
import { checkTarget, writeAtomically, type Output } from './ingest/write.ts';

const OUT_DIR = contentFolder('articles');

interface Options {
  files: string[];
  force: boolean;
  quiet: boolean;
}

function readOptions(argv: string[]): Options {
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      options: { force: { type: 'boolean', default: false }, quiet: { type: 'boolean', default: false } },
      allowPositionals: true,
      strict: true,
    });
    return { files: positionals, force: values.force, quiet: values.quiet };
  } catch (error) {
    throw new IngestError('ingest', `${argsProblem(error)} (options: --force, --quiet)`);
  }
}

function readBytes(file: string): Uint8Array {
  if (!existsSync(file)) throw new IngestError(file, 'no such file');
  if (statSync(file).isDirectory()) throw new IngestError(file, 'is a folder, not a .txt file');
  return readFileSync(file);
}

/** Where the article from `file` goes, and the key of what it is made from (see `IngestCache`). */
function locate(file: string, cache: IngestCache) {
  const path = entryFile('articles', articleId(file));
  const bytes = readBytes(file);
  const meta = readSidecar(file);
  // Keyed by the path as the article records it (`source.file`), relative to the project.
  return { file, path, bytes, meta, key: cache.key(relative(process.cwd(), file), bytes, meta) };
}

function prepare({ file, path, bytes, meta }: ReturnType<typeof locate>, entities: ReturnType<typeof loadEntities>) {
  const { text, sha256 } = readSource(file, bytes);
  const analysis = analyse({ file: relative(process.cwd(), file), text, sha256, meta, entities });
  return { out: { path, text: emitArticle(analysis), source: file } satisfies Output, analysis };
}

function main(argv: string[], print: (line: string) => void, printError: (line: string) => void): number {
  const options = readOptions(argv);
  const files = options.files.length ? options.files : listSources('sources');
  if (files.length === 0) throw new IngestError('sources', 'no .txt articles to ingest');
  const entities = loadEntities('src/content');
  const cache = new IngestCache('.', entities);

  const errors: IngestError[] = [];
  const prepared: ReturnType<typeof prepare>[] = [];
  for (const file of files) {
    try {
      const source = locate(file, cache);
      if (!options.force && cache.unchanged(source.key, source.path)) {
        if (!options.quiet) print(`unchanged ${source.path}`);
        continue;
      }
      const p = prepare(source, entities);
      cache.record(source.key, p.out.text);
      if (checkTarget(p.out, options.force)) prepared.push(p);
      else if (!options.quiet) print(`unchanged ${p.out.path}`);
    } catch (e) {
      if (e instanceof IngestError) errors.push(e);
      else errors.push(new IngestError(file, `could not be ingested: ${(e as Error).message}`));
    }
  }
  if (errors.length) {
    for (const e of errors) printError(e.toLine());
    return 1;
  }
  mkdirSync(OUT_DIR, { recursive: true });
  for (const { out } of prepared) writeAtomically(out);
  cache.save(options.files.length === 0);
  for (const { out, analysis } of prepared) {
    if (options.quiet) continue;
    const c = analysis.data.counts;
    print(
      `wrote ${out.path}: ${c.paragraphs} paragraphs, ${c.sentences} sentences, ${c.posts} posts, ${c.quotes} quotes, ${c.statements} statements, ${c.figures} figures, ${c.dates} dates, ${c.mentions} mentions`,
    );
    for (const line of report(analysis.data)) print(`  ${line}`);
  }
  return 0;
}

export function ingest(argv: string[], cwd = process.cwd()): CliResult {
  const stdout: string[] = [];
  const stderr: string[] = [];
  // Every step reads and writes paths relative to the project folder and prints them as given, so the
  // caller's folder is the working directory for the (synchronous) run, and the previous one after it.
  const previous = process.cwd();
  process.chdir(cwd);
  try {
    const code = main(
      argv,
      (line) => stdout.push(`${line}\n`),
      (line) => stderr.push(`${line}\n`),
    );
    return { code, stdout: stdout.join(''), stderr: stderr.join('') };
  } catch (e) {
    stderr.push(`${e instanceof IngestError ? e.toLine() : `error: ingest: ${(e as Error).message}`}\n`);
    return { code: 1, stdout: stdout.join(''), stderr: stderr.join('') };
  } finally {
    process.chdir(previous);
  }
}

if (import.meta.main) {
  const { code, stdout, stderr } = ingest(process.argv.slice(2));
  process.stdout.write(stdout);
  process.stderr.write(stderr);
  process.exitCode = code;
}
