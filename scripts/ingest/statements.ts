/**
 * Step 4: sentence → reported statements ("X said …", "…, X said on Telegram."). Each gives who
 * (the claimant, as the article words it), the reporting verb, what was said and, where the sentence
 * says, the channel. Heuristic by design: it reads the patterns wire copy uses and leaves the rest alone.
 */
import { quotationRanges } from '../../src/text/sentences.ts';

export const REPORTING_VERBS = [
  'said',
  'says',
  'told',
  'claimed',
  'claims',
  'accused',
  'blamed',
  'announced',
  'cited',
  'called',
  'urged',
  'denied',
  'confirmed',
  'reported',
  'stated',
  'warned',
];

/** Words between a subject and its verb: "had earlier announced", "have also recently accused". */
const BETWEEN =
  /(?:\s+(?:had|has|have|also|earlier|later|initially|recently|reportedly|already|previously|then|again|repeatedly|once))+$/iu;
/** Phrases that open a sentence without being its subject: "In Kyiv,", "Separately,", "But". */
const OPENER =
  /^(?:(?:But|And|Yet|However|Meanwhile|Separately|Still|Earlier|Later|Also),?\s+|(?:In|On|At|By|Over|After|Before|During|Since)\s+[^,]{1,40},\s+)/u;
/** The end of a sentence after a trailing attribution: "on Telegram.", "Wednesday.", "lawmakers in a plenary session." */
const TRAILER_MAX_WORDS = 6;

const CHANNELS: Array<[RegExp, string]> = [
  [/\bon Telegram\b/u, 'Telegram'],
  [/\bon social media\b/u, 'social media'],
  [/\bon (?:X|Twitter)\b/u, 'X (Twitter)'],
  [/\bin a plenary session\b/u, 'plenary session'],
  [/\btold ([\p{L}' ]*?news agencies)\b/u, '$1'],
  [/\btold (reporters|journalists|lawmakers|state television)\b/u, '$1'],
  [/\bin a statement\b/u, 'statement'],
];

export interface Statement {
  claimant: string;
  verb: string;
  content: string;
  channel: string | null;
  /** Offset of the verb in the sentence. */
  at: number;
}

const words = (s: string) => s.trim().split(/\s+/u).filter(Boolean).length;

function channelOf(sentence: string): string | null {
  for (const [re, label] of CHANNELS) {
    const m = re.exec(sentence);
    if (m) return label.startsWith('$') ? m[1]! : label;
  }
  return null;
}

/** Strips "the plane had been … and" style prefixes to find the subject before a verb. */
function subjectBefore(pre: string): string | null {
  let s = pre.trim().replace(BETWEEN, '').trim();
  s = s.replace(OPENER, '').replace(OPENER, '').trim();
  if (s === '' || words(s) > 14) return null;
  return s.replace(/,$/u, '');
}

/** The last comma-separated phrase before a trailing verb, joining an appositive ("the governor, Oleksandr Prokudin"). */
function trailingSubject(pre: string): string | null {
  const afterQuote = /["”]\s*([^"”]*)$/u.exec(pre);
  if (afterQuote && afterQuote[1]!.trim() !== '' && !afterQuote[1]!.includes(',')) return afterQuote[1]!.trim();
  const parts = pre.replace(/,\s*$/u, '').split(/,\s+/u);
  const last = parts.at(-1)?.trim();
  if (!last || words(last) > 8) return null;
  const before = parts.at(-2)?.trim();
  const isName = /^\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)+$/u.test(last);
  if (isName && before && /^the\s+[\p{L}' ]+$/u.test(before) && words(before) <= 4) return `${before}, ${last}`;
  return last;
}

/** A subject starts with a capital, a determiner ("the region's governor", "local media") or is a pronoun to resolve later. */
function looksLikeSubject(claimant: string): boolean {
  return /^\p{Lu}/u.test(claimant) || /^(?:it|he|she|they|the|local|regional|a|an|both)\b/u.test(claimant);
}

type Reading = { claimant: string | null; content: string };

/** "…the incident, which President Volodymyr Zelensky called a "Russian war crime"." */
function relativeClause(pre: string, after: string): Reading | null {
  const m = /\b(?:which|who|whom)\s+([^,"“”]+?)\s*$/u.exec(pre.trim().replace(BETWEEN, ''));
  return m ? { claimant: m[1]!, content: after.replace(/[.!?]\s*$/u, '').trim() } : null;
}

/** "…, regional governor Vyacheslav Gladkov said on Telegram." or "\"…,\" it said." — the verb ends the sentence. */
function trailingAttribution(pre: string, after: string): Reading | null {
  const tail = after.replace(/[.!?]["”]?\s*$/u, '');
  const endsClause = /,\s*["”]?\s*[^,]*$/u.test(pre);
  if (!endsClause || words(tail) > TRAILER_MAX_WORDS || /\bthat\b/u.test(tail)) return null;
  const claimant = trailingSubject(pre);
  const cut = claimant ? pre.lastIndexOf(claimant) : -1;
  const said = (cut > 0 ? pre.slice(0, cut) : pre)
    .replace(/[,\s]+$/u, '')
    .replace(/^["“]|["”],?$/gu, '')
    .trim();
  return { claimant, content: said };
}

/** "Russia's defence ministry said earlier on that 74 people…" — the subject opens the sentence. */
function leadingSubject(pre: string, after: string, previous: Statement | undefined): Reading {
  // "…said the plane had been shot down and blamed Western missiles": the second verb shares the subject.
  const coordinated = /\s+and\s*$/u.test(pre) && previous !== undefined;
  return {
    claimant: coordinated ? previous.claimant : subjectBefore(pre),
    content: after
      .replace(/^\s*(?:that\s+)?/u, '')
      .replace(/[.!?]\s*$/u, '')
      .trim(),
  };
}

export function findStatements(sentence: string): Statement[] {
  const quotes = quotationRanges(sentence);
  const found: Statement[] = [];
  const verbRe = new RegExp(`(?<![\\p{L}-])(${REPORTING_VERBS.join('|')})(?![\\p{L}-])`, 'gu'); // not "so-called"
  for (const m of sentence.matchAll(verbRe)) {
    const at = m.index;
    if (quotes.some(([s, e]) => at > s && at < e)) continue; // a verb inside a quotation is the speaker's, not the article's
    const verb = m[1]!;
    const pre = sentence.slice(0, at);
    const after = sentence.slice(at + verb.length);
    const relative = relativeClause(pre, after);
    const { claimant, content } =
      relative ?? trailingAttribution(pre, after) ?? leadingSubject(pre, after, found.at(-1));
    if (!claimant || !looksLikeSubject(claimant)) continue;
    // A channel phrase ("on Telegram") belongs to the sentence's main attribution, not to an aside.
    found.push({ claimant, verb, content, channel: relative ? null : channelOf(sentence), at });
  }
  return found;
}
