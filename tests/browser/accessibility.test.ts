/**
 * axe-core finds no WCAG 2.2 AA violation on any built page. It runs in the real browser, so
 * colour contrast is checked against the rendered styles.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, test } from 'vitest';
import type { AxeResults } from 'axe-core';
import { useHarness } from './harness.ts';
import { pageCases } from './sites.ts';

/**
 * axe goes in through the DevTools protocol (page.evaluate), not a <script> tag: our pages carry a
 * Content-Security-Policy of `script-src 'self'`, which rightly blocks an injected inline script,
 * and loosening it with bypassCSP would hide CSP errors from the other tests.
 */
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const harness = useHarness();

/** One line per rule broken, with the offending elements, so the failure says what to fix. */
function describeViolations(results: AxeResults): string[] {
  return results.violations.map(
    (v) =>
      `${v.id} (${v.impact ?? 'n/a'}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(' | ')} — ${v.helpUrl}`,
  );
}

describe('axe: no WCAG 2.2 AA violations', () => {
  test.each(pageCases)('$name', async ({ site, page }) => {
    const w = await harness.open();
    try {
      await w.page.goto(harness.url(site, page.urlPath), { waitUntil: 'load' });
      await w.page.evaluate(AXE_SOURCE);
      const results = await w.page.evaluate(
        (values) =>
          (window as unknown as { axe: typeof import('axe-core') }).axe.run(document, {
            runOnly: { type: 'tag', values },
            resultTypes: ['violations'],
          }),
        TAGS,
      );
      const violations = describeViolations(results);
      expect(violations, violations.join('\n')).toEqual([]);
    } finally {
      await w.close();
    }
  });
});
