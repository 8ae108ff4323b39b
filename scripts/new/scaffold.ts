/**
 * Builds the text of a new entry for `npm run new`: every field of the schema, each under a YAML
 * comment taken from the schema's JSDoc. Required fields get a value that passes the schema; text
 * the editor must still write starts with "TODO", which `npm run check` reports until it is replaced.
 */
import type { z } from 'astro/zod';
import { docFor, schemaConstants, type FieldDocs } from '../docs/field-docs.ts';
import { schemas, type CollectionName } from '../check/schemas.ts';
import { definitionOf, enumValues, fieldsOf, isOptional, unwrap } from '../check/schema-walk.ts';
import { placeholderFor } from '../check/zod-problems.ts';

export const scaffoldKinds = {
  context: 'context',
  story: 'context',
  person: 'people',
  place: 'places',
  organisation: 'organisations',
  question: 'questions',
  claim: 'claims',
  figure: 'figures',
  event: 'events',
  source: 'sources',
} as const satisfies Record<string, CollectionName>;
export type ScaffoldKind = keyof typeof scaffoldKinds;

export interface ScaffoldInput {
  kind: ScaffoldKind;
  title: string;
  /** Today, as YYYY-MM-DD. */
  today: string;
  /** The generated article's id, for sentence references; a placeholder when there is none yet. */
  articleId: string | undefined;
  /** The stories there are (hub ids): a new context page joins the only one, if there is only one. */
  stories?: readonly string[];
}

/** Fields the schema accepts only so the check can report them: a claim's status is computed from its evidence. */
export const computedFields: Partial<Record<CollectionName, readonly string[]>> = { claims: ['status'] };

/** A value written into the file, already as YAML. */
type Values = Record<string, string>;

const quote = (text: string): string => JSON.stringify(text);

/** The values each kind starts with: only what the schema requires, plus the title. */
function startingValues({ kind, title, today, articleId, stories = [] }: ScaffoldInput): Values {
  // p0s0 exists in no article, so `npm run check` asks for the real sentence instead of accepting a wrong one.
  const sentence = quote(`${articleId ?? 'article-id'}#p0s0`);
  switch (kind) {
    case 'context':
      return {
        title: quote(title),
        summary: quote('TODO: one or two sentences that say what the page explains.'),
        updated: quote(today),
        sources: '[]',
        ...(stories.length === 1 ? { story: stories[0]! } : {}),
      };
    case 'story':
      return {
        title: quote(title),
        summary: quote('TODO: the standfirst, one or two sentences on what the story is and what is disputed.'),
        updated: quote(today),
        sources: '[]',
        hubFor: `[${articleId ?? 'article-id'}]`,
      };
    case 'person':
    case 'organisation':
      return { name: quote(title) };
    case 'place':
      return { name: quote(title), kind: 'settlement' };
    case 'question':
      return {
        question: quote(title),
        standing: [
          '',
          `  text: ${quote('TODO: one attributed line saying where the question stands, e.g. "By February 2024 there had been no independent check, Reuters reported."')}`,
          `  sentence: ${sentence}`,
        ].join('\n'),
      };
    case 'claim':
      return {
        question: 'todo-question-id',
        claimant: 'people/todo',
        text: quote(`TODO: ${title}, as one sentence naming the claimant, in the past tense ("X said …")`),
        sentence,
        words: quote(`TODO: ${title}, in the claimant's words or as the article reports it`),
        wordsKind: 'reported',
        made: quote(today),
      };
    case 'figure':
      return {
        // A number cannot hold "TODO"; the comment does, and `npm run check` reports it until it goes.
        value: '0 # TODO: the number, as the sentence gives it',
        counts: quote(title),
        claimant: 'people/todo',
        claimantLabel: quote('TODO: who gives the figure, as the article names them'),
        sentence,
      };
    case 'event':
      return {
        date: `${quote(today)} # TODO: the day it happened, not today`,
        text: quote(`TODO: ${title}, in one neutral sentence, attributed where it is a claim`),
        sentence: `${sentence} # TODO: the sentence it rests on, or delete this line and give source`,
        status: 'single-source # TODO: how well sourced it is',
      };
    case 'source':
      return { title: quote(title), publisher: quote('TODO: who published it') };
  }
}

/** The file for a new entry: YAML, or for a context page MDX with frontmatter and a first paragraph. */
export function renderScaffold(input: ScaffoldInput, docs: ReadonlyMap<string, FieldDocs>): string {
  const collection = scaffoldKinds[input.kind];
  const schema = schemas[collection];
  const yaml = renderFields(
    schema,
    startingValues(input),
    (path) => docFor(docs, schemaConstants[collection], path),
    computedFields[collection] ?? [],
  );
  if (collection !== 'context') return yaml;
  return [
    '---',
    yaml.trimEnd(),
    '---',
    '',
    '{/* Every paragraph and list item cites where its facts come from: <Cite source="<source id>" />,',
    '    <SaysWho sentence="<article id>#p3s1" />, <Claim id="<claim id>" /> or <KeyFigure id="<figure id>" />.',
    '    See docs/editing.md. */}',
    '',
    `TODO: write the first paragraph, attributed as the article attributes it <SaysWho sentence="${input.articleId ?? 'article-id'}#p1s1" />.`,
    '',
  ].join('\n');
}

function renderFields(
  schema: z.ZodType,
  values: Values,
  docOf: (path: string[]) => string | undefined,
  computed: readonly string[],
): string {
  const lines: string[] = [];
  for (const [key, field] of Object.entries(fieldsOf(schema))) {
    // Computed, never typed: offering the field, even commented out, would invite the mistake the check rejects.
    if (computed.includes(key)) continue;
    lines.push(...comment(describe(field, docOf([key]))));
    const value = values[key];
    if (value !== undefined) {
      lines.push(value.startsWith('\n') ? `${key}:${value}` : `${key}: ${value}`);
      continue;
    }
    if (!isOptional(field)) throw new Error(`the ${key} field is required but the scaffold gives no value`);
    lines.push(...optionalField(key, field, docOf));
  }
  return `${lines.join('\n')}\n`;
}

/** An optional field, commented out: `# key: <example>`, with the sub-fields of an object or list of objects. */
function optionalField(key: string, field: z.ZodType, docOf: (path: string[]) => string | undefined): string[] {
  const inner = unwrap(field);
  const def = definitionOf(inner);
  const element = def.type === 'array' && def.element ? unwrap(def.element) : undefined;
  const objectFields = definitionOf(element ?? inner).type === 'object' ? fieldsOf(element ?? inner) : undefined;
  if (!objectFields) return [`# ${key}: ${placeholderFor(key, field)}`];
  const lines = [`# ${key}:`];
  Object.entries(objectFields).forEach(([sub, subField], i) => {
    const lead = element ? (i === 0 ? '  - ' : '    ') : '  ';
    const doc = docOf([key, sub]);
    lines.push(`# ${lead}${sub}: ${placeholderFor(sub, subField)}${doc ? `  # ${doc}` : ''}`);
  });
  return lines;
}

/** The JSDoc, plus the allowed values of an enum and whether the field may be left out. */
function describe(field: z.ZodType, doc: string | undefined): string {
  const values = enumValues(field);
  const parts = [doc ?? '', values ? `One of: ${values.join(', ')}.` : '', isOptional(field) ? '(Optional.)' : ''];
  return parts.filter(Boolean).join(' ');
}

/** Wraps text into `# ` comment lines of at most 100 characters. */
function comment(text: string): string[] {
  const lines: string[] = [];
  let line = '#';
  for (const word of text.split(' ').filter(Boolean)) {
    if (line.length + word.length + 1 > 100 && line !== '#') {
      lines.push(line);
      line = '#';
    }
    line += ` ${word}`;
  }
  return line === '#' ? lines : [...lines, line];
}
