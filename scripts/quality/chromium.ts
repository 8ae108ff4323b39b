/**
 * Starts Debian's Chromium through playwright-core (no Playwright browser download: this machine
 * cannot fetch one) with the flags that keep it off the network: without them Chromium keeps trying
 * Google's hosts (updates, sync, QUIC) and a closed network refuses it; headless as root it also needs
 * --no-sandbox.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

export const CHROMIUM_PATH = process.env['CHROME_PATH'] || '/usr/bin/chromium';

export const CHROMIUM_FLAGS = [
  '--no-sandbox', // CI runs as root
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface Chromium {
  context: BrowserContext;
  close(): Promise<void>;
}

/**
 * A headless Chromium with a fresh, empty profile (a new temp folder each time: no cache or
 * storage carries over between runs). Playwright refuses `--user-data-dir` in `args`, so the
 * folder goes through `launchPersistentContext`, which is the same thing.
 */
export async function launchChromium(): Promise<Chromium> {
  const profile = await mkdtemp(join(tmpdir(), 'quality-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_FLAGS,
    viewport: { width: 1280, height: 800 },
    deviceScaleFactor: 1,
    reducedMotion: 'reduce',
  });
  // The persistent context opens one blank tab; tests open their own.
  await Promise.all(context.pages().map((p) => p.close()));
  return {
    context,
    async close() {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}
