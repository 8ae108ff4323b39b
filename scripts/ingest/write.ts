/**
 * Writing generated files without losing anyone's work: a file at the target path is replaced only
 * if it is ours and unedited (its hash matches its content). All targets are checked before any is
 * written, and each write goes to a temporary file renamed into place, so a failure leaves nothing
 * half-written.
 */
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { claimedHash, contentHash } from './emit.ts';
import { IngestError } from './errors.ts';

export interface Output {
  /** Path relative to the project root. */
  path: string;
  text: string;
  /** The source file it comes from, named in messages. */
  source: string;
}

/** Throws if writing `out` would destroy a hand edit (unless `force`); returns whether the file changes. */
export function checkTarget(out: Output, force: boolean): boolean {
  if (!existsSync(out.path)) return true;
  const current = readFileSync(out.path, 'utf8');
  if (current === out.text) return false;
  if (!force) {
    const claimed = claimedHash(current);
    if (claimed === null)
      throw new IngestError(
        out.path,
        `not a generated file (it has no ingest hash), so ingest will not overwrite it; move it away, or rerun with --force to replace it`,
      );
    if (claimed !== contentHash(current))
      throw new IngestError(
        out.path,
        `was edited by hand since ingest wrote it; move your edits to the source or an editors' file, or rerun with --force to discard them`,
      );
  }
  return true;
}

export function writeAtomically(out: Output): void {
  const tmp = `${out.path}.tmp-${process.pid}`;
  writeFileSync(tmp, out.text);
  renameSync(tmp, out.path);
}
