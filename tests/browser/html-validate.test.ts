/**
 * Every built page is valid HTML by html-validate's recommended rules (one test per page). The
 * config lives here, not in a `.htmlvalidate.json`, so that it is read with its reasons.
 */
import { describe, expect, test } from 'vitest';
import { HtmlValidate, type ConfigData, type Message } from 'html-validate';
import { pageCases } from './sites.ts';

const HTML_VALIDATE_CONFIG: ConfigData = {
  root: true, // ignore any .htmlvalidate.json up the tree: this file is the whole config
  extends: ['html-validate:recommended'],
  rules: {
    // Relaxed, not off: Astro gives Markdown headings github-slugger ids, so "## 23 and 24 January"
    // becomes id="23-and-24-january". HTML5 allows an id to start with a digit; the strict mode
    // enforces the HTML4 rule. Relaxed still rejects empty ids and ids with spaces.
    'valid-id': ['error', { relaxed: true }],
    // Astro's compressHTML keeps one line break between blocks of rendered MDX and leaves the
    // spaces before it ("</p>  \n <p>"). Whitespace between blocks is insignificant in HTML, and
    // the rule is about hand-written source, which dist/ is not.
    'no-trailing-whitespace': 'off',
    // Source headlines are shown verbatim in <title> (the real one is 72 characters); the layout drops
    // the site name past 70, but will not cut a headline. 90 still catches a runaway title.
    'long-title': ['error', { maxlength: 90 }],
    // Every other rule is on. Switch one off only when Astro's own output (not our markup) breaks
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
    const lines = problems.map(describeMessage);
    // The lines go in the message too, so JSON reports (which keep only the message) say what broke.
    expect(lines, `${page.file}\n${lines.join('\n')}`).toEqual([]);
  });
});
