/**
 * `npm run check [-- --root <content folder>]`: validates all content before a build and prints one
 * line per problem, `file:line field — problem — fix`, then a count. Exit code 0 when clean, 1 when
 * anything needs fixing. Reads only: it never writes or deletes content.
 *
 * `check(argv, cwd)` is the whole command without the process around it (tests call it in-process);
 * run as a script, it prints what that returns and sets the exit code.
 */
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export async function check(argv: string[], cwd = process.cwd()): Promise<CliResult> {
  try {
    const { values } = parseArgs({
      args: argv,
      // --just-ingested: `npm run build` has just run ingest, so the generated articles are today's by construction.
      options: {
        root: { type: 'string', default: 'src/content' },
        'just-ingested': { type: 'boolean', default: false },
      },
      strict: true,
    });
    // Imported here, not at the top, so that even a broken schema file ends as one line, not a stack trace.
    const { checkContent } = await import('./check/check-content.ts');
    const { formatReport } = await import('./check/problems.ts');
    const { EntryCache } = await import('./check/entry-cache.ts');
    // Files unchanged since the last run are not parsed again (.astro/check-cache.bin, see entry-cache.ts).
    const cache = new EntryCache(join(cwd, '.astro', 'check-cache.bin'));
    const root = resolve(cwd, values.root);
    const { problems, filesChecked } = checkContent({ root, cwd, cache });
    cache.save();
    // The project's own articles against what ingest writes today (a content folder given with --root has
    // no sources of its own to compare with).
    if (root === resolve(cwd, 'src/content') && !values['just-ingested']) {
      const { staleArticles } = await import('./check/generated-articles.ts');
      problems.push(...staleArticles(root, cwd));
    }
    return { code: problems.length === 0 ? 0 : 1, stdout: formatReport(problems, filesChecked), stderr: '' };
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return {
      code: 1,
      stdout: `check — the checker could not run (${message}) — run it as npm run check [-- --root <content folder>]; if this line stays, pass it on to the developers\n`,
      stderr: '',
    };
  }
}

if (import.meta.main) {
  const { code, stdout, stderr } = await check(process.argv.slice(2));
  process.stdout.write(stdout);
  process.stderr.write(stderr);
  process.exitCode = code;
}
