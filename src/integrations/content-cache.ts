/**
 * Keeps Astro's content-layer cache (the data store in `cacheDir`, and `.astro/` for dev) correct, so
 * `astro build` can reuse it instead of running with `--force`.
 *
 * Astro re-reads an entry only when its file changes, and clears the whole store only when the text of
 * `src/content.config.ts`, the serialisable Astro config or Astro's version changes. It does not see:
 * - the schemas, which live in their own modules (`src/schemas/`) and decide every entry's parsed data;
 * - the Markdown plugins' source and options, which decide the HTML cached for `.md` entries;
 * - upgrades of the packages those depend on.
 * An edit to any of them would leave entries parsed or rendered the old way. This integration hashes
 * those inputs before the content layer syncs: the content config and the Astro config with every module
 * they import from this project (followed through relative imports), and `package-lock.json`. When the
 * hash differs from the one the store was built with, it deletes the store, so that sync starts afresh.
 *
 * astro.config.mjs: `import { contentCacheGuard } from './src/integrations/content-cache.ts';` and
 * `integrations: [contentCacheGuard(), …]`.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

const STAMP = 'content-inputs.sha256';
const STORE = 'data-store.json';
const IMPORT =
  /(?:^|[\s;])(?:import|export)\s[^'"]*?from\s*['"](\.{1,2}\/[^'"]+)['"]|import\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]/gmu;

/** `entries` and every project file they import through relative paths, sorted. */
export function importClosure(entries: string[]): string[] {
  const seen = new Set<string>();
  const stack = entries.filter((f) => existsSync(f));
  while (stack.length) {
    const file = stack.pop() as string;
    if (seen.has(file)) continue;
    seen.add(file);
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(IMPORT)) {
      const spec = m[1] ?? m[2];
      if (!spec) continue;
      const target = resolve(dirname(file), spec);
      if (existsSync(target) && !seen.has(target)) stack.push(target);
    }
  }
  return [...seen].sort();
}

/** A hash of what decides the content store's entries beyond their own files (see above). */
export function contentInputsDigest(root: string): string {
  const files = [
    ...importClosure([join(root, 'src', 'content.config.ts'), join(root, 'astro.config.mjs')]),
    join(root, 'package-lock.json'),
  ];
  const hash = createHash('sha256');
  for (const file of files) {
    if (!existsSync(file)) continue;
    hash.update(`${relative(root, file)}\0`);
    hash.update(readFileSync(file));
    hash.update('\0');
  }
  return hash.digest('hex');
}

/**
 * Clears the content store in each of `dirs` that was built from other inputs than `digest`, and
 * records `digest` there. Returns the folders it cleared.
 */
export function guardStores(dirs: string[], digest: string): string[] {
  const cleared: string[] = [];
  for (const dir of dirs) {
    const stamp = join(dir, STAMP);
    const previous = existsSync(stamp) ? readFileSync(stamp, 'utf8').trim() : '';
    if (previous === digest) continue;
    if (existsSync(join(dir, STORE))) {
      rmSync(join(dir, STORE), { force: true });
      cleared.push(dir);
    }
    mkdirSync(dir, { recursive: true });
    writeFileSync(stamp, `${digest}\n`);
  }
  return cleared;
}

export function contentCacheGuard(): AstroIntegration {
  return {
    name: 'content-cache-guard',
    hooks: {
      'astro:config:setup': ({ config, logger }) => {
        const root = fileURLToPath(config.root);
        // Build keeps its store in cacheDir; dev keeps its own in .astro/.
        const dirs = [fileURLToPath(config.cacheDir), join(root, '.astro')];
        const cleared = guardStores(dirs, contentInputsDigest(root));
        if (cleared.length)
          logger.info(
            `schemas, plugins or dependencies changed: cleared the content cache in ${cleared.map((d) => relative(root, d) || '.').join(', ')}`,
          );
      },
    },
  };
}
