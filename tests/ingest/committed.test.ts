/** The generated articles in the repository are exactly what ingest writes from today's sources and entity files. */
import { readFileSync } from 'node:fs';
import { basename, relative } from 'node:path';
import { expect, test } from 'vitest';
import { analyse } from '../../scripts/ingest/analyse.ts';
import { emitMdx } from '../../scripts/ingest/emit.ts';
import { loadEntities } from '../../scripts/ingest/entities.ts';
import { readSource } from '../../scripts/ingest/read-source.ts';
import { listSources, readSidecar } from '../../scripts/ingest/sources.ts';

test.each(listSources('sources'))('%s is ingested and up to date (run `npm run ingest` if not)', (file) => {
  const { text, sha256 } = readSource(file, readFileSync(file));
  const mdx = emitMdx(
    analyse({
      file: relative(process.cwd(), file),
      text,
      sha256,
      meta: readSidecar(file),
      entities: loadEntities('src/content'),
    }),
  );
  expect(readFileSync(`src/content/articles/${basename(file, '.txt')}.mdx`, 'utf8')).toBe(mdx);
});
