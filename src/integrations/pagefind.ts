/**
 * Builds the Pagefind search index into `<outDir>/pagefind/` when `astro build` finishes, with Pagefind's
 * Node API (npm `pagefind`; its binary ships in `@pagefind/<platform>`, nothing is downloaded). Any outDir
 * and base path work, because the index stores page paths relative to the output folder and the search
 * page's script adds the base.
 *
 * Only pages with `data-pagefind-body` are indexed (the base layout puts it on `<main>` unless `noIndex`).
 * The build fails if no page was indexed, since search would then silently find nothing.
 *
 * One index for every page, in one language (`forceLanguage`): Pagefind would otherwise split pages by
 * `<html lang>` into separate indexes, and the search page would only ever load its own language's, so
 * an article in Ukrainian could not be found from it. The index takes the language all indexed pages
 * share (`sharedLanguage`), which is the site's as long as any page is in English.
 *
 * astro.config.mjs: `import { pagefindIndex } from './src/integrations/pagefind.ts';`
 * and `integrations: [mdx(), pagefindIndex()]`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { sharedLanguage } from '../text/language.ts';

/** The `<html lang>` every indexed page of the build shares, else the site's language. */
export function indexLanguage(dir: string): string {
  const langs: string[] = [];
  for (const file of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    if (!file.endsWith('.html')) continue;
    const html = readFileSync(join(dir, file), 'utf8');
    if (!html.includes('data-pagefind-body')) continue;
    langs.push(/<html[^>]*\slang="?([^"\s>]*)/u.exec(html)?.[1] ?? '');
  }
  return sharedLanguage(langs.map((l) => l || null));
}

export function pagefindIndex(): AstroIntegration {
  return {
    name: 'pagefind-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const pagefind = await import('pagefind');
        const site = fileURLToPath(dir);
        try {
          const { index, errors } = await pagefind.createIndex({ forceLanguage: indexLanguage(site) });
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
