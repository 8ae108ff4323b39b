/**
 * Parses YAML (a file, or MDX frontmatter) keeping node positions, so a problem found at a zod
 * path can be shown at the line of its key. Generated JSON files are read here too (`parseJson`):
 * JSON is YAML, so the same full parse finds their lines.
 */
import { load as loadYaml } from 'js-yaml';
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, visit, type Node } from 'yaml';
import type { PathSegment } from './schema-walk.ts';

export interface YamlSyntaxError {
  /** 1-based line in the file. */
  line: number;
  /** The `yaml` package's error code, e.g. `BAD_INDENT`. */
  code: string;
  message: string;
  /** The key on the line where the error is, when there is one. */
  key: string | undefined;
}

export interface ParsedYaml {
  data: unknown;
  /** The line of the key (or list item) at `path`; for a key that is absent, the line of its parent. */
  lineOf: (path: readonly PathSegment[]) => number;
  error: YamlSyntaxError | undefined;
  /**
   * Unquoted dates that are not days of the calendar: YAML (here and in Astro's js-yaml) turns
   * `2024-02-30` into 1 March without a word, so the schema never sees the mistake.
   */
  impossibleDates: { path: PathSegment[]; written: string }[];
}

/**
 * Text that only the full parser reads right: an unquoted date (it tells a real day from 30 February),
 * a merge key (`<<`, which js-yaml merges and the `yaml` package keeps as a key) or a tag.
 */
const NEEDS_FULL_PARSE = /(?:^|[:?-][ \t]+|[[,{][ \t]*)(?:\d{4}-\d{1,2}-\d{1,2}|!)|^[ \t]*(?:-[ \t]+)?<<[ \t]*:/mu;

/**
 * `firstLine` is the file line the YAML text starts on (2 for frontmatter after its `---`).
 * Unquoted dates become `Date`s, as they do for Astro, whose loaders read YAML with js-yaml:
 * so the checker sees exactly the values the build will see.
 *
 * Most files are read with js-yaml, as Astro reads them, without positions; the `yaml` package's parse
 * with positions is seven times slower (the generated articles alone took 3.7 s of a 2,628-file check)
 * and runs only when a problem needs a line, or for text js-yaml rejects or that needs the full parser
 * (`parseYamlFully`, which tests compare with this on every content file).
 */
export function parseYaml(text: string, firstLine = 1): ParsedYaml {
  if (!NEEDS_FULL_PARSE.test(text)) {
    let data: unknown;
    try {
      data = loadYaml(text);
    } catch {
      data = undefined; // a syntax error: the full parse below says where
    }
    if (typeof data === 'object' && data !== null && !Array.isArray(data)) {
      let full: ParsedYaml | undefined;
      const lineOf = (path: readonly PathSegment[]): number => (full ??= parseYamlFully(text, firstLine)).lineOf(path);
      return { data, lineOf, error: undefined, impossibleDates: [] };
    }
  }
  return parseYamlFully(text, firstLine);
}

/**
 * A generated JSON file, read as Astro's loader reads it (`JSON.parse`, so the checker sees exactly the
 * values the build will see); lines, wanted only for a problem, come from the full YAML parse.
 */
export function parseJson(text: string): ParsedYaml {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    // V8 says where: "Unterminated string in JSON at position 11 (line 2 column 10)".
    const message = (error as Error).message;
    const at = /^(.*?)(?: in JSON)?(?: at position \d+)?(?: \(line (\d+) column (\d+)\))?$/su.exec(message);
    const full = parseYamlFully(text, 1);
    let line = at?.[2] ? Number(at[2]) : (full.error?.line ?? 1);
    // A missing comma is noticed at the next key, first on its line; the comma belongs on the line before.
    const lines = text.split('\n');
    const before = lines[line - 1]?.slice(0, Number(at?.[3] ?? 1) - 1) ?? '';
    if (at?.[2] && /^Expected ',' or /u.test(message) && !before.trim()) {
      do line--;
      while (line > 1 && !lines[line - 1]?.trim());
    }
    return {
      data: undefined,
      lineOf: full.lineOf,
      error: { line, code: 'JSON', message: at?.[1] ?? message, key: undefined },
      impossibleDates: [],
    };
  }
  let full: ParsedYaml | undefined;
  const lineOf = (path: readonly PathSegment[]): number => (full ??= parseYamlFully(text, 1)).lineOf(path);
  return { data, lineOf, error: undefined, impossibleDates: [] };
}

export function parseYamlFully(text: string, firstLine: number): ParsedYaml {
  const counter = new LineCounter();
  const doc = parseDocument(text, {
    lineCounter: counter,
    customTags: ['timestamp'],
    prettyErrors: false,
    uniqueKeys: true,
  });
  const toLine = (offset: number): number => counter.linePos(offset).line + firstLine - 1;

  const lineOf = (path: readonly PathSegment[]): number => {
    let node: unknown = doc.contents;
    let line = isNodeWithRange(node) ? toLine(node.range[0]) : firstLine;
    for (const segment of path) {
      if (isMap(node)) {
        const pair = node.items.find(
          (item) => isPair(item) && isScalar(item.key) && String(item.key.value) === String(segment),
        );
        if (!pair) break;
        if (isNodeWithRange(pair.key)) line = toLine(pair.key.range[0]);
        node = pair.value;
      } else if (isSeq(node) && typeof segment === 'number') {
        const item: unknown = node.items[segment];
        if (!isNodeWithRange(item)) break;
        line = toLine(item.range[0]);
        node = item;
      } else break;
    }
    return line;
  };

  const first = doc.errors[0];
  let error: YamlSyntaxError | undefined;
  if (first) {
    const lines = text.split('\n');
    let index = counter.linePos(first.pos[0]).line - 1;
    // An unclosed quote or bracket is noticed where the text ends; the editor needs the line that opened it.
    if (first.code === 'MISSING_CHAR') while (index > 0 && !/["'[{]/.test(lines[index] ?? '')) index--;
    const key = /^\s*(?:-\s*)?([\w-]+)\s*:/.exec(lines[index] ?? '')?.[1];
    error = { line: index + firstLine, code: first.code, message: first.message.split('\n')[0] ?? first.message, key };
  }
  let data: unknown;
  try {
    data = doc.toJS();
  } catch {
    data = undefined; // a document with errors may not convert; the syntax error is reported instead
  }
  return { data, lineOf, error, impossibleDates: error ? [] : findImpossibleDates(doc) };
}

function findImpossibleDates(doc: ReturnType<typeof parseDocument>): ParsedYaml['impossibleDates'] {
  const found: ParsedYaml['impossibleDates'] = [];
  visit(doc, {
    Scalar(key, node, ancestors) {
      if (key !== 'value' && typeof key !== 'number') return;
      if (!(node.value instanceof Date) || !node.source) return;
      const written = node.source.trim();
      if (written.startsWith(node.value.toISOString().slice(0, 10))) return;
      found.push({ path: pathOf(ancestors, node), written });
    },
  });
  return found;
}

/** The data path of a node from the ancestors `visit` passes: map keys and list indices. */
function pathOf(ancestors: readonly unknown[], node: unknown): PathSegment[] {
  const path: PathSegment[] = [];
  ancestors.forEach((ancestor, i) => {
    const child = ancestors[i + 1] ?? node;
    if (isPair(ancestor) && isScalar(ancestor.key)) path.push(String(ancestor.key.value));
    else if (isSeq(ancestor)) path.push(ancestor.items.indexOf(child as never));
  });
  return path;
}

function isNodeWithRange(node: unknown): node is Node & { range: [number, number, number] } {
  return typeof node === 'object' && node !== null && 'range' in node && Array.isArray((node as Node).range);
}
