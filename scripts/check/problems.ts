/**
 * The one place where problems are worded. Every check reports a problem *kind* and its facts;
 * the catalogue below turns them into `problem — fix` in the editor's language, so the wording
 * stays consistent and is pinned by the fixtures in `tests/fixtures/broken/`.
 */

/** Where a problem is: a file shown relative to the working directory, a 1-based line, a field. */
export interface Where {
  file: string;
  line: number;
  /** The field (`people[1]`), tag (`<Cite source>`) or block (`paragraph`) the problem is in. */
  field: string;
}

export interface Problem extends Where {
  problem: string;
  fix: string;
}

const didYouMean = (suggestion: string | undefined): string => (suggestion ? ` (did you mean "${suggestion}"?)` : '');
const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;
const components = '<Cite>, <SaysWho>, <Claim>, <KeyFigure> or <FigureGroup>';

/** The `yaml` package's error codes that editors meet most, in their terms. */
const yamlSyntaxWording: Record<string, (key: string) => { problem: string; fix: string }> = {
  BLOCK_AS_IMPLICIT_KEY: (key) => ({
    problem: 'the value contains ": ", which YAML reads as a new field',
    fix: `put the whole value in double quotes: ${key}: "…"`,
  }),
  MULTILINE_IMPLICIT_KEY: () => ({
    problem: 'a field runs over several lines',
    fix: 'write each field on one line as "key: value", and put long values in double quotes',
  }),
  BAD_INDENT: () => ({
    problem: 'the indentation does not match the lines above',
    fix: 'indent nested lines by two spaces, and close every [ with ]',
  }),
  TAB_AS_INDENT: () => ({ problem: 'a tab is used for indentation', fix: 'indent with spaces' }),
  MISSING_CHAR: () => ({
    problem: 'a quote or bracket is opened but never closed',
    fix: 'close every " with a " and every [ with a ] on the same field',
  }),
  DUPLICATE_KEY: (key) => ({ problem: `"${key}" is written twice`, fix: 'keep one of the two lines' }),
  BAD_SCALAR_START: (key) => ({
    problem: 'the value starts with a character YAML reserves (such as @ or `)',
    fix: `put the value in double quotes: ${key}: "…"`,
  }),
};

/** Problem kind → its wording. Keep each entry one short sentence of problem and one of fix. */
const catalogue = {
  // ── Schema: what a field should hold ────────────────────────────────────────
  missingField: (p: { key: string; placeholder: string; container: string }) => ({
    problem: 'required field is missing',
    fix: `add "${p.key}: ${p.placeholder}" to ${p.container}`,
  }),
  emptyValue: (p: { key: string; placeholder: string }) => ({
    problem: 'has no value',
    fix: `write a value after "${p.key}:", e.g. ${p.key}: ${p.placeholder}`,
  }),
  unquotedDate: (p: { key: string; value: string }) => ({
    problem: `${p.value} without quotes is read as a timestamp, not as text`,
    fix: `put the date in quotes: ${p.key}: "${p.value}"`,
  }),
  wrongType: (p: { expected: string; found: string; placeholder: string }) => ({
    problem: `expected ${p.expected}, found ${p.found}`,
    fix: `write ${p.placeholder}`,
  }),
  badFormat: (p: { value: string; noun: string; hint: string }) => ({
    problem: `"${p.value}" is not ${p.noun}`,
    fix: p.hint,
  }),
  notACalendarDay: (p: { value: string }) => ({
    problem: `"${p.value}" is not a day in the calendar`,
    fix: 'check the day and the month, written as YYYY-MM-DD',
  }),
  notAllowedValue: (p: { value: string; allowed: readonly string[]; suggestion?: string | undefined }) => ({
    problem: `"${p.value}" is not one of the allowed values`,
    fix: `use one of: ${p.allowed.join(', ')}${didYouMean(p.suggestion)}`,
  }),
  textTooShort: (p: { length: number; min: number; hint?: string | undefined }) => ({
    problem: `is ${plural(p.length, 'character')} long, the minimum is ${p.min}`,
    fix: p.hint ?? `write at least ${plural(p.min, 'character')}`,
  }),
  textTooLong: (p: { length: number; max: number; hint?: string | undefined }) => ({
    problem: `is ${plural(p.length, 'character')} long, the maximum is ${p.max}`,
    fix: p.hint ?? `shorten it to ${plural(p.max, 'character')} or fewer`,
  }),
  listTooShort: (p: { length: number; min: number; hint?: string | undefined }) => ({
    problem: `lists ${plural(p.length, 'item')}, the minimum is ${p.min}`,
    fix: p.hint ?? `list at least ${plural(p.min, 'item')}`,
  }),
  listTooLong: (p: { length: number; max: number }) => ({
    problem: `lists ${plural(p.length, 'item')}, the maximum is ${p.max}`,
    fix: `keep at most ${plural(p.max, 'item')}`,
  }),
  numberOutOfRange: (p: { value: string; limit: string }) => ({
    problem: `${p.value} is out of range`,
    fix: `use a number ${p.limit}`,
  }),
  unknownField: (p: { key: string; suggestion?: string | undefined }) => ({
    problem: `"${p.key}" is not a field here`,
    fix: `remove it or correct its spelling${didYouMean(p.suggestion)}`,
  }),
  ruleBroken: (p: { value: string | undefined; rule: string }) => ({
    problem: p.value === undefined ? 'is missing' : `"${p.value}" is not accepted`,
    fix: p.rule,
  }),
  notAMapping: () => ({
    problem: 'holds no fields',
    fix: 'write one "field: value" per line, as in docs/editing.md',
  }),
  schemaOther: (p: { message: string }) => ({
    problem: `has the wrong form (${p.message})`,
    fix: 'compare it with the field table in docs/editing.md',
  }),
  articleOutOfDate: (p: { problem: string }) => ({
    problem: p.problem,
    fix: 'run npm run ingest, which rewrites it, and commit the result',
  }),
  generatedArticleInvalid: (p: { problem: string }) => ({
    problem: p.problem,
    fix: 'regenerate the article with npm run ingest (generated articles are never edited by hand)',
  }),

  // ── Syntax: files that cannot be read ───────────────────────────────────────
  yamlSyntax: (p: { code: string; reason: string; key: string | undefined }) =>
    yamlSyntaxWording[p.code]?.(p.key ?? 'field') ?? {
      problem: `the YAML cannot be read: ${p.reason}`,
      fix: 'compare the line with a file that works in the same folder',
    },
  jsonSyntax: (p: { reason: string }) => ({
    problem: `the JSON cannot be read: ${p.reason}`,
    fix: 'regenerate the article with npm run ingest (generated articles are never edited by hand)',
  }),
  noFrontmatter: () => ({
    problem: 'the file does not start with frontmatter',
    fix: 'make the first line "---", then the fields, then a closing "---" line',
  }),
  unclosedFrontmatter: () => ({
    problem: 'the frontmatter has no closing "---" line',
    fix: 'add a line "---" after the last field',
  }),
  unclosedTag: (p: { name: string }) => ({
    problem: `<${p.name}> is never closed`,
    // The editors' components take no children, so a closing tag is never the fix.
    fix: `end the tag with "/>", e.g. <${p.name} … />`,
  }),
  unfinishedTag: (p: { name: string }) => ({
    problem: `the tag <${p.name} is not finished`,
    fix: 'end it with " />" on the same line',
  }),
  typographicQuotes: (p: { attribute: string }) => ({
    problem: 'the value is in typographic quotes (“…” or ‘…’), which MDX cannot read',
    fix: `retype the quotes around the value as straight quotes: ${p.attribute}="…"`,
  }),
  valueNotQuoted: (p: { attribute: string }) => ({
    problem: 'the value has no quotes around it',
    fix: `put it in straight double quotes: ${p.attribute}="…"`,
  }),
  strayClosingTag: (p: { name: string }) => ({
    problem: `</${p.name}> closes a tag that was never opened`,
    fix: `delete it: <${p.name} … /> needs no closing tag`,
  }),
  unclosedBrace: () => ({
    problem: 'a "{" starts code that is never closed',
    fix: 'write \\{ for a literal brace, or close it with }',
  }),
  lessThanSign: () => ({
    problem: 'a "<" here starts a tag, but no tag follows',
    fix: 'write \\< for a literal "<", or spell the component name right after "<"',
  }),
  htmlComment: () => ({
    problem: 'an HTML comment <!-- … --> does not work in MDX',
    fix: 'write the comment as {/* … */}',
  }),
  mdxSyntax: (p: { reason: string }) => ({
    problem: `the MDX cannot be read: ${p.reason}`,
    fix: 'check the tags and braces on this line against docs/editing.md',
  }),
  unknownComponent: (p: { name: string; suggestion?: string | undefined }) => ({
    problem: `<${p.name}> is not a component`,
    fix: `use ${components}${didYouMean(p.suggestion)}`,
  }),
  missingAttribute: (p: { example: string }) => ({
    problem: 'is missing',
    fix: `write it as ${p.example}`,
  }),
  attributeNotText: (p: { attribute: string }) => ({
    problem: 'is written as code, not as text',
    fix: `write it in quotes: ${p.attribute}="…"`,
  }),
  importNotNeeded: () => ({
    problem: "editors' pages import nothing",
    fix: `delete the line: ${components} work without an import`,
  }),

  // ── References between entries ──────────────────────────────────────────────
  missingEntry: (p: { noun: string; id: string; folder: string; suggestion?: string | undefined }) => ({
    problem: `no ${p.noun} "${p.id}"`,
    fix: `use an id from ${p.folder}${didYouMean(p.suggestion)}`,
  }),
  missingArticle: (p: { id: string; folder: string; suggestion?: string | undefined }) => ({
    problem: `no article "${p.id}"`,
    fix: p.suggestion
      ? `use an article id from ${p.folder}${didYouMean(p.suggestion)}`
      : `run npm run ingest to generate it, or use an article id from ${p.folder}`,
  }),
  missingSentence: (p: { article: string; sentence: string; file: string; first: string; last: string }) => ({
    problem: `article "${p.article}" has no sentence "${p.sentence}"`,
    fix: `use a sentence id from ${p.file} (${p.first} to ${p.last})`,
  }),
  sourceNotListed: (p: { id: string }) => ({
    problem: `"${p.id}" is cited but not listed in sources`,
    fix: `add "${p.id}" to sources in the frontmatter`,
  }),
  sourceNotCited: (p: { id: string }) => ({
    problem: `"${p.id}" is listed but no <Cite> on the page cites it`,
    fix: `add <Cite source="${p.id}" /> where its facts are used, or remove it from sources (<SaysWho> needs no entry there)`,
  }),
  uncitedBlock: (p: { opening: string }) => ({
    problem: `"${p.opening}" cites nothing`,
    fix: 'add <Cite source="…" /> or <SaysWho sentence="…" /> where its facts come from',
  }),
  deadLink: (p: { url: string; suggestion?: string | undefined }) => ({
    problem: `"${p.url}" leads to no page`,
    fix: `link to a page of the site${didYouMean(p.suggestion)}; internal links end with "/"`,
  }),
  relativeLink: (p: { url: string }) => ({
    problem: `"${p.url}" is a relative link`,
    fix: 'start internal links from the site root, e.g. /people/<id>/',
  }),

  // ── Claims, quotes and figures ──────────────────────────────────────────────
  quoteNotVerbatim: (p: { sentence: string; matchedUpTo: string }) => ({
    problem: `the words are not in ${p.sentence} word for word${p.matchedUpTo ? ` (they match up to "${p.matchedUpTo}")` : ''}`,
    fix: 'copy them exactly from the sentence, or set wordsKind: reported for a paraphrase',
  }),
  quoteNotInSentence: (p: { words: string; sentence: string; matchedUpTo: string }) => ({
    problem: `"${p.words}" is in quotation marks but not in ${p.sentence} word for word${p.matchedUpTo ? ` (it matches up to "${p.matchedUpTo}")` : ''}`,
    fix: 'copy the words exactly from that sentence, or drop the quotation marks and report them in your own words',
  }),
  statusTyped: (p: { typed: string; computed: string; reason: string }) =>
    p.typed === p.computed
      ? {
          problem: `status is computed from the evidence, never typed (it is "${p.computed}" now)`,
          fix: 'delete the status line',
        }
      : {
          problem: `"${p.typed}" contradicts the evidence, which makes it "${p.computed}" (${p.reason})`,
          fix: `delete the status line; to change the status, add a dated evidence item that says why`,
        },
  evidenceOutOfOrder: (p: { date: string; previous: string }) => ({
    problem: `${p.date} comes before the evidence above it (${p.previous})`,
    fix: 'list evidence oldest first',
  }),
  evidenceBeforeClaim: (p: { date: string; made: string }) => ({
    problem: `${p.date} is before the claim was made (${p.made})`,
    fix: "correct the date, or the claim's made date; evidence can only answer a claim already made",
  }),
  ownSideCannotCorroborate: (p: { by: string; camp: string }) => ({
    problem: `${p.by} speaks for the claimant's own side (${p.camp}), so its support cannot corroborate the claim`,
    fix: 'write stance: repeats (shown, but it never changes the status), or cite support from outside that side',
  }),
  claimantCannotCorroborate: () => ({
    problem: 'the claimant cannot corroborate its own claim',
    fix: 'write stance: repeats for the claimant saying it again, or cite support from someone else',
  }),
  withdrawalNotByClaimant: (p: { by: string; claimant: string }) => ({
    problem: `only the claimant (${p.claimant}) can withdraw the claim, not ${p.by}`,
    fix: `set by: ${p.claimant} if the claimant withdrew it; if ${p.by} says it is wrong, write stance: contradicts`,
  }),
  sideMissing: (p: { ref: string; file: string; sides: readonly string[] }) => ({
    problem: `${p.ref} has no side, so the ledger cannot tell whose voice it is`,
    fix: `add "side: <${p.sides.join(' | ')}>" to ${p.file}`,
  }),
  claimTextNamesNoClaimant: (p: { names: string }) => ({
    problem: 'the text does not name the claimant',
    fix: `write a whole sentence that names them, e.g. "${p.names} said …"`,
  }),
  roleInPresentTense: (p: { phrase: string }) => ({
    problem: `"${p.phrase}" states a role in the present tense, but the sources are dated`,
    fix: 'write it in the past tense ("led it from <date>") or anchor it in time: "as of <date of the source>"',
  }),
  sumBroken: (p: { value: number; parts: string; total: number }) => ({
    problem: `${p.value} is not the sum of sumOf (${p.parts} = ${p.total})`,
    fix: 'correct value or the figures in sumOf',
  }),
  figureNotInSentence: (p: { value: number; sentence: string; written: string }) => ({
    problem: `${p.sentence} does not give the number ${p.value} (as ${p.written})`,
    fix: 'point sentence at the sentence that gives the figure, or correct value',
  }),
  figureNotInWords: (p: { value: number; source: string; written: string }) => ({
    problem: `the words recorded from ${p.source} do not give the number ${p.value} (as ${p.written})`,
    fix: "copy the source's words that give the figure into words, or correct value",
  }),

  // ── Stories: each piece of content in exactly one ─────────────────────────────
  contextInNoStory: (p: { stories: readonly string[] }) => ({
    problem: 'this page belongs to no story',
    fix: `add "story: <hub id>" (one of: ${p.stories.join(', ')})`,
  }),
  notAHub: (p: { value: string; stories: readonly string[] }) => ({
    problem: `"${p.value}" is not a story: only a context page with hubFor is one`,
    fix: `use one of: ${p.stories.join(', ')}`,
  }),
  articleInTwoStories: (p: { article: string; other: string }) => ({
    problem: `article "${p.article}" is already in story "${p.other}"`,
    fix: 'name each article in one hub only',
  }),
  sentenceInNoStory: (p: { article: string; stories: readonly string[] }) => ({
    problem: `cites article "${p.article}", which belongs to no story, so this entry is in no story`,
    fix: `add "${p.article}" to the hubFor list of its story's hub (one of: ${p.stories.join(', ')})`,
  }),
  sourceInNoStory: (p: { source: string; stories: readonly string[] }) => ({
    problem: `source "${p.source}" is listed on no story's page, so this event is in no story`,
    fix: `add "story: <hub id>" (one of: ${p.stories.join(', ')}), or list the source on that story's page`,
  }),
  sourceInTwoStories: (p: { source: string; stories: readonly string[] }) => ({
    problem: `source "${p.source}" is listed on pages of ${p.stories.length} stories (${p.stories.join(', ')}), so this event is in all of them`,
    fix: `add "story: <hub id>" naming the one it belongs to`,
  }),
  claimSourceInNoStory: (p: { source: string; noun: string; stories: readonly string[] }) => ({
    problem: `rests on source "${p.source}", which no story's page lists, so this ${p.noun} is in no story`,
    fix: `list "${p.source}" in the sources of a page of its story (one of: ${p.stories.join(', ')})`,
  }),
  questionInTwoStories: (p: { stories: readonly string[] }) => ({
    problem: `its claims belong to ${p.stories.length} stories (${p.stories.join(', ')}), but a question belongs to one`,
    fix: `give the claims of each other story a question of their own (npm run new -- question "…")`,
  }),
  storyContradicted: (p: { story: string; derived: string; basis: string }) => ({
    problem: `says story "${p.story}", but its ${p.basis} places it in story "${p.derived}"`,
    fix: `remove the story line: it follows from its ${p.basis}`,
  }),

  placeholderLeft: (p: { text: string }) => ({
    problem: `still holds the placeholder "${p.text}"`,
    fix: 'replace it with real, sourced text (or delete the line if the field is optional)',
  }),

  // ── Files and the checker itself ────────────────────────────────────────────
  ignoredFile: (p: { name: string; rename: string }) => ({
    problem: `${p.name} is ignored: only .yaml files are read`,
    fix: `rename it to ${p.rename}`,
  }),
  notGenerated: (p: { name: string; noun: string; format: string }) => ({
    problem: `${p.name} is not read: this folder holds only what ingest writes, .${p.format} files`,
    fix: `delete it; npm run ingest writes each ${p.noun} from its source in sources/`,
  }),
  inSubFolder: (p: { move: string }) => ({
    problem: 'sub-folders are not read, so this file is not published',
    fix: `move it to ${p.move} (the file name is the id and the page's address)`,
  }),
  badFileName: (p: { name: string; rename: string }) => ({
    problem: `"${p.name}" is not a usable id: the file name is the id`,
    fix: `rename the file to ${p.rename}`,
  }),
  noContentFolder: () => ({
    problem: 'the content folder does not exist',
    fix: 'run the checker from the project folder, or pass --root <content folder>',
  }),
  checkerFailed: (p: { message: string }) => ({
    problem: `the checker could not finish this file (${p.message})`,
    fix: 'report this to the developers with the file attached',
  }),
} satisfies Record<string, (params: never) => { problem: string; fix: string }>;

export type ProblemKind = keyof typeof catalogue;
export type ProblemParams<K extends ProblemKind> = Parameters<(typeof catalogue)[K]>[0];

/** A problem kind with its facts, before it is placed in a file: what checks return. */
export type Finding = { [K in ProblemKind]: { kind: K; params: ProblemParams<K> } }[ProblemKind];

/** Shorthand for building a finding with its parameters type-checked against the catalogue. */
export function finding<K extends ProblemKind>(kind: K, ...params: Parameters<(typeof catalogue)[K]>): Finding {
  return { kind, params: params[0] } as Finding;
}

/** Places a finding in a file. */
export function problemFrom(where: Where, found: Finding): Problem {
  const word = catalogue[found.kind] as (params: unknown) => { problem: string; fix: string };
  return { ...where, ...word(found.params) };
}

/** Builds a problem from the catalogue: `problemAt(where, 'missingField', { … })`. */
export function problemAt<K extends ProblemKind>(
  where: Where,
  kind: K,
  ...params: Parameters<(typeof catalogue)[K]>
): Problem {
  const worded = (catalogue[kind] as (...args: typeof params) => { problem: string; fix: string })(...params);
  return { ...where, ...worded };
}

/** `file:line field — problem — fix`, the one line format editors see. */
export function formatProblem(p: Problem): string {
  return `${p.file}:${p.line} ${p.field} — ${p.problem} — ${p.fix}`;
}

/** Problems in file order, then line order, then the order they were found. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  return problems
    .map((p, i) => ({ p, i }))
    .sort((a, b) => (a.p.file < b.p.file ? -1 : a.p.file > b.p.file ? 1 : a.p.line - b.p.line || a.i - b.i))
    .map(({ p }) => p);
}

/** The whole report: one line per problem, then a count. */
export function formatReport(problems: readonly Problem[], filesChecked: number): string {
  const files = plural(filesChecked, 'file');
  if (problems.length === 0) return `No problems found (${files} checked).\n`;
  const lines = sortProblems(problems).map(formatProblem);
  return `${lines.join('\n')}\n\n${plural(problems.length, 'problem')} found (${files} checked).\n`;
}
