/**
 * How `npm run dev` feels at scale, for `npm run bench`: in a project copy with generated content,
 * - start-up: from `npm run dev` until the server says it is ready, and until it has served a
 *   context page;
 * - save-to-browser: a context page is open in Chromium; one word of its file is changed on disk,
 *   and the clock runs until the open page shows the new text (Astro's dev server reloads it).
 * Each edit is timed separately; the dev server runs in the foreground (ASTRO_DEV_BACKGROUND=0) and is
 * stopped, with everything it started, at the end.
 */
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { launchChromium } from './chromium.ts';

export interface DevTiming {
  readyMs: number;
  firstPageMs: number;
  saveToBrowserMs: number[];
}

const ANSI = /\x1b\[[0-9;]*m/g;

async function waitFor(check: () => Promise<boolean> | boolean, timeoutMs: number, what: string): Promise<void> {
  const until = performance.now() + timeoutMs;
  while (performance.now() < until) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`dev timing: ${what} did not happen within ${timeoutMs / 1000} s`);
}

/**
 * `project` is a copy with content; `pagePath` the file of a context page, `urlPath` its route, and
 * `edit(text, n)` returns the file's text with edit number `n` and the words that edit makes visible.
 */
export async function measureDev(
  project: string,
  pagePath: string,
  urlPath: string,
  edit: (text: string, n: number) => { text: string; visible: string },
  edits = 3,
): Promise<DevTiming> {
  const port = 4400 + (process.pid % 500);
  const origin = `http://127.0.0.1:${port}`;
  const started = performance.now();
  const child = spawn('npm', ['run', 'dev', '--', '--host', '127.0.0.1', '--port', String(port)], {
    cwd: project,
    env: { ...process.env, ASTRO_DEV_BACKGROUND: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true, // its own process group, so the whole tree stops with it
  });
  let log = '';
  child.stdout.on('data', (c: Buffer) => (log += c.toString()));
  child.stderr.on('data', (c: Buffer) => (log += c.toString()));
  const original = readFileSync(pagePath, 'utf8');
  const chromium = await launchChromium();
  try {
    await waitFor(() => /ready in|Local\s+http/.test(log.replace(ANSI, '')), 600_000, 'the dev server start');
    const readyMs = performance.now() - started;
    await waitFor(
      async () => {
        try {
          return (await fetch(origin + urlPath)).ok;
        } catch {
          return false;
        }
      },
      600_000,
      `a first response for ${urlPath}`,
    );
    const firstPageMs = performance.now() - started;
    const page = await chromium.context.newPage();
    await page.goto(origin + urlPath, { waitUntil: 'load', timeout: 600_000 });
    await page.waitForTimeout(1000); // let the dev client connect its socket
    const saveToBrowserMs: number[] = [];
    let text = original;
    for (let n = 1; n <= edits; n++) {
      const next = edit(text, n);
      const saved = performance.now();
      writeFileSync(pagePath, next.text);
      await page.waitForFunction((words) => document.body?.innerText.includes(words), next.visible, {
        timeout: 120_000,
        polling: 50,
      });
      saveToBrowserMs.push(performance.now() - saved);
      text = next.text;
      await page.waitForTimeout(1000);
    }
    return { readyMs, firstPageMs, saveToBrowserMs };
  } catch (error) {
    process.stderr.write(log.split('\n').slice(-30).join('\n'));
    throw error;
  } finally {
    writeFileSync(pagePath, original);
    await chromium.close();
    if (child.pid !== undefined) {
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        // already gone
      }
    }
    await new Promise((r) => setTimeout(r, 500));
  }
}
