/**
 * MDX → the prose a reader sees, one block (paragraph, heading, list item, table cell) per entry, for
 * matching mentions in editors' pages. Parsed with the same remark + MDX parser the checker uses, so a
 * component, a comment or a link target is never mistaken for prose. A component without children
 * (`<Cite … />`) shows no prose of its own and is left out; one with children keeps their text.
 */
import type { Nodes, Parents, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

const parser = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm).use(remarkMdx);

/** Blocks whose inline content is one run of prose. */
const PROSE_BLOCKS = new Set(['paragraph', 'heading', 'tableCell']);

/** The inline text of a node: text and code kept, expressions and childless components dropped. */
function inlineText(node: Nodes): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value;
  if (node.type === 'break') return ' ';
  if ('children' in node) return (node.children as Nodes[]).map(inlineText).join('');
  return ''; // expressions ({/* comments */}), html, images, frontmatter
}

function collectBlocks(node: Parents, blocks: string[]): void {
  for (const child of node.children as Nodes[]) {
    if (PROSE_BLOCKS.has(child.type)) {
      // Removing a component can leave a space before punctuation ("said <Cite />." → "said .") or two spaces.
      blocks.push(
        inlineText(child)
          .replace(/\s+/gu, ' ')
          .replace(/ ([.,;:])/gu, '$1')
          .trim(),
      );
    } else if ('children' in child) collectBlocks(child, blocks);
  }
}

// A build reads each context page's body twice (mentions, reading time): parse it once.
const parsed = new Map<string, Root>();
function parse(mdx: string): Root {
  let tree = parsed.get(mdx);
  if (!tree) parsed.set(mdx, (tree = parser.parse(mdx) as Root));
  return tree;
}

/** The prose blocks of an MDX body (without frontmatter), in order. */
export function mdxProseBlocks(mdx: string): string[] {
  const tree = parse(mdx);
  const blocks: string[] = [];
  collectBlocks(tree, blocks);
  return blocks.filter((b) => b !== '');
}

/** The number of words in an MDX body, as the reading time counts them (every text in the tree). */
export function proseWords(mdx: string): number {
  return toString(parse(mdx)).split(/\s+/u).filter(Boolean).length;
}
