/**
 * What `<SeoHead>` puts in `<head>`, as data: canonical link, Open Graph and X card tags, and the
 * Content-Security-Policy. Pure, so the rules are unit-tested rather than read off rendered HTML.
 *
 * Without `SITE_URL` there is no canonical link, no `og:url` and no `og:image`: Open Graph wants absolute
 * URLs, and a relative one or a guessed host would be wrong. Title, description and type still go out.
 */
import { absoluteUrl, SITE_NAME } from './urls.ts';
import type { UrlContext } from './urls.ts';

export interface SeoInput {
  title: string;
  description: string;
  /** Site-relative path of the page, without the base: `/claims/`. */
  path: string;
  /** Site-relative path of the page's social image: `/og/claims.png`. */
  image?: string | undefined;
  type?: 'article' | 'website' | undefined;
  /** YYYY-MM-DD. */
  published?: string | undefined;
  modified?: string | undefined;
}

/** One `<meta>`: `name` for plain and X tags, `property` for Open Graph. */
export type MetaTag = { name: string; content: string } | { property: string; content: string };

export interface SeoTags {
  canonical: string | null;
  meta: MetaTag[];
}

/** The size of every social image: what `src/lib/og/render.ts` draws and what the meta tags announce. */
export const OG_IMAGE = { width: 1200, height: 630 } as const;

export function seoTags(input: SeoInput, ctx: UrlContext): SeoTags {
  const canonical = absoluteUrl(input.path, ctx);
  const image = input.image ? absoluteUrl(input.image, ctx) : null;
  const type = input.type ?? 'website';
  const meta: MetaTag[] = [
    { name: 'description', content: input.description },
    { property: 'og:type', content: type },
    { property: 'og:site_name', content: SITE_NAME },
    { property: 'og:locale', content: 'en_GB' },
    { property: 'og:title', content: input.title },
    { property: 'og:description', content: input.description },
  ];
  if (canonical) meta.push({ property: 'og:url', content: canonical });
  if (image) {
    meta.push(
      { property: 'og:image', content: image },
      { property: 'og:image:type', content: 'image/png' },
      { property: 'og:image:width', content: String(OG_IMAGE.width) },
      { property: 'og:image:height', content: String(OG_IMAGE.height) },
      { property: 'og:image:alt', content: `Title card: ${input.title}` },
    );
  }
  if (type === 'article') {
    if (input.published) meta.push({ property: 'article:published_time', content: input.published });
    if (input.modified ?? input.published)
      meta.push({ property: 'article:modified_time', content: (input.modified ?? input.published)! });
  }
  // X reads og:title, og:description and og:image; only the card type is its own.
  meta.push({ name: 'twitter:card', content: image ? 'summary_large_image' : 'summary' });
  return { canonical, meta };
}

/**
 * The Content-Security-Policy for a `<meta http-equiv>`: everything from this origin only.
 * - `style-src 'unsafe-inline'`: Astro inlines small stylesheets as `<style>` (build.inlineStylesheets 'auto').
 * - `script-src 'self'`: no inline script anywhere. JSON-LD is data, which the browser never runs, so CSP
 *   does not apply to it. The search page loads its own module and Pagefind from this origin; Pagefind
 *   compiles WebAssembly, which needs `'wasm-unsafe-eval'`, granted on the search page only.
 * - `frame-ancestors` cannot be set from a `<meta>`; a host that can send headers should add it.
 */
export function contentSecurityPolicy({ search = false }: { search?: boolean } = {}): string {
  return [
    "default-src 'self'",
    "img-src 'self' data:",
    "style-src 'self' 'unsafe-inline'",
    `script-src 'self'${search ? " 'wasm-unsafe-eval'" : ''}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}
