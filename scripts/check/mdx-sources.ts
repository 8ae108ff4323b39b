/**
 * A context page's `sources` is the list printed at its foot: the sources its `<Cite>` components
 * name, and the sources of the figures its `<KeyFigure>` and `<FigureGroup>` show. A source listed there but cited nowhere on the page is a slip (a citation deleted, or one
 * never written), so it is reported. Sentences of the article, cited with `<SaysWho>`, are not listed:
 * they link to the article page, which names its own source.
 */
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { isRecord } from './content-index.ts';
import { closest } from './did-you-mean.ts';
import type { Entry } from './load-entry.ts';
import type { ContentIndex } from './content-index.ts';
import { editorComponents, figureSources } from './mdx-components.ts';
import { problemAt, type Problem } from './problems.ts';

/**
 * Ids named by `<Cite source="…" />` anywhere in the body. A misspelt tag (`<Cit …>`) or id is
 * reported by the component check; here it counts as citing the listed id it is closest to, so one
 * slip gives one line.
 */
function citedSources(tree: Root, listed: readonly string[], index: ContentIndex): Set<string> {
  const cited = new Set<string>();
  const names = Object.keys(editorComponents);
  visit(tree, (node) => {
    if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return;
    if (node.name === 'KeyFigure' || node.name === 'FigureGroup') {
      const key = node.name === 'KeyFigure' ? 'id' : 'group';
      const value = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === key)?.value;
      if (typeof value === 'string')
        for (const id of figureSources(index, key === 'id' ? { id: value } : { group: value })) cited.add(id);
      return;
    }
    if (!node.name || (node.name !== 'Cite' && closest(node.name, names) !== 'Cite')) return;
    for (const a of node.attributes) {
      if (a.type !== 'mdxJsxAttribute' || a.name !== 'source' || typeof a.value !== 'string') continue;
      cited.add(a.value);
      const near = closest(a.value, listed);
      if (near) cited.add(near);
    }
  });
  return cited;
}

export function checkListedSources(entry: Entry, index: ContentIndex): Problem[] {
  if (!entry.tree || !isRecord(entry.raw) || !Array.isArray(entry.raw['sources'])) return [];
  const listed = entry.raw['sources'].filter((id): id is string => typeof id === 'string');
  const cited = citedSources(entry.tree, listed, index);
  const problems: Problem[] = [];
  entry.raw['sources'].forEach((id: unknown, i) => {
    if (typeof id !== 'string' || cited.has(id)) return;
    const where = { file: entry.file.shown, line: entry.lineOf(['sources', i]), field: `sources[${i}]` };
    problems.push(problemAt(where, 'sourceNotCited', { id }));
  });
  return problems;
}
