/**
 * Quotation marks in an editor's text promise the speaker's exact words. Where the words are
 * attributed to a sentence of the article (`… said "…" <SaysWho sentence="…" />`), they are checked
 * against that sentence, as claims' `quoted` words are. The text a citation covers is the text since
 * the previous citation in the same paragraph or list item; quotes covered by `<Cite>` (another
 * published source, whose text we do not have) are not checked.
 */
import type { Nodes, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import type { ContentIndex } from './content-index.ts';
import { problemAt, type Problem } from './problems.ts';
import { normaliseQuotes, quoteMismatch } from './quote-fidelity.ts';
import { parseSentenceRef } from '../../src/text/sentence-ref.ts';

/** A run of text with the file line each of its characters is on. */
interface Span {
  text: string;
  lines: number[];
}

const isJsx = (node: Nodes) => node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement';

export function checkQuotedWords(tree: Root, file: string, index: ContentIndex): Problem[] {
  const problems: Problem[] = [];
  visit(tree, 'paragraph', (paragraph) => {
    let span: Span = { text: '', lines: [] };
    const append = (node: Nodes) => {
      const text = toString(node);
      let line = node.position?.start.line ?? 1;
      for (const ch of text) {
        span.text += ch;
        span.lines.push(line);
        if (ch === '\n') line++;
      }
    };
    for (const child of paragraph.children as Nodes[]) {
      if (!isJsx(child)) {
        append(child);
        continue;
      }
      if ('name' in child && child.name === 'SaysWho')
        problems.push(...checkSpan(span, sentenceOf(child, index), file));
      // Any citation closes the text before it; a Claim or KeyFigure right after a SaysWho closes an empty run.
      span = { text: '', lines: [] };
    }
  });
  return problems;
}

function sentenceOf(node: Nodes, index: ContentIndex): { ref: string; text: string } | undefined {
  if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return undefined;
  const attribute = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'sentence');
  const ref = typeof attribute?.value === 'string' ? attribute.value : undefined;
  const { article, sentence } = parseSentenceRef(ref ?? '');
  const text = index.articles.get(article)?.sentences.get(sentence);
  // An unknown sentence is reported by the component check; nothing to compare with here.
  return ref && text !== undefined ? { ref, text } : undefined;
}

function checkSpan(span: Span, sentence: { ref: string; text: string } | undefined, file: string): Problem[] {
  if (!sentence) return [];
  const problems: Problem[] = [];
  // Normalising keeps every character's position, so a match maps back to its line.
  for (const match of normaliseQuotes(span.text).matchAll(/"([^"\n]+)"/g)) {
    const words = span.text.slice(match.index + 1, match.index + 1 + (match[1] ?? '').length);
    const mismatch = quoteMismatch(words, sentence.text);
    if (!mismatch) continue;
    problems.push(
      problemAt({ file, line: span.lines[match.index] ?? 1, field: 'quote' }, 'quoteNotInSentence', {
        words,
        sentence: sentence.ref,
        matchedUpTo: mismatch.matchedUpTo,
      }),
    );
  }
  return problems;
}
