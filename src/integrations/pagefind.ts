/**
 * Builds the Pagefind search index into `<outDir>/pagefind/` when `astro build` finishes, with Pagefind's
 * Node API (npm `pagefind`; its binary ships in `@pagefind/<platform>`, nothing is downloaded). Any outDir
 * and base path work, because the index stores page paths relative to the output folder and the search
 * page's script adds the base.
 *
 * Only pages with `data-pagefind-body` are indexed (the base layout puts it on `<main>` unless `noIndex`).
 * The build fails if no page was indexed, since search would then silently find nothing.
 *
 * astro.config.mjs: `import { pagefindIndex } from './src/integrations/pagefind.ts';`
 * and `integrations: [mdx(), pagefindIndex()]`.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

export function pagefindIndex(): AstroIntegration {
  return {
    name: 'pagefind-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const pagefind = await import('pagefind');
        const site = fileURLToPath(dir);
        try {
          const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
          if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
          const added = await index.addDirectory({ path: site });
          if (added.errors.length) throw new Error(`Pagefind could not index ${site}: ${added.errors.join('; ')}`);
          if (added.page_count === 0)
            throw new Error('Pagefind indexed no page: does the base layout put data-pagefind-body on <main>?');
          const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
          if (written.errors.length)
            throw new Error(`Pagefind could not write its files: ${written.errors.join('; ')}`);
          logger.info(`indexed ${added.page_count} pages into ${join(site, 'pagefind')}`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
