/**
 * `npm run build:fixtures [-- outDir]`: builds the site with the article shapes of
 * `tests/fixtures/ingest/` added as sources (each `<name>/input.txt` as `sources/<name>.txt`, with its
 * `meta.json` as the sidecar), into `.tmp/dist-fixtures/` by default. The browser tests visit those
 * articles' pages too (`tests/browser/sites.ts`), so a Ukrainian article, a post card or a credits
 * line is checked by axe and the other page tests like any real page. The build runs in a throw-away
 * project copy, so the work tree's `sources/` and `dist/` are never touched.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { cliArgs } from '../cli-args.ts';
import { PROJECT_ROOT, copyProject, removeCopy } from './project-copy.ts';

const FIXTURES = join(PROJECT_ROOT, 'tests/fixtures/ingest');

/**
 * The fixtures as extra source files (file name → content): every case whose input is not already one
 * of the real sources (the real article's fixture is the real article, built anyway).
 */
export function fixtureSources(): Record<string, string> {
  const real = new Set(
    readdirSync(join(PROJECT_ROOT, 'sources'))
      .filter((f) => f.endsWith('.txt'))
      .map((f) => readFileSync(join(PROJECT_ROOT, 'sources', f), 'utf8')),
  );
  const files: Record<string, string> = {};
  for (const name of readdirSync(FIXTURES).sort()) {
    const text = readFileSync(join(FIXTURES, name, 'input.txt'), 'utf8');
    if (real.has(text)) continue;
    files[`${name}.txt`] = text;
    const meta = join(FIXTURES, name, 'meta.json');
    if (existsSync(meta)) files[`${name}.meta.json`] = readFileSync(meta, 'utf8');
  }
  return files;
}

/** The article ids the fixtures become (`/articles/<id>/`). */
export const fixtureArticleIds = (): string[] =>
  Object.keys(fixtureSources())
    .filter((f) => f.endsWith('.txt'))
    .map((f) => f.slice(0, -'.txt'.length));

if (import.meta.main) {
  const { positionals } = cliArgs('fixture-site', 'npm run build:fixtures [-- outDir]', { allowPositionals: true });
  const out = resolve(positionals[0] ?? '.tmp/dist-fixtures');
  const root = copyProject('fixtures');
  try {
    for (const [name, text] of Object.entries(fixtureSources())) writeFileSync(join(root, 'sources', name), text);
    const env: NodeJS.ProcessEnv = { ...process.env };
    const run = spawnSync(process.execPath, ['scripts/build.ts'], { cwd: root, env, stdio: 'inherit' });
    if (run.status !== 0) {
      process.stderr.write('fixture-site — the build with the ingest fixtures failed; see above\n');
      process.exitCode = 1;
    } else {
      rmSync(out, { recursive: true, force: true });
      cpSync(join(root, 'dist'), out, { recursive: true });
      process.stdout.write(`fixture-site — built into ${out}\n`);
    }
  } finally {
    removeCopy(root);
  }
}
