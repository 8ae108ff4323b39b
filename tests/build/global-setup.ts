/**
 * Global setup of the `build` project (vitest.config.ts): copies the project once per shared site
 * (tests/build/sites.ts) and starts their builds, one after the other, in the background, so the unit
 * tests run meanwhile; each build writes its result beside its copy when it ends. Teardown stops a
 * build still running and removes the copies.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { renameSync, writeFileSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { copyProject, removeCopy } from '../../scripts/quality/project-copy.ts';
import { SITES, resultFile, type BuildResult, type SiteName } from './sites.ts';

export default function setup(project: TestProject): () => Promise<void> {
  const names = Object.keys(SITES) as SiteName[];
  const roots = {} as Record<SiteName, string>;
  for (const name of names) {
    roots[name] = copyProject(`site-${name}`);
    SITES[name].prepare(roots[name]);
  }
  project.provide('sites', roots);

  let running: ChildProcess | undefined;
  let stopped = false;
  const builds = (async () => {
    for (const name of names) if (!stopped) await runBuild(name, roots[name]);
  })();

  function runBuild(name: SiteName, root: string): Promise<void> {
    // Vitest sets BASE_URL and friends; Astro would take them over the config's base path.
    const env: NodeJS.ProcessEnv = { ...process.env, ...SITES[name].env };
    for (const k of ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'SITE', 'ASSETS_PREFIX']) delete env[k];
    return new Promise((done) => {
      const output: string[] = [];
      // Its own process group, so that teardown can stop the build and the astro build it runs.
      const child = spawn(process.execPath, ['scripts/build.ts'], { cwd: root, env, detached: true });
      running = child;
      child.stdout.on('data', (chunk: Buffer) => output.push(chunk.toString()));
      child.stderr.on('data', (chunk: Buffer) => output.push(chunk.toString()));
      let ended = false;
      const finish = (code: number | null) => {
        if (ended) return;
        ended = true;
        running = undefined;
        const file = resultFile(root);
        writeFileSync(`${file}.partial`, JSON.stringify({ code, output: output.join('') } satisfies BuildResult));
        renameSync(`${file}.partial`, file);
        done();
      };
      child.on('error', (error) => {
        output.push(String(error));
        finish(null);
      });
      child.on('close', finish);
    });
  }

  return async () => {
    stopped = true;
    if (running?.pid) process.kill(-running.pid, 'SIGTERM');
    await builds;
    for (const name of names) removeCopy(roots[name]);
  };
}
