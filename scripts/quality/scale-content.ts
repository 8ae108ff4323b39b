/**
 * Content for the scale run of `npm run bench`: many articles and context pages, written into a
 * throw-away copy of the project (never the real tree). Articles go in as raw `sources/*.txt`, so
 * the whole pipeline (ingest → check → astro build) runs on them, as it would on real ones.
 *
 * Each extra article is the real one with a few words changed (weekday, region, counts), so it
 * goes through ingest like a real article but is not byte-identical (no accidental dedup). Each
 * context page cites `source-article` in every paragraph, as the house rule requires.
 */
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const DIRECTIONS = ['western', 'southern', 'northern', 'eastern'];

/** Variant `n` of the article text: same lines, same structure, a few words changed. */
export function varyArticle(text: string, n: number): string {
  const lines = text.split('\n');
  return lines
    .map((line, i) => {
      if (i === 1) return `${line} (scale copy ${n})`; // the headline
      return line
        .replace(/\bWednesday\b/g, WEEKDAYS[n % 7] ?? 'Wednesday')
        .replace(/\bwestern\b/g, DIRECTIONS[n % 4] ?? 'western')
        .replace(/\bnine people\b/g, `${['two', 'three', 'four', 'nine'][n % 4]} people`);
    })
    .join('\n');
}

function contextPage(n: number, articleId: string, story: string | undefined): string {
  const pad = String(n).padStart(4, '0');
  return `---
title: Scale test background page ${pad}${story ? `\nstory: ${story}` : ''}
summary: A generated background page for the build benchmark, number ${pad}; it is never published.
updated: 2026-01-01
sources:
  - source-article
order: ${1000 + n}
---

This generated page exists to measure how the build scales with many context pages, number ${pad} of the run <Cite source="source-article" />.

## Background

The source article, ${articleId}, reports a plane crash in Belgorod region and the claims made about it by each side <Cite source="source-article" />.

Each paragraph of a context page carries a citation, so the benchmark renders the same components real pages use <Cite source="source-article" />.
`;
}

export interface ScaleCounts {
  articles: number;
  contextPages: number;
}

/**
 * Fills `project` (a copy) up to `counts.articles` raw articles and adds `counts.contextPages`
 * context pages. Returns how many files it wrote.
 */
export function generateScaleContent(project: string, counts: ScaleCounts): { articles: number; contextPages: number } {
  const sourcesDir = join(project, 'sources');
  const existing = readdirSync(sourcesDir)
    .filter((f) => f.endsWith('.txt'))
    .sort();
  const model = existing[0];
  if (!model) throw new Error(`no sources/*.txt in ${project} to vary`);
  const modelId = model.replace(/\.txt$/, '');
  const text = readFileSync(join(sourcesDir, model), 'utf8');
  const meta = readFileSync(join(sourcesDir, `${modelId}.meta.json`), 'utf8');

  let articles = 0;
  for (let n = 1; existing.length + articles < counts.articles; n++) {
    const id = `scale-article-${String(n).padStart(3, '0')}`;
    writeFileSync(join(sourcesDir, `${id}.txt`), varyArticle(text, n));
    writeFileSync(join(sourcesDir, `${id}.meta.json`), meta);
    articles++;
  }

  // Flat, beside the real pages: a sub-folder would put a slash in the entry id and the route.
  const contextDir = join(project, 'src', 'content', 'context');
  mkdirSync(contextDir, { recursive: true });
  // Every background page belongs to a story: the generated ones join the first hub (a page with `hubFor`).
  const hub = readdirSync(contextDir)
    .filter((f) => f.endsWith('.mdx'))
    .sort()
    .find((f) => /^hubFor:/mu.test(readFileSync(join(contextDir, f), 'utf8')))
    ?.replace(/\.mdx$/u, '');
  for (let n = 1; n <= counts.contextPages; n++) {
    writeFileSync(scalePagePath(project, n), contextPage(n, modelId, hub));
  }
  return { articles, contextPages: counts.contextPages };
}

/** Path of generated context page `n` in `project`. */
export function scalePagePath(project: string, n: number): string {
  return join(project, 'src', 'content', 'context', `scale-page-${String(n).padStart(4, '0')}.mdx`);
}
