/**
 * Fixture tests: `tests/fixtures/ingest/<case>/input.txt` (+ optional `meta.json` sidecar and
 * `entities.json` registry) → `expected.json`, the generated article file. A new case, or a deliberate change of output:
 * `npm run fixtures:accept -- <case>` writes its expected.json; review the diff like code.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { readExpected } from '../expected.ts';
import { ROOT, ingestFixture } from './fixture.ts';

describe('ingest fixtures', () => {
  test.each(readdirSync(ROOT).sort())('%s matches expected.json', (name) => {
    expect(ingestFixture(name).text).toBe(readExpected(join(ROOT, name, 'expected.json'), name));
  });
});
