/**
 * Lists the built pages of a `dist/` folder, so every check covers every page, including pages
 * added after the check was written.
 */
import { globSync, readFileSync, statSync } from 'node:fs';
import { join, sep } from 'node:path';
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

/** Pagefind's own output (UI assets, index), at the top of dist, is not one of our pages. */
const SKIP_DIRS = ['pagefind'];

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
  const head = normaliseBase(base);
  return globSync('**/*.html', { cwd: distDir, exclude: SKIP_DIRS })
    .map((found) => {
      const file = found.split(sep).join('/');
      return { file, abs: join(distDir, found), urlPath: head + fileToPath(file) };
    })
    .filter((p) => includeRedirects || !isRedirectPage(readFileSync(p.abs, 'utf8')))
    .sort((a, b) => a.urlPath.localeCompare(b.urlPath));
}
