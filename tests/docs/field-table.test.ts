import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { docFor, readSchemaDocs } from '../../scripts/docs/field-docs.ts';
import { renderFieldTables, tableEnd, tableStart } from '../../scripts/docs/field-table.ts';

const project = join(import.meta.dirname, '..', '..');
const docs = readSchemaDocs(join(project, 'src', 'schemas'));

test('the field tables in docs/editing.md match the schemas (regenerate: node scripts/docs/field-table.ts)', () => {
  const markdown = readFileSync(join(project, 'docs', 'editing.md'), 'utf8');
  const section = markdown.slice(markdown.indexOf(tableStart), markdown.indexOf(tableEnd) + tableEnd.length);
  expect(section).toBe(renderFieldTables(docs));
});

test('field docs follow a schema to the fields it takes from another constant', () => {
  expect(docFor(docs, 'placeSchema', ['name'])).toBe(
    'Name as a reader knows it: a person "Vyacheslav Gladkov", a place "Belgorod region", an organisation "Russian Ministry of Defence".',
  );
  expect(docFor(docs, 'claimSchema', ['evidence', 'date'])).toBe('When it was said or published.');
});
