/**
 * The two real builds every build test shares, each `npm run build` (scripts/build.ts) in a throw-away
 * project copy. tests/build/global-setup.ts starts them once per run, one after the other, while the
 * unit tests run; a build test waits for its site with `await builtSite(name)`.
 *
 * - `stories`: the project plus `tests/fixtures/stories/eastbrook/` (a second story, and an article in no
 *   story), with `SITE_URL` and `BASE_PATH=/explainer/`: absolute URLs, feeds, sitemap, base-path links.
 * - `fixtures`: the project plus the article shapes of `tests/fixtures/ingest/` as articles of their own
 *   (with their sidecars), at `/` without `SITE_URL`: no absolute URL, no feed.
 */
import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { inject } from 'vitest';
import { fixtureSources } from '../../scripts/quality/fixture-site.ts';

export const SITE_URL = 'https://news.example.org';
export const BASE = '/explainer/';

export const SITES = {
  stories: {
    env: { SITE_URL, BASE_PATH: BASE },
    prepare: (root: string) =>
      cpSync(join(import.meta.dirname, '..', 'fixtures', 'stories', 'eastbrook'), root, {
        recursive: true,
        filter: (src) => !src.endsWith('README.md'),
      }),
  },
  fixtures: {
    env: { SITE_URL: '', BASE_PATH: '' },
    prepare: (root: string) => {
      for (const [name, text] of Object.entries(fixtureSources())) writeFileSync(join(root, 'sources', name), text);
    },
  },
} satisfies Record<string, { env: Record<string, string>; prepare: (root: string) => void }>;

export type SiteName = keyof typeof SITES;

export interface BuiltSite {
  /** The project copy, with the generated articles of this build. */
  root: string;
  dist: string;
}

/** What the global setup writes beside a copy once its build has ended. */
export interface BuildResult {
  code: number | null;
  output: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    /** Each shared site's project copy (tests/build/global-setup.ts). */
    sites: Record<SiteName, string>;
  }
}

export const resultFile = (root: string): string => join(root, '..', 'build-result.json');

/** The built site, once its build has ended; throws with the build's output if it failed. */
export async function builtSite(name: SiteName): Promise<BuiltSite> {
  const root = inject('sites')[name];
  while (!existsSync(resultFile(root))) await new Promise((wake) => setTimeout(wake, 250));
  const result = JSON.parse(readFileSync(resultFile(root), 'utf8')) as BuildResult;
  if (result.code !== 0) throw new Error(`npm run build of the ${name} site failed in ${root}:\n${result.output}`);
  return { root, dist: join(root, 'dist') };
}
