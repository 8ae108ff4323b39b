/**
 * Command-line options for the scripts under scripts/: `node:util`'s `parseArgs`, always strict, so a
 * mistyped option stops the script with one line and exit code 1 instead of being silently ignored.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';

type Config = Omit<ParseArgsConfig, 'args' | 'strict'>;

/** The first sentence of `parseArgs`'s message: `Unknown option '--bogus'`. */
export function argsProblem(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split(/\.\s/u)[0]!.replace(/\.$/u, '');
}

/**
 * The options `config` declares, from `args` (the command line by default). On anything else it prints
 * `<name> — <problem> — usage: <usage>` and exits 1.
 */
export function cliArgs<const T extends Config>(
  name: string,
  usage: string,
  config: T,
  args: string[] = process.argv.slice(2),
) {
  try {
    return parseArgs({ ...config, args, strict: true });
  } catch (error) {
    process.stderr.write(`${name} — ${argsProblem(error)} — usage: ${usage}\n`);
    process.exit(1);
  }
}
