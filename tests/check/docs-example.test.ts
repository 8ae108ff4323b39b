/** The example context page in docs/editing.md must itself pass the check, so editors can copy it. */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { checkContent } from '../../scripts/check/check-content.ts';
import { formatProblem } from '../../scripts/check/problems.ts';

const project = join(import.meta.dirname, '..', '..');

test('the example page in docs/editing.md passes npm run check against the real content', () => {
  const markdown = readFileSync(join(project, 'docs', 'editing.md'), 'utf8');
  const example = /```mdx\n([\s\S]*?)```/.exec(markdown)?.[1];
  expect(example, 'docs/editing.md has an ```mdx example').toBeDefined();
  const root = mkdtempSync(join(tmpdir(), 'docs-example-'));
  try {
    cpSync(join(project, 'src', 'content'), root, { recursive: true });
    writeFileSync(join(root, 'context', 'docs-example.mdx'), example ?? '');
    const { problems } = checkContent({ root, cwd: root });
    expect(problems.map(formatProblem)).toEqual([]);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
