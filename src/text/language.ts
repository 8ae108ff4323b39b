/**
 * Which human language a piece of text is in, and which `lang` a page, an element, the JSON-LD, the
 * feeds and the search index get. One place for all of it: ingest records an article's language with
 * the rules below, pages and feeds read the record, and nothing else decides a language.
 *
 * - The site's own words (navigation, notices, labels) are English: `SITE_LANGUAGE`.
 * - An article's language comes from its sidecar (`"language": "uk"`), else from its script, but only
 *   where the letters make it certain (`scriptLanguage`); otherwise it is unknown and gets `lang=""`
 *   (HTML's "language unknown"), never a guessed tag.
 * - A page whose main text is all in one language carries that language on `<html>` (and its JSON-LD);
 *   the site's own words on it are marked `lang="en"` (`chromeLang`).
 */
import { site } from '../site/settings.ts';

/** The language of the site's own words: navigation, notices, labels, editors' pages (`src/site/settings.json`). */
export const SITE_LANGUAGE = site.language;

/** A BCP 47 tag as sidecars write it: `en`, `uk`, `pt-BR`, `sr-Latn`. */
export const LANGUAGE_TAG = /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/u;

/** How an article's language was found; written into the generated frontmatter. */
export interface LanguageRecord {
  /** BCP 47 tag, or null where it is not known. */
  code: string | null;
  from: 'sidecar' | 'script' | 'unknown';
  /** For a reader who doubts it: "given in the source sidecar file", "inferred from the letters: …". */
  note: string;
}

/** `uk` → `Ukrainian`; an unknown tag is shown as itself. */
export function languageName(code: string): string {
  try {
    return new Intl.DisplayNames(['en'], { type: 'language', fallback: 'code' }).of(code) ?? code;
  } catch {
    return code;
  }
}

interface ScriptRule {
  code: string;
  /** The script most of the letters must be in. */
  script: RegExp;
  /** Letters only this language's alphabet has among those sharing the script (any one is enough). */
  marks?: RegExp;
  /** Letters that would point to a sister language: any one of them and nothing is inferred. */
  excludes?: RegExp;
  why: string;
}

/**
 * Only scripts that settle the language. Latin or plain Cyrillic settle nothing (dozens of languages
 * share them); Ukrainian does, by letters no other Cyrillic alphabet in news use has, as long as no
 * Russian- or Belarusian-only letter appears.
 */
const RULES: ScriptRule[] = [
  {
    code: 'uk',
    script: /\p{Script=Cyrillic}/u,
    marks: /[єїґЄЇҐ]/u,
    excludes: /[ыэъёўЫЭЪЁЎ]/u,
    why: 'the Cyrillic text uses letters only Ukrainian has (є, ї, ґ) and none of Russian or Belarusian (ы, э, ъ, ё, ў)',
  },
  { code: 'el', script: /\p{Script=Greek}/u, why: 'the text is in Greek script' },
  { code: 'ka', script: /\p{Script=Georgian}/u, why: 'the text is in Georgian script' },
  { code: 'hy', script: /\p{Script=Armenian}/u, why: 'the text is in Armenian script' },
  { code: 'ko', script: /\p{Script=Hangul}/u, why: 'the text is in Hangul' },
  { code: 'ja', script: /[\p{Script=Hiragana}\p{Script=Katakana}]/u, why: 'the text uses Japanese kana' },
];

/** Share of a text's letters that must be in the rule's script; the rest may be names or acronyms in Latin. */
const SCRIPT_SHARE = 0.8;

/**
 * The language a text's letters make certain, or null. A short text without a telling letter, mixed
 * scripts, or a script many languages share all give null: no `lang` is better than a wrong one.
 */
export function scriptLanguage(text: string): { code: string; why: string } | null {
  const letters = [...text].filter((c) => /\p{L}/u.test(c));
  if (letters.length === 0) return null;
  for (const rule of RULES) {
    const inScript = letters.filter((c) => rule.script.test(c)).length;
    if (inScript / letters.length < SCRIPT_SHARE) continue;
    if (rule.excludes?.test(text)) return null;
    if (rule.marks && !rule.marks.test(text)) return null;
    return { code: rule.code, why: rule.why };
  }
  return null;
}

/** The language of an article: the sidecar's word, else what the script makes certain, else unknown. */
export function articleLanguage(sidecar: string | null, text: string): LanguageRecord {
  if (sidecar) return { code: sidecar, from: 'sidecar', note: 'given in the source sidecar file' };
  const found = scriptLanguage(text);
  if (found) return { code: found.code, from: 'script', note: `inferred from the letters: ${found.why}` };
  return {
    code: null,
    from: 'unknown',
    note: 'the sidecar gives none and the letters do not settle it',
  };
}

/**
 * The `lang` attribute an element needs inside a parent in `parent`: the element's language where it
 * differs, `""` (unknown) where the element's language is unknown but the parent's is not, or
 * undefined (inherit).
 */
export function langAttr(own: string | null, parent: string | null): string | undefined {
  if (own === parent) return undefined;
  return own ?? '';
}

/** `lang` for the site's own words on a page whose `<html lang>` is `pageLang`. */
export function chromeLang(pageLang: string): string | undefined {
  return langAttr(SITE_LANGUAGE, pageLang);
}

/**
 * The `<html lang>` of a page whose main text is in `content`: that language when known, else the
 * site's (the page then marks its text `lang=""`).
 */
export function pageLanguage(content: string | null): string {
  return content ?? SITE_LANGUAGE;
}

/**
 * The one language shared by a set of items (feed entries, indexed pages), else the site's: a feed or
 * search index only takes another language when all of it is in that language.
 */
export function sharedLanguage(languages: ReadonlyArray<string | null | undefined>): string {
  const set = new Set(languages.map((l) => l ?? SITE_LANGUAGE));
  return set.size === 1 ? [...set][0]! : SITE_LANGUAGE;
}
