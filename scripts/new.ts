/**
 * `npm run new -- <kind> "<title>"` writes a new entry that already passes the schema, every field
 * explained in a comment, named after the title: `npm run new -- context "Who was on board"` →
 * `src/content/context/who-was-on-board.mdx`. Kinds: context, story, person, place, organisation, question,
 * claim, figure, event, source. Never overwrites a file. `--root <folder>` writes into another content folder.
 *
 * `newEntry(argv, cwd)` is the whole command without the process around it (tests call it in-process);
 * run as a script, it prints what that returns and sets the exit code.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { CliResult } from './check.ts';

export async function newEntry(argv: string[], cwd = process.cwd()): Promise<CliResult> {
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      options: { root: { type: 'string', default: 'src/content' } },
      allowPositionals: true,
      strict: true,
    });
    // Imported here, not at the top, so that even a broken schema file ends as one line, not a stack trace.
    const { createEntry } = await import('./new/create-entry.ts');
    const { message, code } = createEntry(positionals, resolve(cwd, values.root), cwd);
    return code === 0 ? { code, stdout: `${message}\n`, stderr: '' } : { code, stdout: '', stderr: `${message}\n` };
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return {
      code: 1,
      stdout: '',
      stderr: `new — could not create the entry (${message}) — usage: npm run new -- <kind> "<title>"\n`,
    };
  }
}

if (import.meta.main) {
  const { code, stdout, stderr } = await newEntry(process.argv.slice(2));
  process.stdout.write(stdout);
  process.stderr.write(stderr);
  process.exitCode = code;
}
