/**
 * `npm run find -- <words>`: lists the entries (pages, people, places, organisations, questions,
 * claims, figures, events, sources) whose id or text holds every word, and for each matching source
 * the entries that cite it. Look here before adding a source or an entry. Reads only.
 */
import { parseArgs } from 'node:util';

const usage = 'usage: npm run find -- <words>, e.g. npm run find -- belgorod toll';
try {
  const { values, positionals } = parseArgs({
    options: { root: { type: 'string', default: 'src/content' } },
    allowPositionals: true,
    strict: true,
  });
  if (positionals.length === 0) {
    process.stderr.write(`find — no words to look for — ${usage}\n`);
    process.exitCode = 1;
  } else {
    // Imported here, not at the top, so that even a broken schema file ends as one line, not a stack trace.
    const { findEntries } = await import('./find/find-entries.ts');
    process.stdout.write(findEntries(values.root, positionals));
  }
} catch (error) {
  const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
  process.stderr.write(`find — could not search (${message}) — ${usage}\n`);
  process.exitCode = 1;
}
