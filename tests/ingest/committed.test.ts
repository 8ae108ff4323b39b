/**
 * The generated articles in the repository are exactly what ingest writes from today's sources and
 * entity files. The comparison is `npm run check`'s (scripts/check/generated-articles.ts), so a failure
 * here reads as the check's one line: which article, out of date with what, and `npm run ingest`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { staleArticles } from '../../scripts/check/generated-articles.ts';
import { formatProblem } from '../../scripts/check/problems.ts';
import { claimedHash, contentHash } from '../../scripts/ingest/emit.ts';

const project = join(import.meta.dirname, '..', '..');
const content = join(project, 'src', 'content');

test('every source is ingested and up to date (run `npm run ingest` if not)', () => {
  expect(staleArticles(content, project).map(formatProblem)).toEqual([]);
  // The check leaves an article edited by hand to ingest, which refuses to overwrite it: none is committed.
  for (const file of readdirSync(join(content, 'articles')).filter((f) => f.endsWith('.json'))) {
    const text = readFileSync(join(content, 'articles', file), 'utf8');
    expect(claimedHash(text), `${file} was edited by hand since ingest wrote it`).toBe(contentHash(text));
  }
});
