/**
 * Facts carry their time: editors' text that states a role (office, command, leadership) in the
 * present tense must say "as of" a date, or be in the past tense, because every source is dated and
 * the page is read later. A focused heuristic on role verbs and role nouns, sentence by sentence; its
 * limits are written in docs/editing.md ("Roles and time").
 */
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import type { z } from 'astro/zod';
import type { Entry } from './load-entry.ts';
import { problemAt, type Problem } from './problems.ts';
import { fieldName, walkLeaves, type PathSegment } from './schema-walk.ts';

const ROLE_NOUN =
  '(?:head|chief|chair|chairman|chairwoman|commander|governor|director|leader|president|speaker|spokesman|spokeswoman|spokesperson|minister|mayor|secretary)';

const PATTERNS: RegExp[] = [
  // "leads", "heads", "has led", "has also led", "has been head of"
  new RegExp(
    `\\b(?:leads|heads|commands|chairs|directs|governs|has (?:\\w+ )?(?:led|headed|commanded|chaired|directed|governed|been (?:the )?${ROLE_NOUN}))\\b`,
    'iu',
  ),
  // "is the head of", "is its chief"
  new RegExp(`\\b(?:is|are) (?:the |its |their |now )?${ROLE_NOUN}\\b`, 'iu'),
  // "Head of the Kharkiv regional administration since 24 December 2021" (no verb at all)
  new RegExp(`\\b${ROLE_NOUN}\\b[^.;]*\\bsince\\b`, 'iu'),
];

/** Past-tense forms that anchor a sentence in time: "was head … since", "had led it since". */
const PAST = /\b(?:was|were|had|became|took office|served|until|then)\b/iu;

/** The offending phrase in the first sentence of `text` that states a role in the present tense without "as of". */
export function presentTenseRole(text: string): string | undefined {
  for (const sentence of text.split(/(?<=[.;!?])\s+/u)) {
    if (/\bas of\b/iu.test(sentence)) continue;
    for (const [i, pattern] of PATTERNS.entries()) {
      const match = pattern.exec(sentence);
      if (!match) continue;
      if (i === 2 && PAST.test(sentence)) continue;
      return i === 2 ? sentence.slice(match.index, match.index + match[0].length).trim() : match[0];
    }
  }
  return undefined;
}

/** Fields of editors' YAML that hold prose stating facts, checked for present-tense roles. */
const PROSE_FIELDS = new Set(['background', 'text', 'note']);

/** Every prose field of a validated YAML entry (background, text, note, at any depth). */
export function checkTense(entry: Entry, schema: z.ZodType): Problem[] {
  const problems: Problem[] = [];
  walkLeaves(schema, entry.data, (_leaf, value, path: PathSegment[]) => {
    const key = [...path].reverse().find((p) => typeof p === 'string');
    if (typeof value !== 'string' || !key || !PROSE_FIELDS.has(key)) return;
    const phrase = presentTenseRole(value);
    if (phrase)
      problems.push(
        problemAt({ file: entry.file.shown, line: entry.lineOf(path), field: fieldName(path) }, 'roleInPresentTense', {
          phrase,
        }),
      );
  });
  return problems;
}

/** Every paragraph of a context page's body (components contribute no words). */
export function checkTenseInBody(tree: Root, file: string): Problem[] {
  const problems: Problem[] = [];
  visit(tree, 'paragraph', (node) => {
    const phrase = presentTenseRole(toString(node).replace(/\s+/g, ' '));
    if (phrase)
      problems.push(
        problemAt({ file, line: node.position?.start.line ?? 1, field: 'paragraph' }, 'roleInPresentTense', { phrase }),
      );
  });
  return problems;
}
