/**
 * The components editors write in context MDX: each must be one we have, carry its attribute as
 * text, and point at an entry that exists. A Cite's source must also be in the page's `sources`,
 * which is the list printed at the foot of the page.
 */
import type { Root } from 'mdast';
import type { MdxJsxAttribute, MdxJsxExpressionAttribute } from 'mdast-util-mdx-jsx';
import { visit } from 'unist-util-visit';
import { sentenceRef } from '../../src/schemas/common.ts';
import type { ContentIndex } from './content-index.ts';
import { closest } from './did-you-mean.ts';
import { finding, problemAt, problemFrom, type Finding, type Problem } from './problems.ts';
import { missingEntry, missingSentence } from './references.ts';

interface ComponentSpec {
  attribute: string;
  example: string;
  /** What the attribute value must name; undefined when it exists. */
  check: (value: string, index: ContentIndex) => Finding | undefined;
}

/** The editor components (src/components/editor/) and the one attribute each requires. */
export const editorComponents: Record<string, ComponentSpec> = {
  Cite: {
    attribute: 'source',
    example: '<Cite source="source-article" />',
    check: (id, index) => missingEntry(index, 'sources', id),
  },
  SaysWho: {
    attribute: 'sentence',
    example: '<SaysWho sentence="il76-crash-2024-01-24#p3s1" />',
    check: (ref, index) => {
      const format = sentenceRef.safeParse(ref);
      if (!format.success)
        return finding('badFormat', {
          value: ref,
          noun: 'a sentence reference',
          hint: format.error.issues[0]?.message ?? '',
        });
      return missingSentence(index, ref);
    },
  },
  Claim: {
    attribute: 'id',
    example: '<Claim id="<claim id>" />',
    check: (id, index) => missingEntry(index, 'claims', id),
  },
  KeyFigure: {
    attribute: 'id',
    example: '<KeyFigure id="<figure id>" />',
    check: (id, index) => missingEntry(index, 'figures', id),
  },
  FigureGroup: {
    attribute: 'group',
    example: '<FigureGroup group="<group of figures>" />',
    check: (group, index) => {
      const groups = new Set(
        [...index.data.figures.values()].map((f) => (f as { group?: string }).group).filter(Boolean),
      );
      return groups.has(group)
        ? undefined
        : finding('missingEntry', {
            noun: 'figure group',
            id: group,
            folder: `the group fields in ${index.folders.figures}`,
            suggestion: closest(group, groups as Set<string>),
          });
    },
  },
};

type Attribute = MdxJsxAttribute | MdxJsxExpressionAttribute;

/** The sources the figures of one id or one group rest on, each once. */
export function figureSources(index: ContentIndex, which: { id: string } | { group: string }): string[] {
  const figures = [...index.data.figures].filter(([id, f]) =>
    'id' in which ? id === which.id : (f as { group?: string }).group === which.group,
  );
  return [
    ...new Set(
      figures.flatMap(([, f]) => ((f as { source?: string }).source ? [(f as { source: string }).source] : [])),
    ),
  ];
}

/** `listedSources` is the page's frontmatter `sources`, or undefined when it could not be read. */
export function checkComponents(
  tree: Root,
  file: string,
  index: ContentIndex,
  listedSources: readonly string[] | undefined,
): Problem[] {
  const problems: Problem[] = [];
  const names = Object.keys(editorComponents);

  visit(tree, (node) => {
    const line = node.position?.start.line ?? 1;
    if (node.type === 'mdxjsEsm') {
      problems.push(problemAt({ file, line, field: 'import' }, 'importNotNeeded'));
      return;
    }
    if ((node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') || !node.name) return;
    const spec = editorComponents[node.name];
    if (!spec) {
      // Lower-case names are HTML elements, allowed unless they are a component in the wrong case (<cite>).
      const wrongCase = names.find((n) => n.toLowerCase() === node.name?.toLowerCase());
      if (/^[a-z]/.test(node.name) && !wrongCase) return;
      problems.push(
        problemAt({ file, line, field: `<${node.name}>` }, 'unknownComponent', {
          name: node.name,
          suggestion: wrongCase ?? closest(node.name, names),
        }),
      );
      return;
    }
    const where = { file, line, field: `<${node.name} ${spec.attribute}>` };
    const attribute = (node.attributes as Attribute[]).find(
      (a) => a.type === 'mdxJsxAttribute' && a.name === spec.attribute,
    );
    if (!attribute) {
      problems.push(problemAt(where, 'missingAttribute', { example: spec.example }));
      return;
    }
    if (typeof attribute.value !== 'string') {
      problems.push(problemAt(where, 'attributeNotText', { attribute: spec.attribute }));
      return;
    }
    const found = spec.check(attribute.value, index);
    if (found) problems.push(problemFrom(where, found));
    else if (node.name === 'Cite' && listedSources && !listedSources.includes(attribute.value)) {
      problems.push(problemAt(where, 'sourceNotListed', { id: attribute.value }));
    } else if ((node.name === 'FigureGroup' || node.name === 'KeyFigure') && listedSources) {
      // A figure that rests on a source links to it in the page's source list, so the page must list it.
      for (const id of figureSources(
        index,
        node.name === 'KeyFigure' ? { id: attribute.value } : { group: attribute.value },
      ))
        if (!listedSources.includes(id)) problems.push(problemAt(where, 'sourceNotListed', { id }));
    }
  });
  return problems;
}
