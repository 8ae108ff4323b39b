/**
 * Every built page is valid HTML by html-validate's recommended rules (one test per page). The
 * config lives here, not in a `.htmlvalidate.json`, so that it is read with its reasons.
 */
import { describe, expect, test } from 'vitest';
import { HtmlValidate, type ConfigData, type Message } from 'html-validate';
import { pageCases } from './sites.ts';

export const HTML_VALIDATE_CONFIG: ConfigData = {
  root: true, // ignore any .htmlvalidate.json up the tree: this file is the whole config
  extends: ['html-validate:recommended'],
  rules: {
    // No rule is switched off yet. Add one only when Astro's own output (not our markup) breaks
    // it, and say here which output and why it is harmless.
  },
};

const validator = new HtmlValidate(HTML_VALIDATE_CONFIG);

const describeMessage = (m: Message): string => `${m.line}:${m.column} ${m.ruleId}: ${m.message} (${m.selector ?? ''})`;

describe('html-validate (recommended)', () => {
  test('the build has pages', () => {
    expect(pageCases.length, 'no .html in dist/: run `npm run build` first').toBeGreaterThan(0);
  });

  test.each(pageCases)('$name', async ({ page }) => {
    const report = await validator.validateFile(page.abs);
    const problems = report.results.flatMap((r) => r.messages).filter((m) => m.severity === 2);
    expect(problems.map(describeMessage), page.file).toEqual([]);
  });
});
