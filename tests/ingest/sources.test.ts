/** The sidecar `<id>.meta.json`: what the text lacks, checked with the same date rule as the schemas. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { readSidecar } from '../../scripts/ingest/sources.ts';
import { isoDate } from '../../src/schemas/common.ts';

const dir = mkdtempSync(join(tmpdir(), 'sidecar-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function sidecar(published: string) {
  const file = join(dir, 'a.txt');
  writeFileSync(join(dir, 'a.meta.json'), JSON.stringify({ publisher: 'X', published }));
  return () => readSidecar(file);
}

test('a sidecar date that does not exist is refused, as the schema refuses it', () => {
  expect(sidecar('2024-02-30')).toThrow(/"published" must be a real day as YYYY-MM-DD or "unknown", not "2024-02-30"/);
  expect(isoDate.safeParse('2024-02-30').success).toBe(false);
});

test('a real day and "unknown" are accepted', () => {
  expect(sidecar('2024-02-29')().published).toBe('2024-02-29');
  expect(sidecar('unknown')().published).toBe('unknown');
});
