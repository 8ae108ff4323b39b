/**
 * No file the site's build compiles uses Vite's env object whole (`import.meta.env` not followed by `.`,
 * optional chaining and comments included). Astro then copies into the built code every environment
 * variable whose name the file mentions, such as `PATH`: the code would differ with the shell a build runs
 * in, and so would the incremental build's hash of it, which then renders every page again.
 */
import { globSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const WHOLE_ENV = /\bimport\.meta\.env\b(?!\.)/u;

test('the site reads import.meta.env one property at a time', () => {
  const files = globSync('src/**/*.{ts,mjs,js,astro,mdx}', { cwd: root });
  expect(files.length).toBeGreaterThan(50);
  const offending = files.filter((file) => WHOLE_ENV.test(readFileSync(join(root, file), 'utf8')));
  expect(offending).toEqual([]);
});
