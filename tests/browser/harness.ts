/**
 * What every browser test file needs: one Chromium, one static server per built site, and a way to
 * open a page while recording what went wrong on it (console errors, failed or foreign requests).
 */
import { afterAll, beforeAll } from 'vitest';
import type { Page } from 'playwright-core';
import { startServer, type StaticServer } from '../../scripts/quality/serve.ts';
import { launchChromium, type Chromium } from '../../scripts/quality/chromium.ts';
import { servedSites, type Site } from './sites.ts';

export interface Harness {
  /** `http://127.0.0.1:<port>/<base>` for a site's path, e.g. `url(site, site.base + 'search/')`. */
  url(site: Site, urlPath: string): string;
  open(options?: { width?: number; height?: number }): Promise<WatchedPage>;
}

export interface WatchedPage {
  page: Page;
  /** Console errors and uncaught exceptions, in order. */
  consoleErrors: string[];
  /** Requests that failed at the network level or got a status ≥ 400. */
  failedRequests: string[];
  /** Requests to any host but the local server; they are blocked, not sent. */
  foreignRequests: string[];
  close(): Promise<void>;
}

/** Registers beforeAll/afterAll hooks in the calling test file and returns the shared harness. */
export function useHarness(): Harness {
  let chromium: Chromium | undefined;
  const servers = new Map<Site, StaticServer>();

  beforeAll(async () => {
    for (const site of servedSites) servers.set(site, await startServer({ root: site.dir, base: site.base }));
    chromium = await launchChromium();
  });
  afterAll(async () => {
    await chromium?.close();
    await Promise.all([...servers.values()].map((s) => s.close()));
  });

  const origins = () => new Set([...servers.values()].map((s) => s.origin));

  return {
    url(site, urlPath) {
      const server = servers.get(site);
      if (!server) throw new Error(`no server for ${site.label}: did beforeAll run?`);
      return server.origin + urlPath;
    },
    async open({ width = 1280, height = 800 } = {}) {
      if (!chromium) throw new Error('Chromium is not running: did beforeAll run?');
      const page = await chromium.context.newPage();
      await page.setViewportSize({ width, height });
      const watched: WatchedPage = {
        page,
        consoleErrors: [],
        failedRequests: [],
        foreignRequests: [],
        close: () => page.close(),
      };
      const local = origins();
      await page.route('**/*', (route) => {
        const url = route.request().url();
        if (local.has(new URL(url).origin)) return route.continue();
        watched.foreignRequests.push(url);
        return route.abort('blockedbyclient');
      });
      page.on('console', (msg) => {
        if (msg.type() === 'error') watched.consoleErrors.push(`${msg.text()} (${msg.location().url})`);
      });
      page.on('pageerror', (err) => watched.consoleErrors.push(`uncaught: ${err.message}`));
      page.on('requestfailed', (req) => {
        if (!watched.foreignRequests.includes(req.url()))
          watched.failedRequests.push(`${req.url()}: ${req.failure()?.errorText}`);
      });
      page.on('response', (res) => {
        if (res.status() >= 400) watched.failedRequests.push(`${res.url()}: HTTP ${res.status()}`);
      });
      return watched;
    },
  };
}
