/**
 * Reads an MDX file the way the build will: frontmatter YAML, then the body parsed with remark-mdx
 * (plus GFM, which Astro's MDX integration enables), keeping mdast positions for line numbers.
 */
import type { Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { finding, type Finding } from './problems.ts';

export type Frontmatter =
  | { kind: 'found'; text: string; /** File line of the first frontmatter line (after `---`). */ firstLine: number }
  | { kind: 'none' }
  | { kind: 'unclosed' };

/** Finds the frontmatter between a first line `---` and the next line `---`. */
export function splitFrontmatter(source: string): Frontmatter {
  const lines = source.replace(/^\uFEFF/, '').split('\n');
  if (lines[0]?.trimEnd() !== '---') return { kind: 'none' };
  const closing = lines.findIndex((line, i) => i > 0 && line.trimEnd() === '---');
  if (closing === -1) return { kind: 'unclosed' };
  return { kind: 'found', text: lines.slice(1, closing).join('\n'), firstLine: 2 };
}

/** A body that failed to parse, already translated into a catalogue problem. */
export interface MdxSyntaxProblem {
  line: number;
  field: string;
  found: Finding;
}

export type ParsedBody = { tree: Root; syntax?: undefined } | { tree?: undefined; syntax: MdxSyntaxProblem };

const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm).use(remarkMdx);

/** Parses the whole file (frontmatter included, so mdast lines are file lines). */
export function parseMdx(source: string): ParsedBody {
  try {
    return { tree: processor.parse(source) };
  } catch (error) {
    if (!isParseMessage(error)) throw error;
    return { syntax: describeSyntaxError(error, source) };
  }
}

interface ParseMessage {
  reason: string;
  ruleId?: string | null;
  source?: string | null;
  line?: number | null;
  place?: { offset?: number; start?: { offset?: number } } | null;
}

function isParseMessage(error: unknown): error is ParseMessage {
  return error instanceof Error && 'reason' in error && typeof error.reason === 'string';
}

/** Quotation marks a word processor puts in place of `"` and `'`; MDX only reads the straight ones. */
const typographicQuotes = '\u201C\u201D\u201E\u201F\u2018\u2019\u201A\u201B\u00AB\u00BB\u2033';

const syntax = (line: number, field: string, found: Finding): MdxSyntaxProblem => ({ line, field, found });

/** Turns micromark / mdast-util-mdx-jsx messages into the editor's terms. */
function describeSyntaxError(error: ParseMessage, source: string): MdxSyntaxProblem {
  const reason = error.reason;
  // "(3:1-3:18)" in a reason is the position of the tag concerned; prefer it to the error's own.
  const tagLine = Number(/\((\d+):\d+-\d+:\d+\)/.exec(reason)?.[1] ?? Number.NaN);
  const line = Number.isNaN(tagLine) ? (error.line ?? 1) : tagLine;
  const offset = error.place?.offset ?? error.place?.start?.offset ?? source.length;

  const unclosed =
    /^Expected a closing tag for `<([^>\s]+)>`/.exec(reason) ??
    /expected corresponding closing tag for `<([^>\s]+)>`/.exec(reason);
  if (unclosed?.[1]) return syntax(line, `<${unclosed[1]}>`, finding('unclosedTag', { name: unclosed[1] }));

  if (error.ruleId === 'unexpected-closing-slash') {
    const name =
      /^<\/([A-Za-z][\w.]*)/.exec(source.slice(offset - 1))?.[1] ??
      /<\/([A-Za-z][\w.]*)/.exec(source.slice(offset - 2))?.[1] ??
      '';
    return syntax(line, `</${name}>`, finding('strayClosingTag', { name }));
  }

  if (error.source === 'micromark-extension-mdx-jsx') {
    if (reason.includes('to create a comment in MDX')) return syntax(line, 'comment', finding('htmlComment'));
    if (reason.includes('before name')) return syntax(line, '<', finding('lessThanSign'));
    const tag = [...source.slice(0, offset).matchAll(/<([A-Za-z][\w.]*)/g)].at(-1);
    if (tag?.[1]) {
      const name = tag[1];
      const tagLine = source.slice(0, tag.index).split('\n').length;
      // The tag as far as its line goes: a value pasted from a word processor has typographic quotes.
      const text = source.slice(tag.index).split('\n')[0] ?? '';
      const quoted = new RegExp(`([A-Za-z]+)\\s*=\\s*["']?[${typographicQuotes}]`).exec(text);
      if (quoted?.[1] || new RegExp(`[${typographicQuotes}]`).test(text)) {
        const attribute = quoted?.[1] ?? /([A-Za-z]+)\s*=/.exec(text)?.[1] ?? 'attribute';
        return syntax(tagLine, `<${name} ${attribute}>`, finding('typographicQuotes', { attribute }));
      }
      const unquoted = /([A-Za-z]+)\s*=\s*[^\s"'{]/.exec(text);
      if (reason.includes('before attribute value') && unquoted?.[1])
        return syntax(tagLine, `<${name} ${unquoted[1]}>`, finding('valueNotQuoted', { attribute: unquoted[1] }));
      return syntax(line, `<${name}>`, finding('unfinishedTag', { name }));
    }
  }

  if (error.source === 'micromark-extension-mdx-expression' && error.ruleId === 'unexpected-eof') {
    return syntax(line, '{', finding('unclosedBrace'));
  }
  return syntax(line, 'mdx', finding('mdxSyntax', { reason: reason.replace(/\s*\(\d+:\d+(-\d+:\d+)?\)/g, '') }));
}
