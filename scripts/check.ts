/**
 * `npm run check [-- --root <content folder>]`: validates all content before a build and prints one
 * line per problem, `file:line field — problem — fix`, then a count. Exit code 0 when clean, 1 when
 * anything needs fixing. Reads only: it never writes or deletes content.
 */
import { parseArgs } from 'node:util';

try {
  const { values } = parseArgs({ options: { root: { type: 'string', default: 'src/content' } }, strict: true });
  // Imported here, not at the top, so that even a broken schema file ends as one line, not a stack trace.
  const { checkContent } = await import('./check/check-content.ts');
  const { formatReport } = await import('./check/problems.ts');
  const { EntryCache } = await import('./check/entry-cache.ts');
  // Files unchanged since the last run are not parsed again (.astro/check-cache.bin, see entry-cache.ts).
  const cache = new EntryCache('.astro/check-cache.bin');
  const { problems, filesChecked } = checkContent({ root: values.root, cache });
  cache.save();
  process.stdout.write(formatReport(problems, filesChecked));
  process.exitCode = problems.length === 0 ? 0 : 1;
} catch (error) {
  const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
  process.stdout.write(
    `check — the checker could not run (${message}) — run it as npm run check [-- --root <content folder>]; if this line stays, pass it on to the developers\n`,
  );
  process.exitCode = 1;
}
