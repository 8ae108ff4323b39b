/**
 * Runs the ingest command in a throw-away project folder, so tests see exactly what a user would: the
 * CLI's own `ingest(argv, cwd)`, in-process (cli.test.ts keeps one real `node scripts/ingest.ts` run).
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { onTestFinished } from 'vitest';
import { ingest as ingestCli } from '../../scripts/ingest.ts';
import type { CliResult } from '../../scripts/check.ts';

/**
 * A temp folder with `sources/` and `src/content/articles/`, plus the files given (path → content).
 * Removed when the test that made it finishes.
 */
export function tempProject(files: Record<string, string | Uint8Array> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'ingest-'));
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  mkdirSync(join(dir, 'sources'));
  mkdirSync(join(dir, 'src/content/articles'), { recursive: true });
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}

export function ingest(dir: string, ...args: string[]): CliResult {
  return ingestCli(args, dir);
}

/** Every file under the generated folder with its content, to prove nothing was (re)written. */
export function generated(dir: string): Record<string, string> {
  const out = join(dir, 'src/content/articles');
  return Object.fromEntries(
    readdirSync(out)
      .sort()
      .map((f) => [f, readFileSync(join(out, f), 'utf8')]),
  );
}
