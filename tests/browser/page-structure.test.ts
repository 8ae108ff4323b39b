/**
 * The frame every page must have: a language, exactly one h1, an icon link, and a skip link that
 * is the first thing the keyboard reaches and that moves focus to the page's heading (or main).
 */
import { describe, expect, test } from 'vitest';
import { useHarness } from './harness.ts';
import { pageCases } from './sites.ts';

const harness = useHarness();

describe('page structure and skip link', () => {
  test.each(pageCases)('$name', async ({ site, page }) => {
    const w = await harness.open({ width: 1280, height: 800 });
    try {
      await w.page.goto(harness.url(site, page.urlPath), { waitUntil: 'load' });
      const frame = await w.page.evaluate(() => ({
        lang: document.documentElement.getAttribute('lang') ?? '',
        h1Count: document.querySelectorAll('h1').length,
        icon: document.querySelector('link[rel~="icon"]')?.getAttribute('href') ?? null,
      }));
      expect(frame.lang, 'html[lang]').toMatch(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/);
      expect(frame.h1Count, 'number of <h1>').toBe(1);

      await w.page.keyboard.press('Tab');
      const skip = await w.page.evaluate(() => {
        const el = document.activeElement;
        if (!el || el === document.body) return null;
        const box = el.getBoundingClientRect();
        return {
          tag: el.tagName.toLowerCase(),
          href: el.getAttribute('href') ?? '',
          text: (el.textContent ?? '').trim(),
          // A skip link may hide until focused, but must then be seen (WCAG 2.4.7 focus visible).
          visible: box.width > 1 && box.height > 1 && box.top >= 0 && box.left >= 0 && box.right <= window.innerWidth,
        };
      });
      expect(skip, 'first Tab focuses nothing').not.toBeNull();
      expect(skip?.tag, `first Tab focuses <${skip?.tag}> "${skip?.text}", not a skip link`).toBe('a');
      expect(skip?.href, 'skip link href is a #fragment').toMatch(/^#.+/);
      expect(skip?.visible, 'skip link is visible when focused').toBe(true);

      await w.page.keyboard.press('Enter');
      const landed = await w.page.evaluate((href) => {
        const target = document.getElementById(decodeURIComponent(href.slice(1)));
        return {
          targetTag: target?.tagName.toLowerCase() ?? 'missing',
          focusedTarget: target !== null && document.activeElement === target,
          hash: location.hash,
        };
      }, skip?.href ?? '#');
      expect(landed.targetTag, `skip link target ${skip?.href}`).toMatch(/^(h1|main)$/);
      expect(landed.hash, 'URL fragment after Enter').toBe(skip?.href);
      expect(landed.focusedTarget, 'focus moved to the target (h1 needs tabindex="-1")').toBe(true);

      // Without <link rel="icon"> a browser asks for /favicon.ico at the host's root, which is outside
      // the base under /explainer/; the 404 is a console error (Lighthouse best practices < 100).
      // Headless Chromium skips that request, so the other tests cannot see it. check-links checks the href.
      expect(frame.icon, '<link rel="icon"> in <head>').not.toBeNull();
    } finally {
      await w.close();
    }
  });
});
