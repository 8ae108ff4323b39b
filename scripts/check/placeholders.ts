/**
 * `npm run new` fills what the editor must still write with text starting "TODO", so the scaffold
 * passes the schema but cannot pass the check until every placeholder is replaced.
 */
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { Entry } from './load-entry.ts';
import { problemAt, type Problem } from './problems.ts';
import { fieldName, type PathSegment } from './schema-walk.ts';

const placeholder = /\bTODO\b/;
const shorten = (text: string): string => (text.length > 50 ? `${text.slice(0, 49)}…` : text);

export function checkPlaceholders(entry: Entry): Problem[] {
  const problems: Problem[] = [];
  const visitValue = (value: unknown, path: PathSegment[]): void => {
    if (typeof value === 'string' && placeholder.test(value)) {
      problems.push(
        problemAt({ file: entry.file.shown, line: entry.lineOf(path), field: fieldName(path) }, 'placeholderLeft', {
          text: shorten(value),
        }),
      );
    } else if (Array.isArray(value)) value.forEach((item, i) => visitValue(item, [...path, i]));
    else if (value && typeof value === 'object')
      for (const [key, item] of Object.entries(value)) visitValue(item, [...path, key]);
  };
  visitValue(entry.raw, []);
  for (const todo of entry.todoComments)
    problems.push(
      problemAt({ file: entry.file.shown, line: todo.line, field: todo.field }, 'placeholderLeft', {
        text: shorten(todo.text),
      }),
    );
  if (entry.tree) problems.push(...bodyPlaceholders(entry.tree, entry.file.shown));
  return problems;
}

function bodyPlaceholders(tree: Root, file: string): Problem[] {
  const problems: Problem[] = [];
  visit(tree, 'text', (node) => {
    if (placeholder.test(node.value)) {
      problems.push(
        problemAt({ file, line: node.position?.start.line ?? 1, field: 'text' }, 'placeholderLeft', {
          text: shorten(node.value.trim()),
        }),
      );
    }
  });
  return problems;
}
