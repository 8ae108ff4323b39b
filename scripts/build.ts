/**
 * `npm run build [-- --outDir <folder>] [-- -- <astro build options>]`: the steps below, in order,
 * stopping at the first that fails. `astro build` writes into a fresh folder beside the output folder
 * (`.dist-building` for `dist/`); only when every step has succeeded does that folder replace
 * `dist/`. So a failed or interrupted build leaves the previous `dist/` exactly as it was, and a host
 * that deploys from `dist/` never gets a half-built or empty folder.
 *
 * To change what a build does, edit `buildSteps`; the swap at the end stays the same. `build(…)` is the
 * command without the process around it, for any list of steps (tests run it with small stand-in steps).
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import type { CliResult } from './check.ts';
import { cliArgs } from './cli-args.ts';

/** A step is a script run with this Node; the build stops at the first that exits non-zero. */
export interface Step {
  name: string;
  args: string[];
  /**
   * Starts together with the step before it, on the machine's other core, instead of after it. Its output
   * is held back until that step has passed; if that step fails, this one is stopped and its output
   * dropped, so an editor sees only the first step's one-line problems, never a stack trace behind them.
   */
  alongside?: boolean;
}

/** What `npm run build` runs, `astro build` writing into `staging`. */
export const buildSteps = (staging: string, astroArgs: string[] = []): Step[] => [
  { name: 'ingest', args: ['scripts/ingest.ts', '--quiet'] },
  { name: 'check', args: ['scripts/check.ts', '--just-ingested'] },
  {
    name: 'astro build',
    args: ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', staging, ...astroArgs],
    // Both only read the content ingest has written; the check's problems decide, as if it ran first.
    alongside: true,
  },
];

export interface BuildOptions {
  /** The output folder, as given (relative to `cwd`); named so in the closing line. */
  outDir: string;
  steps: (staging: string) => Step[];
  cwd?: string;
  /** True once the build was asked to stop (Ctrl-C): it then stops after the running step. */
  interrupted?: () => boolean;
}

/** Runs the steps; only if all succeed does the staging folder replace the output folder. */
export async function build({
  outDir,
  steps,
  cwd = process.cwd(),
  interrupted = () => false,
}: BuildOptions): Promise<CliResult> {
  const target = resolve(cwd, outDir);
  // The same name every build: the output folder is part of the Astro config, whose digest decides whether
  // Astro keeps its content cache (src/integrations/content-cache.ts), so a new name would empty it each time.
  const staging = join(dirname(target), `.${basename(target)}-building`);
  removeLeftovers(target);
  rmSync(staging, { recursive: true, force: true }); // half-built by a build that was killed outright
  let failed: string | undefined;
  try {
    const list = steps(staging);
    for (let i = 0; i < list.length && !failed; i++) {
      const step = list[i]!;
      const next = list[i + 1]?.alongside ? list[i + 1] : undefined;
      const held = next && start(next.args, cwd, true);
      const code = await start(step.args, cwd).exited;
      if (code !== 0 || interrupted()) {
        held?.stop();
        await held?.exited;
        failed = step.name;
      } else if (next && held) {
        i++;
        if ((await held.release()) !== 0 || interrupted()) failed = next.name;
      }
    }
    if (!failed) swapIn(staging, target);
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }

  const shown = outDir.replace(/\/*$/, '/');
  if (!failed) return { code: 0, stdout: `\nbuild — done; the new site is in ${shown}\n`, stderr: '' };
  const why = interrupted() ? 'was interrupted' : 'failed';
  return {
    code: 1,
    stdout: '',
    stderr: `\nbuild — ${failed} ${why}; ${shown} was left as it was — fix the first problem printed above and run npm run build again\n`,
  };
}

if (import.meta.main) {
  // `--outDir` is handled here; options for `astro build` itself follow a second `--`.
  const {
    values: { outDir },
    positionals: astroArgs,
  } = cliArgs('build', 'npm run build [-- --outDir <folder>] [-- -- <astro build options>]', {
    options: { outDir: { type: 'string', default: 'dist' } },
    allowPositionals: true,
  });
  let interrupted = false;
  // Ctrl-C reaches the running step too; wait for it to stop, then clean up instead of dying mid-way.
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const)
    process.on(signal, () => {
      interrupted = true;
    });
  const result = await build({
    outDir,
    steps: (staging) => buildSteps(staging, astroArgs),
    interrupted: () => interrupted,
  });
  process.stdout.write(result.stdout);
  process.stderr.write(result.stderr);
  process.exitCode = result.code;
}

interface Running {
  exited: Promise<number>;
  /** Shows the output held back so far and from then on; resolves with the exit code. */
  release: () => Promise<number>;
  stop: () => void;
}

/**
 * Runs a script with this Node; with `hold`, its output waits for `release()`. Node keeps the compiled code
 * of the modules each step loads in `.astro/` (its compile cache), which saves about 0.4 s of CPU a check.
 */
function start(args: string[], cwd: string, hold = false): Running {
  const env = { ...process.env, NODE_COMPILE_CACHE: join(cwd, '.astro', 'node-compile-cache') };
  const child = spawn(process.execPath, args, { cwd, env, stdio: hold ? ['ignore', 'pipe', 'pipe'] : 'inherit' });
  const exited = new Promise<number>((done) => {
    child.on('error', () => done(1));
    child.on('close', (code) => done(code ?? 1));
  });
  const chunks: [NodeJS.WriteStream, Buffer][] = [];
  let released = false;
  for (const [from, to] of [
    [child.stdout, process.stdout],
    [child.stderr, process.stderr],
  ] as const)
    from?.on('data', (chunk: Buffer) => (released ? to.write(chunk) : chunks.push([to, chunk])));
  return {
    exited,
    release: () => {
      released = true;
      for (const [to, chunk] of chunks.splice(0)) to.write(chunk);
      return exited;
    },
    stop: () => child.kill('SIGTERM'),
  };
}
/**
 * Replaces `target` with `fresh`. Two renames in the same folder: the old site is moved aside, the
 * new one takes its name, then the old one is deleted. If the second rename fails, the old site is
 * put back.
 */
function swapIn(fresh: string, to: string): void {
  if (!existsSync(to)) {
    mkdirSync(dirname(to), { recursive: true });
    renameSync(fresh, to);
    return;
  }
  const previous = join(dirname(to), `.${basename(to)}-previous-${process.pid}`);
  renameSync(to, previous);
  try {
    renameSync(fresh, to);
  } catch (error) {
    renameSync(previous, to);
    throw error;
  }
  rmSync(previous, { recursive: true, force: true });
}

/**
 * Folders left by a build that was killed outright (its process is gone): a previous site that was
 * moved aside but never replaced is put back (the half-built folder is removed by name above).
 */
function removeLeftovers(to: string): void {
  const parent = dirname(to);
  if (!existsSync(parent)) return;
  const pattern = new RegExp(`^\\.${RegExp.escape(basename(to))}-(previous)-(\\d+)$`);
  for (const name of readdirSync(parent)) {
    const [, kind, pid] = pattern.exec(name) ?? [];
    if (!pid || isAlive(Number(pid))) continue;
    if (kind === 'previous' && !existsSync(to)) renameSync(join(parent, name), to);
    else rmSync(join(parent, name), { recursive: true, force: true });
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
