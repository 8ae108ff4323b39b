/**
 * `npm run new -- <kind> "<title>"` writes a new entry that already passes the schema, every field
 * explained in a comment, named after the title: `npm run new -- context "Who was on board"` →
 * `src/content/context/who-was-on-board.mdx`. Kinds: context, story, person, place, organisation, question,
 * claim, figure, event, source. Never overwrites a file. `--root <folder>` writes into another content folder.
 */
import { parseArgs } from 'node:util';

try {
  const { values, positionals } = parseArgs({
    options: { root: { type: 'string', default: 'src/content' } },
    allowPositionals: true,
    strict: true,
  });
  // Imported here, not at the top, so that even a broken schema file ends as one line, not a stack trace.
  const { createEntry } = await import('./new/create-entry.ts');
  const { message, code } = createEntry(positionals, values.root, process.cwd());
  (code === 0 ? process.stdout : process.stderr).write(`${message}\n`);
  process.exitCode = code;
} catch (error) {
  const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
  process.stderr.write(`new — could not create the entry (${message}) — usage: npm run new -- <kind> "<title>"\n`);
  process.exitCode = 1;
}
