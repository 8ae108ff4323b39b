/**
 * The JSDoc line above each schema field, read from `src/schemas/*.ts` with the TypeScript parser,
 * so the field table in docs/editing.md and the comments in `npm run new` scaffolds say what the
 * schema says, in one place.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import type { CollectionName } from '../check/schemas.ts';

export interface FieldDocs {
  fields: Map<string, { doc: string | undefined; nested: FieldDocs }>;
  /** Other schema constants this object takes fields from (`entityBase(ref).extend(…)`, `...span`). */
  bases: string[];
}

/** The exported constant that defines each collection's schema. */
export const schemaConstants: Record<CollectionName, string> = {
  articles: 'articleSchema',
  context: 'contextSchema',
  people: 'personSchema',
  places: 'placeSchema',
  organisations: 'organisationSchema',
  questions: 'questionSchema',
  claims: 'claimSchema',
  figures: 'figureSchema',
  sources: 'sourceSchema',
  events: 'eventSchema',
};

const objectBuilders = new Set(['object', 'strictObject', 'looseObject', 'extend']);

/** Reads every schema file into: constant name → the documented fields of the object it builds. */
export function readSchemaDocs(schemaDir: string): Map<string, FieldDocs> {
  const byConstant = new Map<string, FieldDocs>();
  for (const name of readdirSync(schemaDir).filter((n) => n.endsWith('.ts'))) {
    const source = ts.createSourceFile(name, readFileSync(join(schemaDir, name), 'utf8'), ts.ScriptTarget.Latest, true);
    for (const statement of source.statements) {
      if (!ts.isVariableStatement(statement)) continue;
      for (const declaration of statement.declarationList.declarations) {
        if (ts.isIdentifier(declaration.name) && declaration.initializer)
          byConstant.set(declaration.name.text, collect(declaration.initializer));
      }
    }
  }
  return byConstant;
}

function collect(expression: ts.Node): FieldDocs {
  const docs: FieldDocs = { fields: new Map(), bases: [] };
  const walk = (node: ts.Node): void => {
    if (ts.isObjectLiteralExpression(node) && isObjectBuilderArgument(node)) {
      for (const property of node.properties) {
        if (
          ts.isPropertyAssignment(property) &&
          (ts.isIdentifier(property.name) || ts.isStringLiteral(property.name))
        ) {
          docs.fields.set(property.name.text, { doc: jsDocOf(property), nested: collect(property.initializer) });
        } else if (ts.isSpreadAssignment(property) && ts.isIdentifier(property.expression)) {
          docs.bases.push(property.expression.text);
        }
      }
      return;
    }
    if (ts.isIdentifier(node) && !ts.isPropertyAccessExpression(node.parent)) docs.bases.push(node.text);
    ts.forEachChild(node, walk);
  };
  walk(expression);
  return docs;
}

function isObjectBuilderArgument(node: ts.ObjectLiteralExpression): boolean {
  const call = node.parent;
  return (
    ts.isCallExpression(call) &&
    ts.isPropertyAccessExpression(call.expression) &&
    objectBuilders.has(call.expression.name.text)
  );
}

function jsDocOf(node: ts.Node): string | undefined {
  const text = ts
    .getJSDocCommentsAndTags(node)
    .filter(ts.isJSDoc)
    .map((doc) => ts.getTextOfJSDocComment(doc.comment) ?? '')
    .join(' ');
  return text.replace(/\s+/g, ' ').trim() || undefined;
}

/** The JSDoc of the field at `path` (e.g. `['history', 'date']`) in a schema constant, following its bases. */
export function docFor(
  all: ReadonlyMap<string, FieldDocs>,
  constant: string,
  path: readonly string[],
): string | undefined {
  const find = (
    docs: FieldDocs | undefined,
    [head, ...rest]: readonly string[],
    seen: Set<FieldDocs>,
  ): string | undefined => {
    if (!docs || head === undefined || seen.has(docs)) return undefined;
    seen.add(docs);
    const own = docs.fields.get(head);
    if (own) return rest.length === 0 ? own.doc : find(own.nested, rest, new Set());
    for (const base of docs.bases) {
      const found = find(all.get(base), [head, ...rest], seen);
      if (found) return found;
    }
    return undefined;
  };
  return find(all.get(constant), path, new Set());
}
