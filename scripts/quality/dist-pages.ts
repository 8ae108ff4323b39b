/**
 * Lists the built pages of a `dist/` folder, so every check covers every page, including pages
 * added after the check was written.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { isRedirectPage } from '../../src/integrations/sitemap-without-redirects.ts';
import { normaliseBase } from './serve.ts';

export interface DistPage {
  /** Path of the file inside dist, with `/`, e.g. `articles/x/index.html`. */
  file: string;
  /** Absolute path of the file. */
  abs: string;
  /** Site path under the base, as a browser would ask for it: `/explainer/articles/x/`. */
  urlPath: string;
}

/** Pagefind's own output (UI assets, index) is not one of our pages. */
const SKIP_DIRS = new Set(['pagefind']);

function walk(root: string, dir: string, out: string[]): void {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const abs = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!(dir === root && SKIP_DIRS.has(entry.name))) walk(root, abs, out);
    } else if (entry.isFile() && entry.name.endsWith('.html')) out.push(abs);
  }
}

/** `articles/x/index.html` → `articles/x/`; `404.html` → `404.html`. */
export function fileToPath(file: string): string {
  if (file === 'index.html') return '';
  return file.endsWith('/index.html') ? file.slice(0, -'index.html'.length) : file;
}

/**
 * Every `.html` file under `distDir` (except Pagefind's), sorted, with the URL it is served at. Redirect
 * pages are left out unless `includeRedirects` (the link check needs them: a link to an old address works).
 */
export function listPages(distDir: string, base = '/', { includeRedirects = false } = {}): DistPage[] {
  try {
    if (!statSync(distDir).isDirectory()) return [];
  } catch {
    return [];
  }
  const files: string[] = [];
  walk(distDir, distDir, files);
  const head = normaliseBase(base);
  return files
    .map((abs) => {
      const file = relative(distDir, abs).split(sep).join('/');
      return { file, abs, urlPath: head + fileToPath(file) };
    })
    .filter((p) => includeRedirects || !isRedirectPage(readFileSync(p.abs, 'utf8')))
    .sort((a, b) => a.urlPath.localeCompare(b.urlPath));
}
