/**
 * Every internal link, asset and #fragment in a build resolves: to a file in dist/, and for a
 * fragment to an id on the target page. Run once per base path the site is built for, because a
 * link that forgets `withBase()` works at `/` and breaks only under `/explainer/`.
 *
 *   npx node scripts/quality/check-links.ts [distDir=$DIST_DIR|dist] [base=$BASE_PATH|/]
 *
 * Absolute http(s) links are external and not checked, except those on `SITE_URL`'s origin when
 * that is set (canonical and og:url links then count as internal). Prints one line per problem
 * and exits 1 if there is any.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { cliArgs } from '../cli-args.ts';
import { listPages, type DistPage } from './dist-pages.ts';
import { readPageRefs } from './html-refs.ts';
import { normaliseBase } from './serve.ts';

export interface LinkProblem {
  page: string;
  url: string;
  where: string;
  problem: string;
}

const LOCAL = 'http://site.invalid';
const SCHEME = /^[a-z][a-z0-9+.-]*:/i;
/** The HTML spec scrolls `#top` to the top of the page even without such an id. */
const BUILTIN_FRAGMENTS = new Set(['', 'top']);

const isFile = (path: string) => existsSync(path) && statSync(path).isFile();

export async function checkLinks(
  distDir: string,
  base: string,
  siteUrl?: string,
): Promise<{ problems: LinkProblem[]; pages: number; refs: number }> {
  const root = resolve(distDir);
  const head = normaliseBase(base);
  const siteOrigin = siteUrl ? new URL(siteUrl).origin : undefined;
  const pages = listPages(root, head, { includeRedirects: true });
  if (pages.length === 0) throw new Error(`no .html under ${root}: build first`);

  const parsed = new Map<string, Awaited<ReturnType<typeof readPageRefs>>>();
  for (const page of pages) parsed.set(page.abs, await readPageRefs(readFileSync(page.abs, 'utf8')));
  /** Ids of any HTML file in dist, read on demand (pagefind/ pages are not in `pages`). */
  const idsOf = async (abs: string): Promise<Set<string>> => {
    let refs = parsed.get(abs);
    if (!refs) parsed.set(abs, (refs = await readPageRefs(readFileSync(abs, 'utf8'))));
    return refs.ids;
  };

  const problems: LinkProblem[] = [];
  let count = 0;
  for (const page of pages) {
    for (const { url, where } of parsed.get(page.abs)?.refs ?? []) {
      count++;
      const problem = await checkOne(page, url, { root, head, siteOrigin, idsOf });
      if (problem) problems.push({ page: page.urlPath, url, where, problem });
    }
  }
  return { problems, pages: pages.length, refs: count };
}

async function checkOne(
  page: DistPage,
  raw: string,
  ctx: { root: string; head: string; siteOrigin: string | undefined; idsOf: (abs: string) => Promise<Set<string>> },
): Promise<string | null> {
  const url = raw.trim();
  if (url === '') return 'empty URL';
  let target: URL;
  if (/^(https?:)?\/\//i.test(url)) {
    const absolute = new URL(url, 'https://x.invalid');
    if (!ctx.siteOrigin || absolute.origin !== ctx.siteOrigin) return null; // external: not ours to check
    target = new URL(absolute.pathname + absolute.search + absolute.hash, LOCAL);
  } else if (SCHEME.test(url)) {
    return null; // mailto:, tel:, data:, …
  } else {
    target = new URL(url, LOCAL + page.urlPath);
  }

  let pathname: string;
  try {
    pathname = decodeURIComponent(target.pathname);
  } catch {
    return `malformed percent-encoding in ${target.pathname}`;
  }
  if (!pathname.startsWith(ctx.head)) return `points outside the base ${ctx.head} (missing withBase()?)`;
  const rel = pathname.slice(ctx.head.length);
  const candidate = join(ctx.root, rel);
  if (!candidate.startsWith(ctx.root)) return 'points above dist/';

  let file: string;
  if (rel === '' || rel.endsWith('/')) {
    file = join(candidate, 'index.html');
    if (!isFile(file)) return `no ${rel}index.html in dist/`;
  } else if (isFile(candidate)) {
    file = candidate;
  } else if (isFile(join(candidate, 'index.html'))) {
    // trailingSlash: 'always' — some hosts redirect, `astro preview` and others answer 404.
    return `missing trailing slash: write ${target.pathname}/`;
  } else {
    return `no file ${rel} in dist/`;
  }

  let fragment: string;
  try {
    fragment = decodeURIComponent(target.hash.slice(1));
  } catch {
    return `malformed percent-encoding in ${target.hash}`;
  }
  if (BUILTIN_FRAGMENTS.has(fragment) || !file.endsWith('.html')) return null;
  return (await ctx.idsOf(file)).has(fragment) ? null : `no id="${fragment}" on ${pathname}`;
}

/** One line per broken target, with the pages that have it: a broken header link is one line, not fifty. */
export function formatProblems(problems: LinkProblem[]): string[] {
  const groups = new Map<string, LinkProblem[]>();
  for (const p of problems) {
    const key = `${p.url}  — ${p.problem}`;
    groups.set(key, [...(groups.get(key) ?? []), p]);
  }
  return [...groups].map(([key, list]) => {
    const first = list[0];
    const where =
      list.length === 1 && first
        ? `${first.page} ${first.where}`
        : `${list.length} pages: ${list
            .slice(0, 3)
            .map((p) => p.page)
            .join(', ')}${list.length > 3 ? ', …' : ''}`;
    return `${key}  (${where})`;
  });
}

if (import.meta.main) {
  const { positionals } = cliArgs('check-links', 'node scripts/quality/check-links.ts [distDir] [base]', {
    allowPositionals: true,
  });
  const [dir = process.env['DIST_DIR'] || 'dist', base = process.env['BASE_PATH'] || '/'] = positionals;
  const { problems, pages, refs } = await checkLinks(dir, base, process.env['SITE_URL'] || undefined);
  for (const line of formatProblems(problems)) console.log(line);
  console.log(
    `check-links ${dir} at ${normaliseBase(base)}: ${pages} pages, ${refs} references, ${problems.length} problems`,
  );
  process.exitCode = problems.length > 0 ? 1 : 0;
}
