/**
 * What ingest made from each source last time, so that `npm run build` with no new or changed source
 * does not derive every article again (about 9 ms each: 2 s of every build at 220 articles).
 *
 * An article depends on its source's bytes and path, its sidecar, the names and aliases of the entities
 * (mentions are matched against them) and ingest's own code. A hash of all of these is the key; the value is
 * the hash of the article file ingest wrote. A source is skipped only when its key is stored and its
 * article file still has that hash, so a deleted or hand-edited article goes through ingest's usual path
 * (which refuses to overwrite a hand edit). The code's hash covers every module `scripts/ingest.ts` imports
 * and `package-lock.json`: a change to any rule starts afresh. Kept in `.astro/ingest-cache.json`.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { importClosure } from '../../src/integrations/content-cache.ts';

const sha256 = (...parts: (string | Uint8Array)[]): string => {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part).update('\0');
  return hash.digest('hex');
};

/** A hash of ingest's code and dependencies. */
function ingestVersion(): string {
  const root = join(import.meta.dirname, '..', '..');
  const files = [...importClosure([join(root, 'scripts', 'ingest.ts')]), join(root, 'package-lock.json')];
  return sha256(...files.filter((f) => existsSync(f)).flatMap((f) => [f.slice(root.length), readFileSync(f)]));
}

export class IngestCache {
  readonly #file: string;
  readonly #context: string;
  readonly #old: Record<string, string>;
  readonly #next: Record<string, string> = {};

  /** `inputs`: what every article depends on besides its own source (the entities). */
  constructor(projectDir: string, inputs: unknown) {
    this.#file = join(projectDir, '.astro', 'ingest-cache.json');
    this.#context = sha256(ingestVersion(), JSON.stringify(inputs));
    let old: Record<string, string> = {};
    try {
      old = JSON.parse(readFileSync(this.#file, 'utf8')) as Record<string, string>;
    } catch {
      // no cache yet, or an unreadable one: start afresh
    }
    this.#old = old;
  }

  key(file: string, bytes: Uint8Array, sidecar: unknown): string {
    return sha256(this.#context, file, bytes, JSON.stringify(sidecar));
  }

  /** True when `article` is what ingest made last time from the source with this key. */
  unchanged(key: string, article: string): boolean {
    const stored = this.#old[key];
    if (stored === undefined || !existsSync(article) || sha256(readFileSync(article)) !== stored) return false;
    this.#next[key] = stored;
    return true;
  }

  record(key: string, articleText: string): void {
    this.#next[key] = sha256(articleText);
  }

  /**
   * Writes what this run saw: after a run over every source, only that (older versions of the sources are
   * dropped); after a run over some, added to what was there. Atomically, since two builds may run at once.
   */
  save(everySource: boolean): void {
    mkdirSync(dirname(this.#file), { recursive: true });
    const tmp = `${this.#file}.tmp-${process.pid}`;
    writeFileSync(tmp, JSON.stringify(everySource ? this.#next : { ...this.#old, ...this.#next }));
    renameSync(tmp, this.#file);
  }
}
