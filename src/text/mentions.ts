/**
 * Sentence → mentions of known people, places and organisations, matched by name or alias
 * (whole words, case-sensitive, longest first), and the capitalised names nothing matched — the
 * candidates for new entries that ingest reports.
 */
import { MONTHS, WEEKDAYS } from './dates.ts';

export interface Entity {
  /** `people/<id>`, `places/<id>` or `organisations/<id>`. */
  ref: string;
  name: string;
  aliases: string[];
}

export interface Mention {
  start: number;
  end: number;
  text: string;
  entity: string;
}

/** Capitalised words that start sentences or name months and days, not people or places. */
const NOT_NAMES = new Set([
  'A',
  'An',
  'The',
  'But',
  'And',
  'In',
  'On',
  'At',
  'Of',
  'Our',
  'Their',
  'They',
  'Both',
  'Now',
  'I',
  'It',
  'He',
  'She',
  'We',
  'To',
  'All',
  'Heart',
  'Separately',
  'Six',
  'Unverified',
  'Video',
  'BREAKING',
  'Regional',
  'President',
  'Russian',
  'Ukrainian',
  'Western',
  ...WEEKDAYS,
  ...MONTHS,
  'GMT',
  'UTC',
]);

export interface MentionMatcher {
  find(sentence: string): Mention[];
  unmatched(sentence: string, mentions: Mention[]): string[];
}

/** "the Belgorod regional governor": the adjective names the region, not the city. */
const ADJECTIVE_NOUN: Record<string, string> = { regional: 'region', provincial: 'province' };

export function mentionMatcher(entities: Entity[]): MentionMatcher {
  const names = entities
    .flatMap((e) => [e.name, ...e.aliases].map((text) => ({ text, entity: e.ref })))
    .sort((a, b) => b.text.length - a.text.length || a.text.localeCompare(b.text));
  const byText = new Map(names.map((n) => [n.text, n.entity]));
  const re = names.length
    ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${names.map((n) => RegExp.escape(n.text)).join('|')})(?![\\p{L}\\p{N}])`, 'gu')
    : null;

  return {
    find(sentence) {
      if (!re) return [];
      return [...sentence.matchAll(re)].map((m) => {
        const end = m.index + m[0].length;
        const adjective = /^\s+(\p{Ll}+)\b/u.exec(sentence.slice(end))?.[1];
        const noun = adjective ? ADJECTIVE_NOUN[adjective] : undefined;
        const entity = (noun && byText.get(`${m[0]} ${noun}`)) || byText.get(m[0])!;
        return { start: m.index, end, text: m[0], entity };
      });
    },
    unmatched(sentence, mentions) {
      const out: string[] = [];
      // Runs of capitalised words ("Oleg Sinegubov", "IL-76"), allowing "of"/"de" inside a name.
      for (const m of sentence.matchAll(
        /(?<![\p{L}\p{N}'’-])\p{Lu}[\p{L}\p{N}'’-]*(?:\s+(?:of\s+|de\s+)?\p{Lu}[\p{L}\p{N}'’-]*)*/gu,
      )) {
        const end = m.index + m[0].length;
        if (mentions.some((x) => m.index < x.end && end > x.start)) continue;
        const words = m[0]
          .replace(/['’]s$/u, '')
          .split(/\s+/u)
          .filter((w) => !NOT_NAMES.has(w));
        const name = words.join(' ');
        if (name.length > 1 && !NOT_NAMES.has(name)) out.push(name);
      }
      return out;
    },
  };
}
