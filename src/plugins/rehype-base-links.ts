import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import { withBase } from '../lib/paths.ts';

export interface BaseLinksOptions {
  /** The site's base path, e.g. `/explainer/`. */
  base: string;
}

interface MdxJsxElement {
  type: 'mdxJsxFlowElement' | 'mdxJsxTextElement';
  name: string | null;
  attributes: Array<{ type: string; name?: string; value?: unknown }>;
}

/**
 * Prefixes site-relative links written in Markdown or MDX with the base path, because Astro does not:
 * `[Claims](/claims/)` → `<a href="/explainer/claims/">` when the site lives under `/explainer/`.
 * Leaves absolute URLs, protocol-relative URLs, fragments and relative paths alone.
 */
export function rehypeBaseLinks(options: BaseLinksOptions) {
  const prefix = (href: string) =>
    href.startsWith('/') && !href.startsWith('//') ? withBase(href, options.base) : href;
  return (tree: Root) => {
    visit(tree, (node) => {
      if (node.type === 'element') {
        const el = node as Element;
        for (const attr of ['href', 'src'] as const) {
          const value = el.properties[attr];
          if (typeof value === 'string') el.properties[attr] = prefix(value);
        }
      } else if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
        for (const attr of (node as unknown as MdxJsxElement).attributes) {
          if (
            attr.type === 'mdxJsxAttribute' &&
            (attr.name === 'href' || attr.name === 'src') &&
            typeof attr.value === 'string'
          )
            attr.value = prefix(attr.value);
        }
      }
    });
  };
}
