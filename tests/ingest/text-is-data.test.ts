/**
 * Text is data: every generated fixture compiles as MDX, and each paragraph component receives
 * exactly the paragraph's text — no character was read as JSX, an expression, ESM or Markdown.
 */
import { compile, run } from '@mdx-js/mdx';
import { readdirSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { segmentText, type Segment } from '../../scripts/ingest/markup.ts';
import { ingestFixture } from './fixture.ts';

/** A JSX runtime that renders to plain text: enough to see what MDX hands to each component. */
const textRuntime = {
  Fragment: ({ children }: { children?: unknown }) => children,
  jsx: (type: unknown, props: Record<string, unknown>) =>
    typeof type === 'function' ? type(props) : props['children'],
  jsxs: (type: unknown, props: Record<string, unknown>) =>
    typeof type === 'function' ? type(props) : props['children'],
};

const flatten = (node: unknown): string[] =>
  Array.isArray(node) ? node.flatMap(flatten) : typeof node === 'string' ? [node] : [];

describe.each(readdirSync('tests/fixtures/ingest').sort())('%s', (name) => {
  test('each paragraph reaches its component as the exact source text', async () => {
    const { mdx } = ingestFixture(name);
    const [, frontmatter = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/u.exec(mdx) ?? [];
    const expected = (parse(frontmatter) as { paragraphs: Array<{ text: string }> }).paragraphs.map((p) => p.text);

    const code = String(await compile(body, { outputFormat: 'function-body' }));
    const { default: Content } = await run(code, { ...textRuntime, baseUrl: import.meta.url });
    const rendered: string[] = [];
    const ArticleParagraph = ({ segments }: { segments: Segment[] }) => rendered.push(segmentText(segments));
    flatten((Content as (p: object) => unknown)({ components: { ArticleParagraph } }));

    expect(rendered).toEqual(expected);
  });
});
