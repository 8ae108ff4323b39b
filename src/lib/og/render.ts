/**
 * Social images (Open Graph / X cards): 1200×630 PNG with the page's title, what kind of page it is and the
 * site name, drawn at build time with satori (layout → SVG) and resvg (SVG → PNG). The font is Noto Sans
 * from the npm package `@fontsource/noto-sans`, read from node_modules: nothing is fetched.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { renderAsync } from '@resvg/resvg-js';
import satori from 'satori';
import type { Font } from 'satori';

export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;

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
    width: OG_WIDTH,
    height: OG_HEIGHT,
    fonts: loadFonts(),
  });
  // renderAsync rasterises on resvg's own threads, so with `build.concurrency` the next card's layout
  // (satori, on the main thread) overlaps this one's rasterising: the images are most of a large build.
  const png = (await renderAsync(svg, { fitTo: { mode: 'original' }, font: { loadSystemFonts: false } })).asPng();
  return new Uint8Array(png);
}
