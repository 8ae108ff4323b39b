/**
 * The real content must pass before any build. This needs the generated article
 * (`npm run ingest`) and the editors' pages in `src/content/`.
 */
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { checkContent } from '../../scripts/check/check-content.ts';
import { listContentFiles } from '../../scripts/check/content-files.ts';
import { formatProblem } from '../../scripts/check/problems.ts';

const project = join(import.meta.dirname, '..', '..');
const root = join(project, 'src', 'content');

test('src/content holds the generated article and at least one context page', () => {
  const collections = listContentFiles(root, project).files.map((file) => file.collection);
  expect(collections, 'no generated article: run npm run ingest').toContain('articles');
  expect(collections, 'no context page in src/content/context/').toContain('context');
});

test('the checker finds no problem in src/content', () => {
  const { problems } = checkContent({ root, cwd: project });
  expect(problems.map(formatProblem)).toEqual([]);
});
