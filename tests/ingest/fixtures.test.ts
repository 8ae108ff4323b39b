/**
 * Fixture tests: `tests/fixtures/ingest/<case>/input.txt` (+ optional `meta.json` sidecar and
 * `entities.json` registry) → `expected.mdx`. Regenerate with `UPDATE=1 npx vitest run tests/ingest`
 * and review the diff like code.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { ROOT, ingestFixture } from './fixture.ts';

describe('ingest fixtures', () => {
  test.each(readdirSync(ROOT).sort())('%s matches expected.mdx', (name) => {
    const { mdx } = ingestFixture(name);
    const expectedPath = join(ROOT, name, 'expected.mdx');
    if (process.env.UPDATE === '1' || !existsSync(expectedPath)) writeFileSync(expectedPath, mdx);
    expect(mdx).toBe(readFileSync(expectedPath, 'utf8'));
  });
});
