/**
 * House rule: every statement on a context page is either from the article, attributed as the
 * article attributes it, or cites a real source. So each paragraph, and each list item, carries a
 * citation component. Headings do not state facts and are exempt.
 */
import type { Nodes, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { closest } from './did-you-mean.ts';
import { editorComponents } from './mdx-components.ts';
import { problemAt, type Problem } from './problems.ts';

const citationNames = Object.keys(editorComponents);

/** A misspelt citation (`<Cit …/>`) counts as one: it is reported once, as a misspelling. */
const isCitation = (name: string): boolean =>
  citationNames.includes(name) || closest(name, citationNames) !== undefined;

function cites(node: Nodes): boolean {
  if ((node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement') && node.name && isCitation(node.name))
    return true;
  return 'children' in node && (node.children as Nodes[]).some(cites);
}

/** The first words of a block, so the editor can find it: `"The Il-76 is a four-engine…"`. */
function opening(node: Nodes): string {
  const text = toString(node).replace(/\s+/g, ' ').trim();
  if (text.length <= 40) return text;
  const cut = text.slice(0, 40);
  return `${cut.slice(0, cut.lastIndexOf(' ') > 20 ? cut.lastIndexOf(' ') : 40)}…`;
}

export function checkCitations(tree: Root, file: string): Problem[] {
  const problems: Problem[] = [];
  visit(tree, (node, _index, parent) => {
    // A list item is checked as a whole (its paragraphs together); paragraphs elsewhere one by one.
    const isBlock = node.type === 'listItem' || (node.type === 'paragraph' && parent?.type !== 'listItem');
    if (!isBlock || cites(node)) return;
    const field = node.type === 'listItem' ? 'list item' : 'paragraph';
    problems.push(
      problemAt({ file, line: node.position?.start.line ?? 1, field }, 'uncitedBlock', { opening: opening(node) }),
    );
  });
  return problems;
}
