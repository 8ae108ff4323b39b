/**
 * Reads one content file: syntax first (YAML, JSON, frontmatter, MDX body), then its schema. What comes
 * out is the entry the cross-file checks work on, plus the problems found so far.
 */
import type { Root } from 'mdast';
import type { ContentFile } from './content-files.ts';
import { dateHint } from './date-hint.ts';
import { parseMdx, splitFrontmatter } from './mdx-source.ts';
import { problemAt, problemFrom, type Problem } from './problems.ts';
import { schemas } from './schemas.ts';
import { fieldName, type PathSegment } from './schema-walk.ts';
import { parseJson, parseYaml } from './yaml-source.ts';
import { validate } from './zod-problems.ts';

export interface Entry {
  file: ContentFile;
  /** The data as written (frontmatter for MDX), or undefined when it could not be read. */
  raw: unknown;
  /** The data after validation, defaults applied; undefined when the schema rejected it. */
  data: unknown;
  /** The file line of the key at a path of the data. */
  lineOf: (path: readonly PathSegment[]) => number;
  /** The MDX body of a context page; undefined for other files or a body that cannot be parsed. */
  tree: Root | undefined;
  /** `key: value # TODO …` lines: values a scaffold could not fill with a TODO text (numbers, dates). */
  todoComments: { line: number; field: string; text: string }[];
}

export function loadEntry(file: ContentFile, source: string): { entry: Entry; problems: Problem[] } {
  const problems: Problem[] = [];
  const entry: Entry = { file, raw: undefined, data: undefined, lineOf: () => 1, tree: undefined, todoComments: [] };
  const at = (line: number, field: string) => ({ file: file.shown, line, field });

  let yamlText = source;
  let firstLine = 1;
  if (file.format === 'mdx') {
    const frontmatter = splitFrontmatter(source);
    if (frontmatter.kind === 'none') return { entry, problems: [problemAt(at(1, 'frontmatter'), 'noFrontmatter')] };
    if (frontmatter.kind === 'unclosed')
      return { entry, problems: [problemAt(at(1, 'frontmatter'), 'unclosedFrontmatter')] };
    yamlText = frontmatter.text;
    firstLine = frontmatter.firstLine;
    if (file.collection === 'context') {
      // Articles are generated: their body is ingest's business, not the editor's.
      const body = parseMdx(source);
      if (body.syntax) problems.push(problemFrom(at(body.syntax.line, body.syntax.field), body.syntax.found));
      entry.tree = body.tree;
    }
  }

  const yaml = file.format === 'json' ? parseJson(source) : parseYaml(yamlText, firstLine);
  entry.lineOf = yaml.lineOf;
  if (yaml.error && file.format === 'json') {
    problems.push(problemAt(at(yaml.error.line, 'json'), 'jsonSyntax', { reason: yaml.error.message }));
    return { entry, problems };
  }
  if (yaml.error) {
    const field = yaml.error.key ?? (file.format === 'mdx' ? 'frontmatter' : 'yaml');
    problems.push(
      problemAt(at(yaml.error.line, field), 'yamlSyntax', {
        code: yaml.error.code,
        reason: yaml.error.message,
        key: yaml.error.key,
      }),
    );
    return { entry, problems };
  }
  entry.raw = yaml.data;
  // `npm run new` marks values it cannot fill with text (a number, a date) with a "# TODO" comment.
  if (file.format !== 'json')
    yamlText.split('\n').forEach((line, i) => {
      const todo = /^\s*(?:-\s+)?([A-Za-z]\w*):[^#]*#\s*(TODO\b.*)$/.exec(line);
      if (todo?.[1] && todo[2]) entry.todoComments.push({ line: firstLine + i, field: todo[1], text: todo[2].trim() });
    });
  for (const { path, written } of yaml.impossibleDates) {
    // "2024-1-24" is a real day written without leading zeros: say how to write it, not that it does not exist.
    const problem = /^\d{4}-\d{2}-\d{2}$/u.test(written)
      ? problemAt(at(yaml.lineOf(path), fieldName(path)), 'notACalendarDay', { value: written })
      : problemAt(at(yaml.lineOf(path), fieldName(path)), 'badFormat', {
          value: written,
          noun: 'a date',
          hint: dateHint(written),
        });
    problems.push(problem);
  }

  const validation = validate(schemas[file.collection], yaml.data, file.format === 'mdx' ? 'frontmatter' : 'file');
  if (validation.ok) {
    entry.data = validation.data;
    return { entry, problems };
  }
  for (const { path, field, found } of validation.findings) {
    const where = at(yaml.lineOf(path), field);
    const worded = problemFrom(where, found);
    problems.push(
      file.collection === 'articles'
        ? problemAt(where, 'generatedArticleInvalid', { problem: worded.problem })
        : worded,
    );
  }
  return { entry, problems };
}
