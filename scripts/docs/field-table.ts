/**
 * The field tables in docs/editing.md, generated from the schemas and their JSDoc so they cannot
 * drift: `npm run docs:fields` rewrites the part of docs/editing.md between the
 * markers, and `tests/check/field-table.test.ts` fails when it is out of date.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'astro/zod';
import { docFor, readSchemaDocs, schemaConstants, type FieldDocs } from './field-docs.ts';
import { collectionNames, collectionTable, contentFolder, type CollectionSpec } from '../../src/schemas/collections.ts';
import { schemas } from '../check/schemas.ts';
import { definitionOf, fieldsOf, isOptional, unwrap } from '../check/schema-walk.ts';
import { placeholderFor } from '../check/zod-problems.ts';

export const tableStart =
  '<!-- field tables: generated from src/schemas by `npm run docs:fields`; do not edit by hand -->';
export const tableEnd = '<!-- end of field tables -->';

/** Editors' collections, in the table's order; articles are generated, so not listed. */
const documented = collectionNames
  .filter((collection) => !(collectionTable[collection] as CollectionSpec).generated)
  .map((collection) => {
    const { heading, format } = collectionTable[collection];
    const file = `${contentFolder(collection)}/<id>.${format}${format === 'mdx' ? ' (frontmatter)' : ''}`;
    return { collection, heading, file };
  });

const cell = (text: string): string => text.replaceAll('|', '\\|').replace(/\s+/g, ' ').trim();

function needed(field: z.ZodType): string {
  if (!isOptional(field)) return 'required';
  const def = definitionOf(field);
  return def.type === 'default' ? `optional (default \`${JSON.stringify(def.defaultValue)}\`)` : 'optional';
}

function rows(
  schema: z.ZodType,
  docOf: (path: string[]) => string | undefined,
  prefix: string[] = [],
  shownPrefix = '',
): string[] {
  const lines: string[] = [];
  for (const [key, field] of Object.entries(fieldsOf(schema))) {
    const path = [...prefix, key];
    const name = `${shownPrefix}${key}`;
    const inner = unwrap(field);
    const def = definitionOf(inner);
    const element = def.type === 'array' && def.element ? unwrap(def.element) : undefined;
    const listOfObjects = element !== undefined && definitionOf(element).type === 'object';
    const value = listOfObjects
      ? 'a list; each item has the fields below'
      : def.type === 'object'
        ? 'the fields below'
        : `\`${cell(placeholderFor(key, field))}\``;
    lines.push(`| \`${name}\` | ${needed(field)} | ${value} | ${cell(docOf(path) ?? '')} |`);
    if (listOfObjects) lines.push(...rows(element, docOf, path, `${name}[].`));
    else if (def.type === 'object') lines.push(...rows(inner, docOf, path, `${name}.`));
  }
  return lines;
}

export function renderFieldTables(docs: ReadonlyMap<string, FieldDocs>): string {
  const sections = documented.map(({ collection, heading, file }) => {
    const docOf = (path: string[]) => docFor(docs, schemaConstants[collection], path);
    return [
      `### ${heading}`,
      '',
      `\`${file}\``,
      '',
      '| field | needed | value | what it is |',
      '| --- | --- | --- | --- |',
      ...rows(schemas[collection], docOf),
    ].join('\n');
  });
  return [tableStart, '', ...sections.flatMap((s) => [s, '']), tableEnd].join('\n');
}

/** docs/editing.md with its field tables replaced by freshly generated ones. */
export function withFreshTables(markdown: string, tables: string): string {
  const start = markdown.indexOf(tableStart);
  const end = markdown.indexOf(tableEnd);
  if (start === -1 || end === -1) throw new Error(`docs/editing.md has no "${tableStart}" … "${tableEnd}" markers`);
  return markdown.slice(0, start) + tables + markdown.slice(end + tableEnd.length);
}

if (import.meta.main) {
  const project = join(import.meta.dirname, '..', '..');
  const file = join(project, 'docs', 'editing.md');
  const tables = renderFieldTables(readSchemaDocs(join(project, 'src', 'schemas')));
  writeFileSync(file, withFreshTables(readFileSync(file, 'utf8'), tables));
  process.stdout.write('docs/editing.md: field tables regenerated\n');
}
