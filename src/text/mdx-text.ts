/**
 * MDX → the prose a reader sees, one block (paragraph, heading, list item, table cell) per entry, for
 * matching mentions in editors' pages and counting their words. Parsed with Sätteri, the parser that
 * renders the pages (decision 0008), so a component, a comment or a link target is never mistaken for
 * prose. A component without children (`<Cite … />`) shows no prose of its own and is left out; one with
 * children keeps their text.
 *
 * Sätteri parses in Rust, about 13 times faster than remark (2,200 bodies: 0.12 s against 1.5 s), so a
 * body is parsed again wherever it is needed instead of kept.
 */
import type { Nodes, Parents, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { mdxToMdast } from 'satteri';

/** Sätteri's tree is mdast; its own types name the same nodes more loosely. */
const parse = (mdx: string): Root => mdxToMdast(mdx, { position: false }) as unknown as Root;

/** Blocks whose inline content is one run of prose. */
const PROSE_BLOCKS = new Set(['paragraph', 'heading', 'tableCell']);
/** Inline content: a component on one line (`<Aside>Some *text*.</Aside>`) holds it without a paragraph. */
const PHRASING = new Set(['text', 'emphasis', 'strong', 'delete', 'inlineCode', 'link', 'break', 'mdxJsxTextElement']);
const isProseBlock = (node: Nodes): boolean =>
  PROSE_BLOCKS.has(node.type) ||
  (node.type === 'mdxJsxFlowElement' && (node.children as Nodes[]).some((c) => PHRASING.has(c.type)));

/** The inline text of a node: text and code kept, expressions and childless components dropped. */
function inlineText(node: Nodes): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value;
  if (node.type === 'break') return ' ';
  if ('children' in node) return (node.children as Nodes[]).map(inlineText).join('');
  return ''; // expressions ({/* comments */}), html, images, frontmatter
}

function collectBlocks(node: Parents, blocks: string[]): void {
  for (const child of node.children as Nodes[]) {
    if (isProseBlock(child)) {
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
