/**
 * Reading a source: raw bytes → checked, normalised text. Everything that can make an input unusable is caught
 * here, before any parsing, so later steps only ever see clean Unicode text with `\n` line ends.
 */
import { createHash } from 'node:crypto';
import { IngestError } from './errors.ts';

/** Largest source accepted. A long news article is ~60 KB; 1 MiB leaves room while keeping a mistaken
 * binary or database dump from being turned into a page. Documented in the README. */
export const MAX_SOURCE_BYTES = 1024 * 1024;

export interface SourceText {
  /** The text with BOM removed and CRLF/CR turned into LF. */
  text: string;
  /** sha256 of the bytes exactly as stored in `sources/`. */
  sha256: string;
}

/** Checks and decodes one source file's bytes; throws `IngestError` naming `file` on bad input. */
export function readSource(file: string, bytes: Uint8Array): SourceText {
  if (bytes.length > MAX_SOURCE_BYTES) {
    throw new IngestError(
      file,
      `file is ${bytes.length} bytes, over the ${MAX_SOURCE_BYTES}-byte limit for one article`,
    );
  }
  if (bytes.includes(0)) throw new IngestError(file, 'file is binary (it contains NUL bytes), not a text article');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new IngestError(file, 'file is not valid UTF-8 text; save it as UTF-8 and run ingest again');
  }
  // Control characters other than tab and line ends never occur in scraped prose; they mean binary data.
  const control = text.search(/[\u0001-\u0008\u000b\u000c\u000e-\u001f\u007f]/u);
  if (control !== -1) {
    const line = text.slice(0, control).split('\n').length;
    throw new IngestError(
      file,
      `file contains a control character (U+${text.codePointAt(control)!.toString(16).toUpperCase().padStart(4, '0')}) on line ${line}; it looks binary`,
    );
  }
  text = text.replace(/\r\n?/g, '\n');
  if (text.trim() === '') throw new IngestError(file, 'file is empty or holds only whitespace');
  return { text, sha256: createHash('sha256').update(bytes).digest('hex') };
}
