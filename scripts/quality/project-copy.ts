/**
 * A throw-away copy of the project, for builds that must not touch the shared work tree (other
 * people build there at the same time) or that add generated content (the scale run).
 *
 * node_modules is not copied (hundreds of MB) but linked entry by entry, not as one symlink:
 * Astro and Vite keep caches in `node_modules/.astro` and `node_modules/.vite`, and a shared
 * cache would let one build reuse another's content store and hide a difference.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, relative, resolve } from 'node:path';

export const PROJECT_ROOT = resolve(import.meta.dirname, '../..');

/** Build output, caches and tooling state: none of it is an input of the build. */
const SKIP_TOP = new Set(['node_modules', 'dist', '.tmp', '.astro', 'artifacts', '.git']);
const CACHE_ENTRIES = new Set(['.astro', '.vite', '.cache']);

/** Copies the project into a new folder under the system temp dir and returns its path. */
export function copyProject(label: string, from = PROJECT_ROOT): string {
  const parent = mkdtempSync(join(tmpdir(), `${label}-`));
  const dest = join(parent, 'project');
  cpSync(from, dest, {
    recursive: true,
    filter: (src) => {
      const rel = relative(from, src);
      return rel === '' || !SKIP_TOP.has(rel.split('/')[0] ?? '');
    },
  });
  const modules = join(dest, 'node_modules');
  mkdirSync(modules);
  for (const entry of readdirSync(join(from, 'node_modules'))) {
    if (!CACHE_ENTRIES.has(entry)) symlinkSync(join(from, 'node_modules', entry), join(modules, entry));
  }
  return dest;
}

/** Removes a copy made by `copyProject` (its temp parent too). */
export function removeCopy(dest: string): void {
  if (basename(dest) === 'project') rmSync(resolve(dest, '..'), { recursive: true, force: true });
}
