/**
 * Where a build's time went, read from Astro's own log: Vite's bundling of pages and MDX, and the
 * per-file times Astro prints while writing each route (split into OG images and HTML pages,
 * since the images are the costly part). Best effort: if Astro changes its log, the phases come
 * back empty and the bench just prints less.
 */
export interface BuildPhases {
  /** Seconds Vite reported for its largest bundle: pages, components and every MDX entry. */
  bundleS?: number;
  htmlPages: { count: number; seconds: number };
  ogImages: { count: number; seconds: number };
}

const ANSI = /\x1b\[[0-9;]*m/g;

export function buildPhases(log: string): BuildPhases {
  const text = log.replace(ANSI, '');
  const phases: BuildPhases = { htmlPages: { count: 0, seconds: 0 }, ogImages: { count: 0, seconds: 0 } };
  // Vite reports each of its bundles; the largest is the one with the pages (the order varies).
  for (const bundle of text.matchAll(/\[vite\] ✓ built in ([\d.]+)(ms|s)/g)) {
    const seconds = Number(bundle[1]) / (bundle[2] === 'ms' ? 1000 : 1);
    phases.bundleS = Math.max(phases.bundleS ?? 0, seconds);
  }
  for (const line of text.split('\n')) {
    const m = /[├└]─ (\S+) \(\+([\d.]+)(ms|s)\)/.exec(line);
    if (!m?.[1] || !m[2]) continue;
    const seconds = Number(m[2]) / (m[3] === 'ms' ? 1000 : 1);
    const bucket = /\.(png|jpe?g|webp|svg)$/.test(m[1]) ? phases.ogImages : phases.htmlPages;
    bucket.count++;
    bucket.seconds += seconds;
  }
  return phases;
}

/** `bundle 47.0 s · 1147 HTML pages 15.7 s · 1138 images 59.7 s`, or '' when the log said nothing. */
export function describePhases(p: BuildPhases): string {
  const parts: string[] = [];
  if (p.bundleS !== undefined) parts.push(`Vite bundle ${p.bundleS.toFixed(1)} s`);
  if (p.htmlPages.count) parts.push(`${p.htmlPages.count} HTML pages ${p.htmlPages.seconds.toFixed(1)} s`);
  if (p.ogImages.count) parts.push(`${p.ogImages.count} images ${p.ogImages.seconds.toFixed(1)} s`);
  return parts.join(' · ');
}
