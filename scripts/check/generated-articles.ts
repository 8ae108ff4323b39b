/**
 * Generated articles against what ingest would write today. An article is generated from its source
 * (`sources/<id>.txt` and sidecar) and the entity files (`people/`, `places/`, `organisations/`: names and
 * aliases link mentions), so editing an alias leaves the committed article out of date until `npm run
 * ingest` runs again. `npm run build` ingests first; `npm run check` on its own says so here, one line
 * per article. Only the project's own content folder is compared (its sources are in `sources/`);
 * an article edited by hand is left to ingest, which refuses to overwrite it and says why.
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { collectionTable } from '../../src/schemas/collections.ts';
import { analyse } from '../ingest/analyse.ts';
import { claimedHash, contentHash, emitArticle } from '../ingest/emit.ts';
import { loadEntities } from '../ingest/entities.ts';
import { readSource } from '../ingest/read-source.ts';
import { listSources, readSidecar } from '../ingest/sources.ts';
import { showPath } from './content-files.ts';
import { problemAt, type Problem } from './problems.ts';

/** One problem per generated article that differs from what ingest writes from today's files. */
export function staleArticles(root: string, cwd: string): Problem[] {
  const problems: Problem[] = [];
  const entities = loadEntities(root);
  for (const source of listSources(join(cwd, 'sources'))) {
    const article = join(root, 'articles', `${basename(source, '.txt')}.${collectionTable.articles.format}`);
    const where = { file: showPath(article, cwd), line: 1, field: '(file)' };
    const shownSource = showPath(source, cwd);
    if (!existsSync(article)) {
      problems.push(
        problemAt(where, 'articleOutOfDate', { problem: `is missing: ${shownSource} has no generated article yet` }),
      );
      continue;
    }
    const current = readFileSync(article, 'utf8');
    if (claimedHash(current) !== contentHash(current)) continue;
    try {
      const { text, sha256 } = readSource(shownSource, readFileSync(source));
      if (!current.includes(`"sha256": "${sha256}"`)) {
        problems.push(
          problemAt(where, 'articleOutOfDate', {
            problem: `is out of date with ${shownSource}, which changed since ingest wrote it`,
          }),
        );
        continue;
      }
      const today = emitArticle(
        analyse({ file: relative(cwd, source), text, sha256, meta: readSidecar(source), entities }),
      );
      if (today !== current)
        problems.push(
          problemAt(where, 'articleOutOfDate', {
            problem: `is out of date with the entity files (${showPath(root, cwd)}/people, places, organisations: their names and aliases link mentions)`,
          }),
        );
    } catch (error) {
      // A source ingest cannot read: ingest names the problem.
      problems.push(
        problemAt(where, 'articleOutOfDate', {
          problem: `cannot be compared with its source (${(error as Error).message.split('\n')[0]})`,
        }),
      );
    }
  }
  return problems;
}
