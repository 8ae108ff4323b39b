/** Runs the ingest CLI in a throw-away project folder, so tests see exactly what a user would. */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const INGEST = resolve('scripts/ingest.ts');

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** A temp folder with `sources/` and `src/content/articles/`, plus the files given (path → content). */
export function tempProject(files: Record<string, string | Uint8Array> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'ingest-'));
  mkdirSync(join(dir, 'sources'));
  mkdirSync(join(dir, 'src/content/articles'), { recursive: true });
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}

export function ingest(dir: string, ...args: string[]): Run {
  const r = spawnSync(process.execPath, [INGEST, ...args], { cwd: dir, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
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
