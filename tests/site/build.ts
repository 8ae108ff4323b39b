/**
 * Builds the real project in a throw-away copy (so tests can add inputs without touching the tree):
 * `scripts/build.ts`, exactly what `npm run build` runs, in a copy made by the quality scripts' own
 * `copyProject` (node_modules linked entry by entry, no shared cache).
 */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
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
  const run = runBuild(root, options.env);
  if (run.status !== 0) throw new Error(`npm run build failed in ${root}:\n${run.stdout}\n${run.stderr}`);
  return { root, dist: join(root, 'dist') };
}

/** Runs `npm run build` (scripts/build.ts) in a project copy and returns what it printed and its exit code. */
export function runBuild(root: string, extraEnv: Record<string, string> = {}): SpawnSyncReturns<string> {
  // Vitest sets BASE_URL and friends; Astro would take them over the config's base path.
  const env: NodeJS.ProcessEnv = { ...process.env, ...extraEnv };
  for (const k of ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'SITE', 'ASSETS_PREFIX'])
    if (!(k in extraEnv)) delete env[k];
  return spawnSync(process.execPath, ['scripts/build.ts'], { cwd: root, env, encoding: 'utf8' });
}
