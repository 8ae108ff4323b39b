/**
 * Builds the real project in a throw-away copy (so tests can add inputs without touching the tree):
 * source files are copied, node_modules is linked, then ingest and `astro build` run as in `npm run build`.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const COPIED = ['src', 'scripts', 'sources', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json'];

export interface BuiltSite {
  root: string;
  dist: string;
}

export function buildCopy(options: { extraSources?: Record<string, string>; env?: Record<string, string> } = {}): BuiltSite {
  const root = mkdtempSync(join(tmpdir(), 'site-'));
  for (const item of COPIED.filter((i) => existsSync(i))) cpSync(resolve(item), join(root, item), { recursive: true });
  symlinkSync(resolve('node_modules'), join(root, 'node_modules'), 'dir');
  for (const [name, text] of Object.entries(options.extraSources ?? {})) writeFileSync(join(root, 'sources', name), text);
  // Vitest sets BASE_URL and friends; Astro would take them over the config's base path.
  const env: NodeJS.ProcessEnv = { ...process.env, ...options.env };
  for (const k of ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'SITE', 'ASSETS_PREFIX']) if (!(k in (options.env ?? {}))) delete env[k];
  const run = (args: string[]) => execFileSync(process.execPath, args, { cwd: root, env, stdio: 'pipe' });
  run(['scripts/ingest.ts', '--quiet']);
  run(["node_modules/astro/bin/astro.mjs", "build", "--force", "--outDir", join(root, "dist")]);
  return { root, dist: join(root, 'dist') };
}
