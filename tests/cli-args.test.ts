/**
 * Every CLI under scripts/ reads its options with node:util's parseArgs, strictly: a mistyped option is
 * one line and exit code 1, before any work starts. Each runs in an empty folder, so a script that did
 * start working would find nothing to work on.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';

let empty: string;
beforeAll(() => {
  empty = mkdtempSync(join(tmpdir(), 'cli-args-'));
});
afterAll(() => rmSync(empty, { recursive: true, force: true }));

const run = (script: string, ...args: string[]) => {
  const r = spawnSync(process.execPath, [resolve(script), ...args], { cwd: empty, encoding: 'utf8', timeout: 20_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};

test('npm run bench -- --bogus stops with one line instead of measuring', () => {
  expect(run('scripts/bench.ts', '--bogus')).toEqual({
    code: 1,
    stdout: '',
    stderr:
      "bench — Unknown option '--bogus' — usage: npm run bench [-- --no-real] [--no-scale] [--no-dev] [--no-lighthouse] [--strict]\n",
  });
});

test('npm run build -- --outdir (misspelt) stops before building', () => {
  expect(run('scripts/build.ts', '--outdir', 'x')).toEqual({
    code: 1,
    stdout: '',
    stderr:
      "build — Unknown option '--outdir' — usage: npm run build [-- --outDir <folder>] [-- -- <astro build options>]\n",
  });
});

test('npm run ingest -- --froce names the options it has', () => {
  expect(run('scripts/ingest.ts', '--froce')).toEqual({
    code: 1,
    stdout: '',
    stderr: "error: ingest: Unknown option '--froce' (options: --force, --quiet)\n",
  });
});

test('a value missing after an option is one line too', () => {
  const r = run('scripts/quality/ci-summary.ts', '--checks');
  expect(r.code).toBe(1);
  expect(r.stderr).toBe(
    "ci-summary — Option '--checks <value>' argument missing — usage: node scripts/quality/ci-summary.ts [--checks checks.txt] report.json …\n",
  );
});

test('the CI summary still reads its reports and checks', () => {
  const r = run('scripts/quality/ci-summary.ts', '--checks', 'no-checks.txt', 'no-report.json');
  expect(r.code).toBe(1);
  expect(r.stdout).toContain('no-report.json: no report');
  expect(r.stdout).toContain('no-checks.txt: 0 quality checks');
  expect(r.stdout.trim().split('\n').at(-1)).toBe('0 passed, 1 failed');
});
