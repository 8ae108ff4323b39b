/**
 * `npm run find -- <words>`: lists the entries (pages, people, places, organisations, questions,
 * claims, figures, events, sources) whose id or text holds every word, and for each matching source
 * the entries that cite it. Look here before adding a source or an entry. Reads only.
 *
 * `find(argv, cwd)` is the whole command without the process around it (tests call it in-process);
 * run as a script, it prints what that returns and sets the exit code.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { CliResult } from './check.ts';

const usage = 'usage: npm run find -- <words>, e.g. npm run find -- belgorod toll';

export async function find(argv: string[], cwd = process.cwd()): Promise<CliResult> {
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      options: { root: { type: 'string', default: 'src/content' } },
      allowPositionals: true,
      strict: true,
    });
    if (positionals.length === 0) return { code: 1, stdout: '', stderr: `find — no words to look for — ${usage}\n` };
    // Imported here, not at the top, so that even a broken schema file ends as one line, not a stack trace.
    const { findEntries } = await import('./find/find-entries.ts');
    return { code: 0, stdout: findEntries(resolve(cwd, values.root), positionals, cwd), stderr: '' };
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return { code: 1, stdout: '', stderr: `find — could not search (${message}) — ${usage}\n` };
  }
}

if (import.meta.main) {
  const { code, stdout, stderr } = await find(process.argv.slice(2));
  process.stdout.write(stdout);
  process.stderr.write(stderr);
  process.exitCode = code;
}
