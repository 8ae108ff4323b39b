/**
 * The build is reproducible: two clean builds of the same sources give the same bytes.
 *
 *   npx node scripts/quality/reproducible.ts        (or KEEP_TMP=1 to keep both builds for diffing)
 *
 * Each build runs `npm run build` in its own copy of the project (scripts/quality/project-copy.ts),
 * so the two share no cache, sit at different paths (an absolute path leaking into the output
 * shows up as a difference) and run under different time zones (a date that depends on the
 * machine's zone shows up too). The shared work tree and its dist/ are never touched.
 * Lists every file that differs or exists in one build only; exits 1 on any difference that is
 * not an accepted exception below.
 *
 * The first copy is built twice, the way an editor works: first with one context page edited (its
 * title, summary, date and text), then with the edit undone, so its second build runs on the caches the
 * first left in `.astro/` (content store, checker entries, social images, the pages of the incremental
 * build) with one entry changed. That rebuild must give the same bytes as the second copy's clean build:
 * a cache may save work, never change output. A page that shows the edited page's title but kept the
 * edited copy (a cache key that misses what the page reads, src/lib/page-cache.ts) differs here. The
 * rebuild must also have copied pages from the previous build, or this gate would prove nothing about them.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { cliArgs } from '../cli-args.ts';
import { runMeasured } from './measure.ts';
import { copyProject, removeCopy } from './project-copy.ts';

/**
 * Files allowed to differ, each with its reason. Empty: nothing in the build is expected to
 * depend on time, path or machine. Add an entry only with a reason a reviewer can check.
 */
export const ACCEPTED: { pattern: RegExp; reason: string }[] = [];

/** Every file under `dir`, dot files included (which a glob would skip), relative with `/`, sorted. */
function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => !entry.isDirectory())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}

export interface DirDifference {
  file: string;
  kind: 'only in first' | 'only in second' | 'content differs';
}

export function compareDirs(a: string, b: string): DirDifference[] {
  const filesA = listFiles(a);
  const filesB = new Set(listFiles(b));
  const diffs: DirDifference[] = [];
  for (const file of filesA) {
    if (!filesB.has(file)) diffs.push({ file, kind: 'only in first' });
    else if (!readFileSync(join(a, file)).equals(readFileSync(join(b, file))))
      diffs.push({ file, kind: 'content differs' });
    filesB.delete(file);
  }
  for (const file of filesB) diffs.push({ file, kind: 'only in second' });
  return diffs;
}

/** First differing line of two text files, to show what changed without a diff tool. */
function firstDifference(a: string, b: string): string {
  const la = readFileSync(a, 'utf8').split('\n');
  const lb = readFileSync(b, 'utf8').split('\n');
  for (let i = 0; i < Math.max(la.length, lb.length); i++) {
    if (la[i] !== lb[i]) {
      const at = [...(la[i] ?? '')].findIndex((ch, j) => ch !== (lb[i] ?? '')[j]);
      const from = Math.max(0, at - 60);
      return `line ${i + 1}: «${(la[i] ?? '').slice(from, from + 160)}» vs «${(lb[i] ?? '').slice(from, from + 160)}»`;
    }
  }
  return 'line endings differ';
}

/** Builds `project`; returns how many pages Astro copied from the previous build instead of rendering them. */
async function build(label: string, timeZone: string, project: string): Promise<number> {
  // With a site URL, so the feeds, the sitemap and the social images are built and compared too.
  const env = { ...process.env, TZ: timeZone, SITE_URL: process.env['SITE_URL'] || 'https://news.example.org' };
  const result = await runMeasured('npm', ['run', 'build'], { cwd: project, env });
  if (result.code !== 0) {
    console.log(result.output.split('\n').slice(-40).join('\n'));
    throw new Error(`build ${label} failed (exit ${result.code}) in ${project}; KEEP_TMP=1 keeps the copies`);
  }
  // Astro marks each page it copied from the previous build instead of rendering it.
  const restored = result.output.match(/\(restored\)/gu)?.length ?? 0;
  console.log(
    `build ${label}: ${(result.ms / 1000).toFixed(1)} s, TZ=${timeZone}, ${restored} pages copied, in ${project}`,
  );
  return restored;
}

/** The page with every field other pages may show (title, summary, date) and its text changed. */
function editPage(text: string): string {
  const edits: [RegExp, string][] = [
    [/^title: "/mu, 'title: "Edited: '],
    [/^summary: "/mu, 'summary: "Edited. '],
    [/^updated: "\d{4}/mu, 'updated: "1999'],
    [/\n\n([A-Z])/u, '\n\nEdited. $1'],
  ];
  return edits.reduce((edited, [pattern, replacement]) => {
    if (!pattern.test(edited)) throw new Error(`reproducible: the page to edit has nothing matching ${pattern}`);
    return edited.replace(pattern, replacement);
  }, text);
}

/** The gate: the number of problems found (differences, or a rebuild that copied nothing). */
async function gate(copies: string[]): Promise<number> {
  // An edited page for the first build; the rebuild undoes the edit and runs on the caches.
  const first = copyProject('repro-a');
  copies.push(first);
  const contextDir = join(first, 'src', 'content', 'context');
  // A background page, not a hub: a hub is in every page's key, so editing one renders everything again.
  const name = readdirSync(contextDir)
    .filter((f) => f.endsWith('.mdx'))
    .sort()
    .find((f) => !/^hubFor:/mu.test(readFileSync(join(contextDir, f), 'utf8')));
  const page = join(contextDir, name ?? '');
  const original = readFileSync(page, 'utf8');
  writeFileSync(page, editPage(original));
  await build('a (one page edited)', 'UTC', first);
  writeFileSync(page, original);
  const rebuilt = await build('a again (edit undone, caches kept)', 'UTC', first);
  const second = copyProject('repro-b');
  copies.push(second);
  await build('b', 'Pacific/Kiritimati', second); // UTC+14: as far from UTC as a zone gets
  const distA = join(first, 'dist');
  const distB = join(second, 'dist');
  const diffs = compareDirs(distA, distB);
  let failures = 0;
  for (const d of diffs) {
    const accepted = ACCEPTED.find((a) => a.pattern.test(d.file));
    if (accepted) {
      console.log(`accepted  ${d.file} (${d.kind}): ${accepted.reason}`);
      continue;
    }
    failures++;
    const detail =
      d.kind === 'content differs' && /\.(html|css|js|json|xml|txt|svg)$/.test(d.file)
        ? ` — ${firstDifference(join(distA, d.file), join(distB, d.file))}`
        : '';
    console.log(`DIFFERS   ${d.file} (${d.kind})${detail}`);
  }
  console.log(
    `reproducible: ${listFiles(distA).length} files compared, ${failures} differ${diffs.length > failures ? `, ${diffs.length - failures} accepted` : ''}`,
  );
  if (rebuilt === 0) {
    failures++;
    console.log('NO PAGES COPIED by the rebuild: the incremental build is off, so the gate checked no copied page');
  }
  return failures;
}

if (import.meta.main) {
  cliArgs('reproducible', 'npx node scripts/quality/reproducible.ts', {});
  const copies: string[] = [];
  try {
    process.exitCode = (await gate(copies)) > 0 ? 1 : 0;
  } finally {
    // Also when a build fails or the edit finds nothing to change: no copy is left behind unless asked for.
    if (process.env['KEEP_TMP']) console.log(`kept: ${copies.join(' ')}`);
    else for (const copy of copies) removeCopy(copy);
  }
}
