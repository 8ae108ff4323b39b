/**
 * Validates data against a content schema and turns zod's issues into findings worded for editors.
 * Schema authors' own messages (e.g. "write the date as YYYY-MM-DD") are kept as the fix; zod's
 * generic English is replaced by the catalogue's wording.
 */
import type { z } from 'astro/zod';
import { entityRef, isoDate, sentenceRef, slug, webUrl } from '../../src/schemas/common.ts';
import { dateHint } from './date-hint.ts';
import { closest } from './did-you-mean.ts';
import { finding, type Finding } from './problems.ts';
import { collectionTable } from '../../src/schemas/collections.ts';
import { referenceTarget } from './schemas.ts';
import {
  definitionOf,
  enumValues,
  fieldName,
  fieldsOf,
  isAbsent,
  schemaAt,
  unwrap,
  valueAt,
  type PathSegment,
} from './schema-walk.ts';

export interface FieldFinding {
  path: PathSegment[];
  field: string;
  found: Finding;
}

export type Validation = { ok: true; data: unknown } | { ok: false; findings: FieldFinding[] };

/** Returned by our error map for every issue whose schema has no message of its own. */
const NO_AUTHOR_MESSAGE = '\u0000';

/** What kind of value a format check expects, named for a sentence: `"24/01/2024" is not a date`. */
const formatNouns = new Map<z.ZodType, string>([
  [isoDate, 'a date'],
  [sentenceRef, 'a sentence reference'],
  [entityRef, 'a reference to a person, place or organisation'],
  [slug, 'an id'],
  [webUrl, 'a web address'],
]);

/** Example values shown in "add …" and "write …" fixes, where the type alone says too little. */
const placeholdersByKey: Record<string, string> = {
  summary: '<one or two sentences>',
  title: '<title>',
};

/** `container` names where a missing top-level field goes: "frontmatter" or "file". */
export function validate(schema: z.ZodType, data: unknown, container: string): Validation {
  const result = schema.safeParse(data, { reportInput: true, error: () => NO_AUTHOR_MESSAGE });
  if (result.success) return { ok: true, data: result.data };
  const seen = new Set<string>();
  const findings: FieldFinding[] = [];
  for (const issue of result.error.issues) {
    for (const described of describeIssue(issue, schema, data, container)) {
      // One line per field: a date that fails its pattern also fails the calendar refinement.
      const key = JSON.stringify(described.path);
      if (seen.has(key)) continue;
      seen.add(key);
      findings.push(described);
    }
  }
  return { ok: false, findings };
}

type Issue = z.core.$ZodIssue;

function describeIssue(issue: Issue, root: z.ZodType, data: unknown, container: string): FieldFinding[] {
  const path = issue.path.filter((s): s is PathSegment => typeof s !== 'symbol');
  const at = (found: Finding, where = path): FieldFinding[] => [
    { path: where, field: fieldName(where) || '(file)', found },
  ];
  const schema = schemaAt(root, path);
  const leaf = schema ? unwrap(schema) : undefined;
  const key = String(path.filter((s) => typeof s === 'string').at(-1) ?? '');
  const authorHint = issue.message === NO_AUTHOR_MESSAGE ? undefined : issue.message;
  const input: unknown = 'input' in issue ? issue.input : valueAt(data, path);

  switch (issue.code) {
    case 'invalid_type': {
      if (path.length === 0) return at(finding('notAMapping'));
      if (isAbsent(data, path)) {
        const where = path.length === 1 ? `the ${container}` : fieldName(path.slice(0, -1));
        return at(finding('missingField', { key, placeholder: placeholderFor(key, leaf), container: where }));
      }
      if (input === null) return at(finding('emptyValue', { key, placeholder: placeholderFor(key, leaf) }));
      if (input instanceof Date && issue.expected === 'string') {
        return at(finding('unquotedDate', { key, value: input.toISOString().slice(0, 10) }));
      }
      const placeholder =
        issue.expected === 'array' && (typeof input === 'string' || typeof input === 'number')
          ? `${key}: [${input}]`
          : `${key}: ${placeholderFor(key, leaf)}`;
      return at(
        finding('wrongType', { expected: expectedNoun(issue.expected), found: describeValue(input), placeholder }),
      );
    }
    case 'invalid_format': {
      const noun = (leaf && formatNouns.get(leaf)) ?? 'written in the expected form';
      const hint =
        leaf === isoDate && typeof input === 'string'
          ? dateHint(input)
          : (authorHint ?? `write it as ${placeholderFor(key, leaf)}`);
      return at(finding('badFormat', { value: String(input), noun, hint }));
    }
    case 'invalid_value': {
      const allowed = issue.values.map(String);
      return at(
        finding('notAllowedValue', { value: String(input), allowed, suggestion: closest(String(input), allowed) }),
      );
    }
    case 'too_small':
    case 'too_big': {
      const limit = Number(issue.code === 'too_small' ? issue.minimum : issue.maximum);
      if (issue.origin === 'string' && typeof input === 'string') {
        return at(
          issue.code === 'too_small'
            ? finding('textTooShort', { length: input.length, min: limit, hint: authorHint })
            : finding('textTooLong', { length: input.length, max: limit, hint: authorHint }),
        );
      }
      if (issue.origin === 'array' && Array.isArray(input)) {
        return at(
          issue.code === 'too_small'
            ? finding('listTooShort', { length: input.length, min: limit, hint: authorHint })
            : finding('listTooLong', { length: input.length, max: limit }),
        );
      }
      return at(
        finding('numberOutOfRange', {
          value: String(input),
          limit: issue.code === 'too_small' ? `from ${limit}` : `up to ${limit}`,
        }),
      );
    }
    case 'unrecognized_keys': {
      const known = Object.keys(schema ? fieldsOf(schema) : {});
      return issue.keys.map((unknown) => ({
        path: [...path, unknown],
        field: fieldName([...path, unknown]),
        found: finding('unknownField', { key: unknown, suggestion: closest(unknown, known) }),
      }));
    }
    case 'custom': {
      if (leaf === isoDate && typeof input === 'string') return at(finding('notACalendarDay', { value: input }));
      const value = input === undefined || input === null || typeof input === 'object' ? undefined : String(input);
      return at(finding('ruleBroken', { value, rule: authorHint ?? 'see docs/editing.md for what this field holds' }));
    }
    default:
      return at(finding('schemaOther', { message: authorHint ?? issue.code.replaceAll('_', ' ') }));
  }
}

/** An example value for a field, from its type: `YYYY-MM-DD`, `quoted | reported`, `[<source id>]`. */
export function placeholderFor(key: string, schema: z.ZodType | undefined): string {
  const byKey = placeholdersByKey[key];
  if (byKey) return byKey;
  if (!schema) return '<value>';
  const leaf = unwrap(schema);
  if (leaf === isoDate) return 'YYYY-MM-DD';
  if (leaf === sentenceRef) return '<article id>#p<n>s<n>';
  if (leaf === entityRef) return 'people/<id>';
  if (leaf === webUrl) return 'https://…';
  const target = referenceTarget(leaf);
  if (target) return `<${collectionTable[target].noun} id>`;
  const values = enumValues(leaf);
  if (values) return values.join(' | ');
  const def = definitionOf(leaf);
  if (def.type === 'array' && def.element) return `[${placeholderFor('', def.element)}]`;
  if (def.type === 'number') return '<number>';
  if (def.type === 'boolean') return 'true or false';
  if (def.type === 'object') return '(the fields listed in docs/editing.md)';
  return '<text>';
}

function expectedNoun(expected: string): string {
  const nouns: Record<string, string> = {
    string: 'text',
    number: 'a number',
    int: 'a whole number',
    array: 'a list',
    object: 'fields',
    boolean: 'true or false',
  };
  return nouns[expected] ?? expected;
}

function describeValue(value: unknown): string {
  if (typeof value === 'string') return `the text "${value}"`;
  if (typeof value === 'number') return `the number ${value}`;
  if (typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return 'a list';
  if (value instanceof Date) return `the date ${value.toISOString().slice(0, 10)}`;
  if (value && typeof value === 'object') return 'fields';
  return 'nothing';
}
