/**
 * Last step: analysis → the generated JSON file, the article as data. JSON rather than YAML because
 * machines read it (the build parses every article on every run, and `JSON.parse` is about ten times
 * faster than a YAML parser); every string is a JSON string, so no character of the source can become
 * structure. The page builds its markup from these fields (`src/text/markup.ts`), so each sentence is
 * written once and nothing is compiled.
 *
 * JSON has no comments, so the "do not edit" notice is a field: `generated` comes first and holds who
 * wrote the file, the notice and the file's hash, which `write.ts` uses to refuse to overwrite a hand edit.
 */
import { createHash } from 'node:crypto';
import type { Analysis } from './analyse.ts';

export const GENERATOR = 'scripts/ingest.ts';
/** The line of `generated.hash`: the only key at that depth named `hash`, and JSON strings hold no line breaks. */
const HASH_LINE = /^ {4}"hash": "([0-9a-f]{64})",?\n/mu;

/** sha256 of a generated file with its own hash line taken out. */
export function contentHash(fileText: string): string {
  return createHash('sha256').update(fileText.replace(HASH_LINE, '')).digest('hex');
}

/** The hash a generated file claims for itself, or null if it carries none. */
export function claimedHash(fileText: string): string | null {
  return HASH_LINE.exec(fileText)?.[1] ?? null;
}

/**
 * Characters JSON allows raw inside strings that YAML does not (the checker reads the file with a
 * YAML parser to find lines) or that editors cannot see: escaped as `\uXXXX`. Everything outside
 * strings is ASCII, so the replacement can only touch string contents.
 */
const INVISIBLE = /[\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff]/gu;

/** Pretty JSON, 2-space indent, keys in the order given, a newline at the end. */
export function toJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2).replace(INVISIBLE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)}\n`;
}

export function emitArticle({ data }: Analysis): string {
  const placeholder = '0'.repeat(64);
  const note = `Do not edit: ingest refuses to overwrite a hand-edited file. Change ${data.source.file.replace(/\s+/gu, ' ')} or the entity files, then run \`npm run ingest\`.`;
  const text = toJson({ generated: { by: GENERATOR, note, hash: placeholder }, ...data });
  return text.replace(`"hash": "${placeholder}"`, `"hash": "${contentHash(text)}"`);
}
