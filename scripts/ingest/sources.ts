/** Finding the source files to ingest and reading their sidecars (`<id>.meta.json`). */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { LANGUAGE_TAG } from '../../src/text/language.ts';
import { isCalendarDay } from '../../src/text/dates.ts';
import { IngestError } from './errors.ts';
import { UNKNOWN, type SourceMeta } from './published.ts';

const FIELDS = ['publisher', 'url', 'language', 'published', 'contentNotice'] as const;

/** `sources/il76-crash-2024-01-24.txt` → `il76-crash-2024-01-24`; the id must already be a clean slug. */
export function articleId(file: string): string {
  const id = basename(file).replace(/\.txt$/u, '');
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/u.test(id)) {
    throw new IngestError(
      file,
      'the file name becomes the page address: use lower-case letters, digits and hyphens, ending in .txt',
    );
  }
  return id;
}

export function listSources(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => join(dir, f));
}

export function readSidecar(file: string): SourceMeta {
  const path = file.replace(/\.txt$/u, '.meta.json');
  const meta: SourceMeta = { publisher: UNKNOWN, url: UNKNOWN, language: UNKNOWN, published: UNKNOWN };
  if (!existsSync(path)) return meta;
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    throw new IngestError(
      path,
      'sidecar is not valid JSON; expected {"publisher", "url", "language", "published"} with "unknown" where unknown',
    );
  }
  if (typeof parsed !== 'object' || parsed === null) throw new IngestError(path, 'sidecar must be a JSON object');
  for (const key of FIELDS) {
    const v = (parsed as Record<string, unknown>)[key];
    if (v === undefined) continue;
    if (typeof v !== 'string' || v.trim() === '')
      throw new IngestError(path, `"${key}" must be a non-empty string (write "unknown" when it is not known)`);
    meta[key] = v;
  }
  if (meta.published !== UNKNOWN && !isCalendarDay(meta.published))
    throw new IngestError(path, `"published" must be a real day as YYYY-MM-DD or "unknown", not "${meta.published}"`);
  if (meta.language !== UNKNOWN && !LANGUAGE_TAG.test(meta.language))
    throw new IngestError(
      path,
      `"language" must be a language tag such as "en" or "uk", or "unknown", not "${meta.language}"`,
    );
  if (meta.url !== UNKNOWN && !/^https?:\/\/\S+$/u.test(meta.url))
    throw new IngestError(path, `"url" must be an http(s) address or "unknown"`);
  return meta;
}
