/** Runs ingest's pure pipeline on one fixture folder, as the CLI would on `sources/<case>.txt`. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyse } from '../../scripts/ingest/analyse.ts';
import { emitArticle } from '../../scripts/ingest/emit.ts';
import type { Entity } from '../../src/text/mentions.ts';
import { UNKNOWN } from '../../scripts/ingest/published.ts';
import { readSource } from '../../scripts/ingest/read-source.ts';

export const ROOT = 'tests/fixtures/ingest';

/** The generated file's text (`text`), and the analysis it is made from. */
export function ingestFixture(name: string): { text: string; analysis: ReturnType<typeof analyse> } {
  const dir = join(ROOT, name);
  const json = <T>(file: string, fallback: T): T =>
    existsSync(join(dir, file)) ? JSON.parse(readFileSync(join(dir, file), 'utf8')) : fallback;
  const { text, sha256 } = readSource(`sources/${name}.txt`, readFileSync(join(dir, 'input.txt')));
  const analysis = analyse({
    file: `sources/${name}.txt`,
    text,
    sha256,
    meta: json('meta.json', { publisher: UNKNOWN, url: UNKNOWN, language: UNKNOWN, published: UNKNOWN }),
    entities: json<Entity[]>('entities.json', []),
  });
  return { text: emitArticle(analysis), analysis };
}
