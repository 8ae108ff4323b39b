/**
 * Builds the real project in a throw-away copy (so tests can add inputs without touching the tree):
 * ingest and `astro build` run as in `npm run build`, in a copy made by the quality scripts' own
 * `copyProject` (node_modules linked entry by entry, no shared cache).
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { copyProject } from '../../scripts/quality/project-copy.ts';

export interface BuiltSite {
  root: string;
  dist: string;
}

export function buildCopy(
  options: { extraSources?: Record<string, string>; env?: Record<string, string> } = {},
): BuiltSite {
  const root = copyProject('site');
  for (const [name, text] of Object.entries(options.extraSources ?? {}))
    writeFileSync(join(root, 'sources', name), text);
  // Vitest sets BASE_URL and friends; Astro would take them over the config's base path.
  const env: NodeJS.ProcessEnv = { ...process.env, ...options.env };
  for (const k of ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'SITE', 'ASSETS_PREFIX'])
    if (!(k in (options.env ?? {}))) delete env[k];
  const run = (args: string[]) => execFileSync(process.execPath, args, { cwd: root, env, stdio: 'pipe' });
  run(['scripts/ingest.ts', '--quiet']);
  run(['node_modules/astro/bin/astro.mjs', 'build', '--force', '--outDir', join(root, 'dist')]);
  return { root, dist: join(root, 'dist') };
}
