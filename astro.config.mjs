// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { contentCacheGuard } from './src/integrations/content-cache.ts';
import { pagefindIndex } from './src/integrations/pagefind.ts';
import { sitemapWithoutRedirects } from './src/integrations/sitemap-without-redirects.ts';

/** Base path and site URL come from the environment so `dist/` can be hosted anywhere. */
const base = process.env.BASE_PATH || '/';
const site = process.env.SITE_URL || undefined;

export default defineConfig({
  // Without SITE_URL no absolute URL is emitted at all, rather than one with a wrong host.
  ...(site ? { site } : {}),
  base,
  // Per checkout, not in node_modules: build tests link node_modules into temporary copies, and a shared
  // content cache would serve one copy's entries to another.
  cacheDir: './.astro/cache',
  trailingSlash: 'always',
  // Pages render 4 at a time so social images rasterise in parallel (see src/lib/og/render.ts);
  // measured with `npm run bench` (docs/performance.md).
  build: { format: 'directory', concurrency: 4 },
  // 'jsx' (the v7 default) drops spaces between inline elements; article text must survive byte for byte.
  compressHTML: true,
  devToolbar: { enabled: false },
  // A page whose cache key and code are unchanged since the last build is copied from it rather than
  // rendered again (src/lib/page-cache.ts says what a key covers; docs/decisions/0009-incremental-build.md).
  experimental: { incrementalBuild: true },
  // The content cache is kept between builds and cleared when a schema, plugin or dependency changes
  // (src/integrations/content-cache.ts). Pagefind indexes the output after every build; the sitemap needs
  // absolute URLs, so only with SITE_URL.
  integrations: [
    contentCacheGuard(),
    mdx(),
    pagefindIndex(),
    ...(site ? [sitemap({ filter: (page) => !page.endsWith('/search/') }), sitemapWithoutRedirects(base)] : []),
  ],
  vite: {
    build: {
      rollupOptions: {
        // Astro's MDX output starts with a "use astro:head-inject" directive that the bundler warns about
        // once per MDX page (withastro/astro#18087). The warning is harmless, and it buried real messages.
        onwarn(warning, warn) {
          if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
        },
      },
    },
  },
});
