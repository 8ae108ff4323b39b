/**
 * Reported statements: sentence → reported statements ("X said …", "…, X said on Telegram."). Each gives who
 * (the claimant, as the article words it), the reporting verb, what was said and, where the sentence
 * says, the channel. Heuristic by design: it reads the patterns wire copy uses and leaves the rest alone.
 */
import { MONTHS, WEEKDAYS } from '../../src/text/dates.ts';
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
  // Ukrainian, past tense in the three genders and plural: "сказала", "заявили", "повідомив".
  ...['сказа', 'заяви', 'повідоми', 'розпові', 'зазначи', 'дода'].flatMap((stem) => [
    `${stem}в`,
    `${stem}ла`,
    `${stem}ли`,
  ]),
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

/** A name at the end of a phrase: "city engineer Marta Kovalenko" ends in "Marta Kovalenko". */
export const TRAILING_NAME = /(?:^|\s)(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)+)$/u;

/**
 * A subject starts with a capital, a determiner ("the region's governor", "local media"), is a
 * pronoun to resolve later, or ends in a name ("city engineer Marta Kovalenko").
 */
function looksLikeSubject(claimant: string): boolean {
  return (
    /^\p{Lu}/u.test(claimant) ||
    /^(?:it|he|she|they|the|local|regional|a|an|both)\b/u.test(claimant) ||
    TRAILING_NAME.test(claimant)
  );
}

type Reading = {
  claimant: string | null;
  content: string;
  /** For a relative clause opened by a comma: where that comma is in the text before the verb. */
  clauseFrom?: number;
};

/** Text up to the first comma outside a quotation, or the whole text. */
function toComma(text: string): string {
  const quotes = quotationRanges(text);
  for (let i = 0; i < text.length; i++)
    if (text[i] === ',' && !quotes.some(([s, e]) => i > s && i < e)) return text.slice(0, i);
  return text;
}

/** Words that make a relative clause's reported words a sentence about its antecedent: "is part of Russia". */
const COPULA = /^(?:is|are|was|were|has|have|had|will|would|remains|belongs)\b/u;
/** "…across the region" → "the region". */
const ANTECEDENT = /\b((?:the|a|an|its|his|her|their|this|that)\s+(?:[\p{L}'’-]+\s+){0,3}[\p{L}'’-]+)$/u;

/**
 * "…the incident, which President Volodymyr Zelensky called a "Russian war crime"."
 * "…across the region, which the Kremlin claims is part of Russia, the governor … said": the clause
 * ends at its comma, and "is part of Russia" is said of the antecedent: "the region is part of Russia".
 */
function relativeClause(pre: string, after: string): Reading | null {
  const m = /(,\s*)?\b(?:which|who|whom)\s+([^,"“”]+?)\s*$/u.exec(pre.replace(BETWEEN, ''));
  if (!m) return null;
  const said = toComma(after)
    .replace(/[.!?]["”»]?\s*$/u, '')
    .trim();
  const antecedent = ANTECEDENT.exec(pre.slice(0, m.index).replace(/,\s*$/u, ''))?.[1];
  const content = antecedent && COPULA.test(said) ? `${antecedent} ${said}` : said;
  return { claimant: m[2]!, content, ...(m[1] ? { clauseFrom: m.index } : {}) };
}

/**
 * The verb before its subject, at the end of the sentence:
 *   `"…," said Marta Kovalenko, the city engineer.`   `«…», — сказала Марта Коваленко.`
 *   `The bridge is closed, said the mayor.`           `Ніхто не постраждав, заявила мерка Еліна Странд.`
 */
function invertedAttribution(pre: string, after: string): Reading | null {
  const claimant = after
    .replace(/[.!?]\s*$/u, '')
    .replace(/,\s+(?:who|which|whose)\b.*$/su, '')
    .trim();
  if (claimant === '' || words(claimant) > 12 || /[.!?]/u.test(claimant)) return null;
  // "…, Prokudin, said on social media." or "…, said Wednesday." name no subject after the verb.
  if (!looksLikeSubject(claimant) || /^(?:it|he|she|they|a|an)$/iu.test(claimant) || WHEN.test(claimant)) return null;
  const quote = /(["”»“])\s*[,.]?\s*(?:[—–-]\s*)?$/u.exec(pre);
  const last = quotationRanges(pre).at(-1);
  if (quote && last && last[1] === quote.index + 1 && /[,—–-]\s*$|[,]["”»“]\s*$/u.test(pre))
    return { claimant, content: pre.slice(last[0] + 1, last[1] - 1).trim() };
  // Without a quotation, a comma before the verb is mostly an appositive's ("Volodin, the top lawmaker, said
  // the plane…"): only a short subject that ends the sentence counts ("said the mayor", "заявила мерка Еліна Странд").
  const short = words(claimant) <= 4 && !/["“”«»]/u.test(claimant);
  if (/,\s*$/u.test(pre) && short && (TRAILING_NAME.test(claimant) || /^the\s/iu.test(claimant)))
    return { claimant, content: pre.replace(/,\s*$/u, '').trim() };
  return null;
}

/** Words for when, not who: "said Wednesday", "said on Monday". */
const WHEN = new RegExp(
  String.raw`^(?:on\s+|last\s+)?(?:${WEEKDAYS.join('|')}|today|yesterday|earlier|later|${MONTHS.join('|')})\b`,
  'u',
);

/**
 * The article's own voice after a reported statement: "Gladkov had earlier announced a missile alert
 * over the region, but it was not clear if the two events were connected." The claimant said the first
 * part only.
 */
const ARTICLE_VOICE =
  /,?\s+(?:but|and|although|though|while)\s+(?:it\s+(?:was|is|remained|remains)\s+(?:not\s+(?:yet\s+)?(?:immediately\s+)?(?:clear|known)|unclear)|there\s+(?:was|is)\s+no\s+(?:immediate\s+|independent\s+)?(?:confirmation|verification|evidence)|(?:this|that|the claim|the report)\s+could\s+not\s+(?:immediately\s+)?be\s+(?:independently\s+)?(?:verified|confirmed))\b.*$/su;

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
      .replace(/^\s*,?\s*(?:that|що)\s+/u, '')
      .replace(/^\s+/u, '')
      .replace(/[.!?]\s*$/u, '')
      .trim(),
  };
}

export function findStatements(sentence: string): Statement[] {
  const quotes = quotationRanges(sentence);
  const found: Statement[] = [];
  const asides: string[] = [];
  const verbRe = new RegExp(`(?<![\\p{L}-])(${REPORTING_VERBS.join('|')})(?![\\p{L}-])`, 'gu'); // not "so-called"
  for (const m of sentence.matchAll(verbRe)) {
    const at = m.index;
    if (quotes.some(([s, e]) => at > s && at < e)) continue; // a verb inside a quotation is the speaker's, not the article's
    const verb = m[1]!;
    const pre = sentence.slice(0, at);
    const after = sentence.slice(at + verb.length);
    const relative = relativeClause(pre, after);
    const reading =
      relative ??
      invertedAttribution(pre, after) ??
      trailingAttribution(pre, after) ??
      leadingSubject(pre, after, found.at(-1));
    const { claimant } = reading;
    if (!claimant || !looksLikeSubject(claimant)) continue;
    if (reading.clauseFrom !== undefined) {
      // The whole clause as printed, from its comma to the next one, so the main statement can leave it out.
      const said = toComma(after).replace(/[.!?]\s*$/u, '');
      asides.push(sentence.slice(reading.clauseFrom, at + verb.length + said.length));
    }
    const content = reading.content.replace(ARTICLE_VOICE, '');
    // A channel phrase ("on Telegram") belongs to the sentence's main attribution, not to an aside.
    found.push(...eachSide({ claimant, verb, content, channel: relative ? null : channelOf(sentence), at }));
  }
  // A relative clause with its own claimant is not part of the main statement's words.
  return found.map((st) => ({
    ...st,
    content: asides.reduce((c, aside) => c.replace(aside, ''), st.content).trim(),
  }));
}

/**
 * "Russia and Ukraine accused each other of …" is two statements, one per side: Russia accused
 * Ukraine of …, and Ukraine accused Russia of …. Each side keeps the article's wording.
 */
function eachSide(st: Statement): Statement[] {
  const sides = /^(?:[Bb]oth\s+)?(.+?)\s+and\s+(.+)$/u.exec(st.claimant);
  const mutual = /^(?:each other|one another)\b/u.exec(st.content);
  if (!sides || !mutual) return [st];
  const [a, b] = [sides[1]!, sides[2]!];
  const rest = st.content.slice(mutual[0].length);
  return [
    { ...st, claimant: a, content: `${b}${rest}` },
    { ...st, claimant: b, content: `${a}${rest}` },
  ];
}
