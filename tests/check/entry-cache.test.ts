/**
 * The checker's entry cache changes nothing but speed: on every fixture tree and on the real
 * content, a run that reads entries from the cache prints exactly what a run without it prints,
 * lines of problems between files included.
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { checkContent } from '../../scripts/check/check-content.ts';
import { EntryCache } from '../../scripts/check/entry-cache.ts';
import { formatProblem } from '../../scripts/check/problems.ts';

const project = join(import.meta.dirname, '..', '..');
const broken = join(project, 'tests', 'fixtures', 'broken');
const roots = [
  ...readdirSync(broken, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => join(broken, d.name)),
  join(project, 'src', 'content'),
];
const dir = mkdtempSync(join(tmpdir(), 'check-cache-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test.each(roots.map((r) => [r.slice(project.length + 1), r]))('%s: same problems from the cache', (_, root) => {
  const file = join(dir, `${readdirSync(dir).length}.bin`);
  const run = (cache?: EntryCache) =>
    checkContent({ root, cwd: project, ...(cache ? { cache } : {}) }).problems.map(formatProblem);
  const plain = run();
  const first = new EntryCache(file);
  expect(run(first)).toEqual(plain);
  first.save();
  const second = new EntryCache(file);
  expect(run(second)).toEqual(plain);
  expect(second.hits).toBeGreaterThan(0);
});
