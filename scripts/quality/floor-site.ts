/**
 * The framework floor for `npm run bench`: a bare Astro + MDX site with one glob collection, one route
 * and one small component, built with the project's own pinned astro and @astrojs/mdx (node_modules is
 * linked from the project, entry by entry, so the floor has its own caches). Its pages are MDX files of
 * the same shape as the scale run's context pages: a title, a summary, three paragraphs, a heading and a
 * component in every paragraph. What the project costs above this floor is what the project adds.
 *
 * Written into a temp folder; `removeCopy()` removes it.
 */
import { mkdirSync, mkdtempSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PROJECT_ROOT } from './project-copy.ts';

const CACHE_ENTRIES = new Set(['.astro', '.vite', '.cache']);

const CONFIG = `import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
export default defineConfig({ integrations: [mdx()], build: { format: 'directory' } });
`;

const CONTENT_CONFIG = `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
export const collections = {
  pages: defineCollection({
    loader: glob({ pattern: '*.mdx', base: './src/content/pages' }),
    schema: z.object({ title: z.string(), summary: z.string(), updated: z.string() }),
  }),
};
`;

const ROUTE = `---
import { getCollection, render } from 'astro:content';
import Note from '../../components/Note.astro';
export async function getStaticPaths() {
  return (await getCollection('pages')).map((entry) => ({ params: { id: entry.id }, props: { entry } }));
}
const { entry } = Astro.props;
const { Content } = await render(entry);
---
<html lang="en">
  <head><meta charset="utf-8" /><title>{entry.data.title}</title><meta name="description" content={entry.data.summary} /></head>
  <body><main><h1>{entry.data.title}</h1><Content components={{ Note }} /></main></body>
</html>
`;

const COMPONENT = `---
const { label } = Astro.props;
---
<sup class="note">[{label}]</sup>
<style>.note { font-size: 0.75em; }</style>
`;

function page(n: number): string {
  const pad = String(n).padStart(4, '0');
  return `---
title: Floor page ${pad}
summary: A generated page for the build benchmark's framework floor, number ${pad}.
updated: '2026-01-01'
---

This generated page exists to measure how a bare Astro site scales with many pages, number ${pad} of the run <Note label="1" />.

## Background

The floor has one collection, one route and one component, and nothing else an explainer adds <Note label="2" />.

Each paragraph carries a component, so the floor renders components the way real pages do <Note label="3" />.
`;
}

/** Writes a floor site with `pages` MDX pages into a new temp folder; returns the project path. */
export function createFloorSite(pages: number): string {
  const parent = mkdtempSync(join(tmpdir(), 'bench-floor-'));
  const root = join(parent, 'project');
  const dirs = ['src/content/pages', 'src/pages/pages', 'src/components', 'node_modules'];
  for (const dir of dirs) mkdirSync(join(root, dir), { recursive: true });
  for (const entry of readdirSync(join(PROJECT_ROOT, 'node_modules')))
    if (!CACHE_ENTRIES.has(entry))
      symlinkSync(join(PROJECT_ROOT, 'node_modules', entry), join(root, 'node_modules', entry));
  writeFileSync(
    join(root, 'package.json'),
    `${JSON.stringify({ name: 'bench-floor', private: true, type: 'module', scripts: { build: 'astro build' } }, null, 2)}\n`,
  );
  writeFileSync(join(root, 'astro.config.mjs'), CONFIG);
  writeFileSync(join(root, 'src/content.config.ts'), CONTENT_CONFIG);
  writeFileSync(join(root, 'src/pages/pages/[id].astro'), ROUTE);
  writeFileSync(join(root, 'src/components/Note.astro'), COMPONENT);
  for (let n = 1; n <= pages; n++)
    writeFileSync(join(root, 'src/content/pages', `floor-page-${String(n).padStart(4, '0')}.mdx`), page(n));
  return root;
}

/** Path of one floor page, for the rebuild-after-one-edit measurement. */
export function floorPagePath(root: string, n: number): string {
  return join(root, 'src/content/pages', `floor-page-${String(n).padStart(4, '0')}.mdx`);
}
