/**
 * Moved pages' old addresses (see `src/components/layout/RedirectPage.astro`) are not pages of the site:
 * this integration takes them out of the sitemap after `@astrojs/sitemap` has written it, and
 * `scripts/quality/dist-pages.ts` leaves them out of the page checks. Put it after `sitemap()`.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** A redirect page: a document whose head sends the reader on with `<meta http-equiv="refresh">`. */
export function isRedirectPage(html: string): boolean {
  return /<meta http-equiv="refresh"/i.test(html.slice(0, 2000));
}

export function sitemapWithoutRedirects(base: string): AstroIntegration {
  return {
    name: 'sitemap-without-redirects',
    hooks: {
      'astro:build:done': ({ dir }) => {
        const root = fileURLToPath(dir);
        const head = base.endsWith('/') ? base : `${base}/`;
        for (const name of readdirSync(root).filter((n) => /^sitemap-\d+\.xml$/.test(n))) {
          const path = join(root, name);
          const xml = readFileSync(path, 'utf8');
          const kept = xml.replace(/<url><loc>([^<]+)<\/loc>.*?<\/url>/g, (url, loc: string) => {
            const page = join(root, new URL(loc).pathname.slice(head.length), 'index.html');
            return existsSync(page) && isRedirectPage(readFileSync(page, 'utf8')) ? '' : url;
          });
          if (kept !== xml) writeFileSync(path, kept);
        }
      },
    },
  };
}
