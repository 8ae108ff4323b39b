/**
 * Runs the ingest steps in order over one source text. Order matters: sentences before everything
 * (ids), statements before quotes (a quote's speaker is its statement's claimant), mentions last
 * (they link claimants and speakers to entity pages).
 */
import type { Article } from '../../src/schemas/article.ts';
import { splitBlocks } from './blocks.ts';
import { findCounts } from './counts.ts';
import { findDates } from './dates.ts';
import { mentionMatcher, type Entity } from '../../src/text/mentions.ts';
import { buildSegments, type Segment, type Span } from './markup.ts';
import { derivePublished, type SourceMeta } from './published.ts';
import { PRONOUN, findQuotes, type Quote } from './quotes.ts';
import { splitSentences } from '../../src/text/sentences.ts';
import { findStatements } from './statements.ts';

export type ArticleData = Omit<Article, 'generated'>;

export interface Analysis {
  data: ArticleData;
  /** Segment tree per paragraph id, for the MDX body. */
  segments: Map<string, Segment[]>;
}

/** "Vyacheslav Volodin, the top lawmaker in …" → "Vyacheslav Volodin"; "the governor, Oleksandr Prokudin" → "Oleksandr Prokudin". */
export function shortName(claimant: string): string {
  const parts = claimant.split(/,\s+/u);
  return parts.find((p) => /^\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)+$/u.test(p)) ?? parts[0]!;
}

export function analyse(input: {
  file: string;
  text: string;
  sha256: string;
  meta: SourceMeta;
  entities: Entity[];
}): Analysis {
  const { headline, blocks } = splitBlocks(input.file, input.text);
  const published = derivePublished(input.meta, blocks);
  const day = published.date;
  const matcher = mentionMatcher(input.entities);
  const entityOf = (name: string | null) =>
    name
      ? ((matcher.find(name).find((m) => m.start === 0 && m.end === name.length) ?? matcher.find(name)[0])?.entity ??
        null)
      : null;

  const data: ArticleData = {
    title: headline,
    dek: blocks.find((b) => b.kind === 'text')?.text ?? '',
    published,
    source: {
      file: input.file,
      sha256: input.sha256,
      publisher: input.meta.publisher,
      url: input.meta.url,
      language: input.meta.language,
    },
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
  const segments = new Map<string, Segment[]>();
  const unmatched = new Set<string>();
  let lastNamedClaimant: string | null = null;

  blocks.forEach((block, index) => {
    const pid = `p${index + 1}`;
    const spans: Span[] = [];
    const sentences = splitSentences(block.text).map((s, i) => ({
      ...s,
      id: `${pid}s${i + 1}`,
      text: block.text.slice(s.start, s.end),
    }));
    let previousSpeaker: string | null = null;

    for (const s of sentences) {
      spans.push({ kind: 'sentence', start: s.start, end: s.end, attrs: { id: s.id } });
      const at = (x: { start: number; end: number }) => ({ start: s.start + x.start, end: s.start + x.end });
      // Posts are quoted material by their author: their text makes no statements of the article's own.
      const statements = block.kind === 'text' ? findStatements(s.text) : [];
      for (const st of statements) {
        const claimant = PRONOUN.test(st.claimant) && lastNamedClaimant ? lastNamedClaimant : st.claimant;
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
        const speaker: string | null = q.speaker ? shortName(q.speaker) : null;
        data.quotes.push({
          sentence: s.id,
          ...at(q),
          text: q.text,
          speaker,
          speakerFrom: q.speakerFrom,
          entity: entityOf(speaker),
          direct: q.direct,
        });
        spans.push({ kind: 'quote', ...at(q), attrs: { speaker, entity: entityOf(speaker) } });
        previousSpeaker = speaker ?? previousSpeaker;
      }
      const named = statements.filter((st) => !PRONOUN.test(st.claimant)).at(-1);
      if (named) lastNamedClaimant = shortName(named.claimant);

      for (const c of findCounts(s.text)) {
        data.figures.push({ sentence: s.id, ...at(c), value: c.value, written: c.written, noun: c.noun });
        spans.push({ kind: 'figure', ...at(c), attrs: { value: c.value } });
      }
      for (const d of findDates(s.text, day)) {
        data.dates.push({ sentence: s.id, ...at(d), written: d.written, resolved: d.resolved, utc: d.utc, how: d.how });
        spans.push({ kind: 'date', ...at(d), attrs: { resolved: d.resolved, utc: d.utc } });
      }
      const mentions = matcher.find(s.text);
      for (const m of mentions) {
        data.mentions.push({ sentence: s.id, ...at(m), text: m.text, entity: m.entity });
        spans.push({ kind: 'mention', ...at(m), attrs: { entity: m.entity } });
      }
      for (const name of matcher.unmatched(s.text, mentions)) unmatched.add(name);
    }

    data.paragraphs.push({
      id: pid,
      kind: block.kind,
      text: block.text,
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
        entity: entityOf(block.author),
        date: block.date,
        media: block.media,
        unverified: unverifiedBy !== null,
        unverifiedBy,
      });
    }
    segments.set(pid, buildSegments(block.text, spans));
  });

  data.unmatchedNames = [...unmatched].sort();
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
  return { data, segments };
}
