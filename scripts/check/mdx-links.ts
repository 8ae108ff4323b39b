/**
 * Internal links in editors' MDX (`[text](/people/x/)`, `[text][ref]` definitions, `href="…"`) must
 * lead to a page the site builds. External addresses are not fetched: the build has no network.
 */
import type { Root } from 'mdast';
import type { MdxJsxAttribute, MdxJsxExpressionAttribute } from 'mdast-util-mdx-jsx';
import { visit } from 'unist-util-visit';
import { closest } from './did-you-mean.ts';
import { problemAt, type Problem } from './problems.ts';

const hasScheme = /^[a-z][a-z0-9+.-]*:|^\/\//i;

export function checkLinks(tree: Root, file: string, routes: ReadonlySet<string>): Problem[] {
  const problems: Problem[] = [];
  const checkUrl = (url: string, line: number, field: string) => {
    if (url === '' || url.startsWith('#') || hasScheme.test(url)) return;
    if (!url.startsWith('/')) {
      problems.push(problemAt({ file, line, field }, 'relativeLink', { url }));
      return;
    }
    const path = url.replace(/[?#].*$/, '');
    if (routes.has(path)) return;
    const suggestion = routes.has(`${path}/`) ? `${path}/` : closest(path, routes);
    problems.push(problemAt({ file, line, field }, 'deadLink', { url, suggestion }));
  };

  visit(tree, (node) => {
    const line = node.position?.start.line ?? 1;
    if (node.type === 'link' || node.type === 'definition') checkUrl(node.url, line, 'link');
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name) {
      for (const attribute of node.attributes as (MdxJsxAttribute | MdxJsxExpressionAttribute)[]) {
        if (attribute.type === 'mdxJsxAttribute' && attribute.name === 'href' && typeof attribute.value === 'string') {
          checkUrl(attribute.value, attribute.position?.start.line ?? line, `<${node.name} href>`);
        }
      }
    }
  });
  return problems;
}
