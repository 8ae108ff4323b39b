/**
 * Expected output of a fixture, as committed. A test never writes one: a missing file fails the test
 * with the command that writes it on purpose (tests/accept.ts), so a new or changed output is always
 * a reviewed change.
 */
import { existsSync, readFileSync } from 'node:fs';
import { relative } from 'node:path';

export function readExpected(file: string, fixture: string): string {
  if (!existsSync(file))
    throw new Error(
      `${relative(process.cwd(), file)} is missing — write it with npm run fixtures:accept -- ${fixture}, then review it like code`,
    );
  return readFileSync(file, 'utf8');
}
