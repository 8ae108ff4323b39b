/**
 * Lighthouse on a list of URLs with its defaults: mobile emulation and simulated throttling (slow
 * 4G, 4× CPU slowdown), which is what "Lighthouse 100" means on pagespeed. Chromium is Debian's,
 * started by chrome-launcher (CHROME_PATH, default /usr/bin/chromium) with the flags that keep it
 * off the network; Lighthouse itself needs no network for these audits.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from './chromium.ts';

const FLAGS = ['--headless=new', ...CHROMIUM_FLAGS];

export interface LighthouseFigures {
  url: string;
  scores: { performance: number; accessibility: number; 'best-practices': number; seo: number };
  lcpMs: number;
  cls: number;
  tbtMs: number;
  /** Audits that did not score 1, per category, so a score below 100 says why. */
  failing: string[];
}

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

export async function runLighthouse(urls: string[]): Promise<LighthouseFigures[]> {
  const profile = mkdtempSync(join(tmpdir(), 'lighthouse-chromium-'));
  const chrome = await launch({
    chromePath: CHROMIUM_PATH,
    chromeFlags: FLAGS,
    userDataDir: profile,
    // Chromium puts its singleton socket in a folder of its own under TMPDIR, which it leaves behind when
    // chrome-launcher kills it: inside the profile, it goes when the profile does.
    envVars: { ...process.env, TMPDIR: profile },
    logLevel: 'silent',
  });
  const out: LighthouseFigures[] = [];
  try {
    for (const url of urls) {
      const result = await lighthouse(url, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: [...CATEGORIES],
      });
      const lhr = result?.lhr;
      if (!lhr) throw new Error(`Lighthouse returned nothing for ${url}`);
      if (lhr.runtimeError)
        throw new Error(`Lighthouse failed on ${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
      const score = (id: (typeof CATEGORIES)[number]) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
      const numeric = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
      const failing: string[] = [];
      for (const id of CATEGORIES) {
        for (const ref of lhr.categories[id]?.auditRefs ?? []) {
          const audit = lhr.audits[ref.id];
          if (ref.weight > 0 && audit && audit.score !== null && audit.score < 1)
            failing.push(`${id}: ${ref.id} (${audit.displayValue ?? audit.score})`);
        }
      }
      out.push({
        url,
        scores: {
          performance: score('performance'),
          accessibility: score('accessibility'),
          'best-practices': score('best-practices'),
          seo: score('seo'),
        },
        lcpMs: numeric('largest-contentful-paint'),
        cls: numeric('cumulative-layout-shift'),
        tbtMs: numeric('total-blocking-time'),
        failing,
      });
    }
  } finally {
    chrome.kill();
    rmSync(profile, { recursive: true, force: true });
  }
  return out;
}
