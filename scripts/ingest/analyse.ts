/**
 * Runs the ingest steps in order over one source text. Order matters: sentences before everything
 * (ids), statements before quotes (a quote's speaker is its statement's claimant), mentions last
 * (they link claimants and speakers to entity pages).
 */
import type { Article } from '../../src/schemas/article.ts';
import { articleLanguage, scriptLanguage } from '../../src/text/language.ts';
import { splitBlocks } from './blocks.ts';
import { findDateline } from './datelines.ts';
import { findCounts } from './counts.ts';
import { findDates } from './dates.ts';
import { mentionMatcher, type Entity } from '../../src/text/mentions.ts';
import { UNKNOWN, derivePublished, type SourceMeta } from './published.ts';
import { PRONOUN, findQuotes, type Quote } from './quotes.ts';
import { splitSentences } from '../../src/text/sentences.ts';
import { TRAILING_NAME, findStatements } from './statements.ts';

export type ArticleData = Omit<Article, 'generated'>;

export interface Analysis {
  data: ArticleData;
}

/** A title before a name: "Mayor Elin Strand", "President Volodymyr Zelensky" → the name alone. */
const TITLE =
  /^(?:(?:Regional|Deputy|Prime|Foreign|Defence|Defense)\s+)?(?:Mayor|President|Governor|Minister|Chancellor|Senator|Councillor|Councilor|General|Colonel|Captain|Commissioner|Spokesperson|Spokesman|Spokeswoman|Speaker|Dr|Mr|Mrs|Ms|Prof)\.?\s+(?=\p{Lu}\S*\s+\p{Lu})/u;

/**
 * "Vyacheslav Volodin, the top lawmaker in …" → "Vyacheslav Volodin"; "the governor, Oleksandr Prokudin"
 * → "Oleksandr Prokudin"; "city engineer Marta Kovalenko" → "Marta Kovalenko".
 */
export function shortName(claimant: string): string {
  const parts = claimant.split(/,\s+/u).map((p) => p.replace(TITLE, ''));
  const whole = parts.find((p) => /^\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)+$/u.test(p));
  if (whole) return whole;
  return parts.map((p) => TRAILING_NAME.exec(p)?.[1]).find(Boolean) ?? parts[0]!;
}

export function analyse(input: {
  file: string;
  text: string;
  sha256: string;
  meta: SourceMeta;
  entities: Entity[];
}): Analysis {
  const { headline, blocks } = splitBlocks(input.file, input.text);
  const firstText = blocks.findIndex((b) => b.kind === 'text');
  const dateline = firstText === -1 ? null : findDateline(blocks[firstText]!.text);
  const published = derivePublished(input.meta, blocks, dateline);
  // The article's language: the sidecar's, else what the headline's and paragraphs' letters make certain.
  const language = articleLanguage(
    input.meta.language === UNKNOWN ? null : input.meta.language,
    [headline, ...blocks.filter((b) => b.kind === 'text').map((b) => b.text)].join('\n'),
  );
  const own = (text: string, parent: string | null) => {
    const found = scriptLanguage(text)?.code;
    return found && found !== parent ? { language: found } : {};
  };
  const day = published.date;
  const matcher = mentionMatcher(input.entities);
  // The entity a name stands for: one matching all of it, or a person or organisation ending it
  // ("President Volodymyr Zelensky"); never a place inside a title ("The Belgorod regional governor").
  const entityOf = (name: string | null): string | null => {
    if (!name) return null;
    const found = matcher.find(name);
    const whole = found.find((m) => m.start === 0 && m.end === name.length);
    const last = found.find((m) => m.end === name.length && /^(?:people|organisations)\//u.test(m.entity));
    return (whole ?? last)?.entity ?? null;
  };

  const data: ArticleData = {
    title: headline,
    ...(own(headline, language.code).language ? { titleLanguage: own(headline, language.code).language } : {}),
    dek: blocks.find((b) => b.kind === 'text')?.text ?? '',
    language,
    dateline:
      dateline && firstText !== -1
        ? {
            paragraph: `p${firstText + 1}`,
            text: dateline.text,
            place: dateline.place,
            written: dateline.written,
            agency: dateline.agency,
          }
        : null,
    published,
    source: {
      file: input.file,
      sha256: input.sha256,
      publisher: input.meta.publisher,
      url: input.meta.url,
      language: input.meta.language,
    },
    ...(input.meta.contentNotice ? { contentNotice: input.meta.contentNotice } : {}),
    counts: { paragraphs: 0, sentences: 0, posts: 0, quotes: 0, statements: 0, figures: 0, dates: 0, mentions: 0 },
    paragraphs: [],
    posts: [],
    quotes: [],
    statements: [],
    figures: [],
    dates: [],
    mentions: [],
    unmatchedNames: [],
  };
  const unmatched = new Set<string>();
  // A single capitalised word that only ever opens a sentence ("Nobody", "Please", "Мішки") is not a name.
  const openersOnly = new Set<string>();
  const midSentence = new Set<string>();
  let lastNamedClaimant: string | null = null;
  // Full names met so far, so a later surname ("Strand said") is recorded under the full name ("Elin Strand").
  const fullNames: string[] = [];
  const fullName = (name: string): string =>
    /\s/u.test(name) ? name : (fullNames.findLast((n) => n.split(/\s+/u).at(-1) === name) ?? name);

  blocks.forEach((block, index) => {
    const pid = `p${index + 1}`;
    const blockLanguage = own(block.text, language.code);
    const paragraphLanguage = blockLanguage.language ?? language.code;
    // A dateline opens the paragraph but is no part of its first sentence; credits hold no sentences.
    const opening = index === firstText && dateline ? dateline.text.length : 0;
    const body = block.text.slice(opening);
    const sentences =
      block.kind === 'credits'
        ? []
        : splitSentences(body).map((s, i) => ({
            start: s.start + opening,
            end: s.end + opening,
            id: `${pid}s${i + 1}`,
            text: body.slice(s.start, s.end),
          }));
    let previousSpeaker: string | null = null;

    for (const s of sentences) {
      const at = (x: { start: number; end: number }) => ({ start: s.start + x.start, end: s.start + x.end });
      // Posts are quoted material by their author: their text makes no statements of the article's own.
      const statements = block.kind === 'text' ? findStatements(s.text) : [];
      for (const st of statements) {
        const claimant = PRONOUN.test(st.claimant) && lastNamedClaimant ? lastNamedClaimant : st.claimant;
        const name = shortName(claimant);
        if (/^\p{Lu}\S*(?:\s+\p{Lu}\S*)+$/u.test(name) && !fullNames.includes(name)) fullNames.push(name);
        data.statements.push({
          sentence: s.id,
          claimant,
          entity: entityOf(shortName(claimant)),
          verb: st.verb,
          content: st.content,
          channel: st.channel,
        });
      }
      const quotes: Quote[] =
        block.kind === 'text' ? findQuotes(s.text, statements, previousSpeaker, lastNamedClaimant) : [];
      for (const q of quotes) {
        const speaker: string | null = q.speaker ? fullName(shortName(q.speaker)) : null;
        const quoteLanguage = own(q.text, paragraphLanguage);
        data.quotes.push({
          sentence: s.id,
          ...at(q),
          text: q.text,
          speaker,
          speakerFrom: q.speakerFrom,
          entity: entityOf(speaker),
          direct: q.direct,
          ...quoteLanguage,
        });
        previousSpeaker = speaker ?? previousSpeaker;
      }
      const named = statements.filter((st) => !PRONOUN.test(st.claimant)).at(-1);
      if (named) lastNamedClaimant = shortName(named.claimant);

      for (const c of findCounts(s.text)) {
        data.figures.push({ sentence: s.id, ...at(c), value: c.value, written: c.written, noun: c.noun });
      }
      for (const d of findDates(s.text, day)) {
        data.dates.push({ sentence: s.id, ...at(d), written: d.written, resolved: d.resolved, utc: d.utc, how: d.how });
      }
      const mentions = matcher.find(s.text);
      for (const m of mentions) {
        data.mentions.push({ sentence: s.id, ...at(m), text: m.text, entity: m.entity });
      }
      for (const name of matcher.unmatched(s.text, mentions)) {
        unmatched.add(name);
        const opener = !/\s/u.test(name) && new RegExp(`^\\P{L}*${name}(?![\\p{L}\\p{N}])`, 'u').test(s.text);
        (opener ? openersOnly : midSentence).add(name);
      }
    }

    data.paragraphs.push({
      id: pid,
      kind: block.kind,
      text: block.text,
      ...blockLanguage,
      sentences: sentences.map(({ id, text }) => ({ id, text })),
    });
    if (block.kind === 'post') {
      const intro = index > 0 ? data.paragraphs[index - 1] : undefined;
      const unverifiedBy =
        intro?.kind === 'text' && /\bunverified\b/iu.test(intro.text)
          ? (intro.sentences.find((x) => /\bunverified\b/iu.test(x.text))?.id ?? null)
          : null;
      data.posts.push({
        paragraph: pid,
        text: block.text,
        author: block.author,
        handle: block.handle,
        platform: block.platform,
        entity: entityOf(block.author),
        date: block.date,
        attribution: block.attribution,
        media: block.media,
        links: block.links,
        unverified: unverifiedBy !== null,
        unverifiedBy,
      });
    }
  });

  data.unmatchedNames = [...unmatched].filter((n) => !openersOnly.has(n) || midSentence.has(n)).sort();
  data.counts = {
    paragraphs: data.paragraphs.length,
    sentences: data.paragraphs.reduce((n, p) => n + p.sentences.length, 0),
    posts: data.posts.length,
    quotes: data.quotes.length,
    statements: data.statements.length,
    figures: data.figures.length,
    dates: data.dates.length,
    mentions: data.mentions.length,
  };
  return { data };
}
