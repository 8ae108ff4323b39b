/**
 * Social images (Open Graph / X cards): PNGs of the size `OG_IMAGE` announces (`src/lib/seo/meta.ts`),
 * with the page's title, what kind of page it is and the site name, drawn at build time with satori
 * (layout → SVG) and resvg (SVG → PNG). The font is Noto Sans from the npm package
 * `@fontsource/noto-sans`, read from node_modules: nothing is fetched.
 *
 * Drawing a card costs tens of milliseconds, so `cachedOgPng()` keeps each PNG in a cache folder
 * (`.astro/og/`, not committed) under a hash of everything that decides its pixels: the card's full
 * layout (text, kind and every style value), the size, and the versions of satori, resvg and the font.
 * A rebuild draws only the cards whose hash it has not seen; editing the layout changes every hash.
 * The cached file holds the very bytes a fresh drawing gives, so the output stays byte-identical.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { renderAsync } from '@resvg/resvg-js';
import satori from 'satori';
import type { Font } from 'satori';
import { OG_IMAGE } from '../seo/meta.ts';

export interface OgCard {
  title: string;
  /** e.g. "Background", "Person". */
  kind: string;
  siteName: string;
}

let fonts: Font[] | undefined;
const SUBSETS = ['latin', 'latin-ext', 'cyrillic'] as const;
const FAMILY = SUBSETS.map((s) => `'Noto Sans ${s}'`).join(', ');

/** Latin, Latin Extended and Cyrillic subsets (names such as "Syniehubov" or "Яблоново" render). */
function loadFonts(): Font[] {
  if (fonts) return fonts;
  const require = createRequire(import.meta.url);
  // Each subset under its own name, listed in `fontFamily`: satori falls back along that list per glyph.
  const read = (subset: string, weight: 400 | 700): Font => ({
    name: `Noto Sans ${subset}`,
    weight,
    style: 'normal',
    data: readFileSync(require.resolve(`@fontsource/noto-sans/files/noto-sans-${subset}-${weight}-normal.woff`)),
  });
  fonts = SUBSETS.flatMap((s) => [read(s, 700), read(s, 400)]);
  return fonts;
}

/** Long titles get a smaller size so they fit in four lines. */
export function titleSize(title: string): number {
  if (title.length <= 40) return 76;
  if (title.length <= 70) return 64;
  if (title.length <= 110) return 54;
  return 46;
}

type Node = { type: string; props: { style?: Record<string, unknown>; children?: Node | Node[] | string } };
const el = (type: string, style: Record<string, unknown>, children?: Node | Node[] | string): Node => ({
  type,
  props: children === undefined ? { style } : { style, children },
});

/** The card's layout as satori elements (plain objects; no JSX needed). */
export function cardLayout({ title, kind, siteName }: OgCard): Node {
  return el(
    'div',
    {
      width: '100%',
      height: '100%',
      boxSizing: 'border-box',
      display: 'flex',
      flexDirection: 'column',
      justifyContent: 'space-between',
      padding: '64px 72px',
      backgroundColor: '#10243e',
      color: '#ffffff',
      fontFamily: FAMILY,
      borderLeft: '24px solid #f2c14e',
    },
    [
      el(
        'div',
        { fontSize: 32, fontWeight: 700, color: '#f2c14e', textTransform: 'uppercase', letterSpacing: 3 },
        kind,
      ),
      el(
        'div',
        { display: 'flex', fontSize: titleSize(title), fontWeight: 700, lineHeight: 1.15, lineClamp: 4 },
        title,
      ),
      el('div', { fontSize: 30, fontWeight: 400, color: '#d6dde6' }, siteName),
    ],
  );
}

/** Renders one card to PNG bytes. */
export async function renderOgPng(card: OgCard): Promise<Uint8Array> {
  // satori's types expect a ReactNode; a plain element object is what JSX would produce.
  const svg = await satori(cardLayout(card) as unknown as Parameters<typeof satori>[0], {
    width: OG_IMAGE.width,
    height: OG_IMAGE.height,
    fonts: loadFonts(),
  });
  // renderAsync rasterises on resvg's own threads, so with `build.concurrency` the next card's layout
  // (satori, on the main thread) overlaps this one's rasterising: the images are most of a large build.
  const png = (await renderAsync(svg, { fitTo: { mode: 'original' }, font: { loadSystemFonts: false } })).asPng();
  return new Uint8Array(png);
}

/** Versions of what draws the pixels, so an upgrade redraws every card. */
function rendererVersions(): string {
  const require = createRequire(import.meta.url);
  const version = (pkg: string) => (require(`${pkg}/package.json`) as { version: string }).version;
  return ['satori', '@resvg/resvg-js', '@fontsource/noto-sans'].map((p) => `${p}@${version(p)}`).join(' ');
}

let versions: string | undefined;

/** The cache key of a card: a hash of its layout, size and renderer versions. */
export function ogCacheKey(card: OgCard): string {
  versions ??= rendererVersions();
  return createHash('sha256')
    .update(JSON.stringify({ layout: cardLayout(card), width: OG_IMAGE.width, height: OG_IMAGE.height, versions }))
    .digest('hex');
}

/** Where the cards are cached: `.astro/og/` under the project (the working directory of a build). */
export const OG_CACHE_DIR = join(process.cwd(), '.astro', 'og');

/** `renderOgPng()` through the cache folder: a card drawn before is read back, not drawn again. */
export async function cachedOgPng(card: OgCard, dir = OG_CACHE_DIR): Promise<Uint8Array> {
  const file = join(dir, `${ogCacheKey(card)}.png`);
  try {
    return new Uint8Array(readFileSync(file));
  } catch {
    // not drawn yet
  }
  const png = await renderOgPng(card);
  mkdirSync(dir, { recursive: true });
  // Written under a temporary name and renamed, so a build stopped halfway leaves no partial card.
  const partial = `${file}.${process.pid}.partial`;
  writeFileSync(partial, png);
  renameSync(partial, file);
  return png;
}
