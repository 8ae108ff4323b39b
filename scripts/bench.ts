/**
 * npm run bench [-- --no-scale] [-- --no-lighthouse] [-- --strict]
 *
 * Measures the site against its performance budget and records the figures in
 * docs/performance.md (between the `bench:begin`/`bench:end` markers; the rest of the file is
 * left alone). A measurement, not a test: it exits 1 only if a build fails, or with --strict if a
 * target is missed.
 *
 * 1. Build: `npm run build` in a fresh copy of the project (cold, no cache; the shared tree and its
 *    dist/ are not touched): wall time and peak memory of the process tree.
 * 2. That dist/, served on loopback: Lighthouse (mobile, default throttling) on three pages, and
 *    every page loaded in Chromium to count requests and bytes (raw, gzip, brotli).
 * 3. Scale: another copy with 100 articles and 1,000 extra context pages, built the same way.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { buildPhases, describePhases } from './quality/build-phases.ts';
import { launchChromium } from './quality/chromium.ts';
import { listPages } from './quality/dist-pages.ts';
import { runLighthouse, type LighthouseFigures } from './quality/lighthouse-run.ts';
import { runMeasured, type Measured } from './quality/measure.ts';
import { weighPage, type PageWeight } from './quality/page-weight.ts';
import { copyProject, PROJECT_ROOT, removeCopy } from './quality/project-copy.ts';
import { generateScaleContent } from './quality/scale-content.ts';
import { startServer } from './quality/serve.ts';

const LIGHTHOUSE_PAGES = ['/', '/articles/il76-crash-2024-01-24/', '/context/olenivka-2022/'];
const SEARCH_PAGE = '/search/';
const SCALE = { articles: 100, contextPages: 1000 };
const KB = 1024;
const MiB = 1024 * 1024;

const TARGET = {
  lighthouse: 100,
  lcpMs: 1000,
  cls: 0,
  htmlCssBrotli: 14 * KB,
  medianPageCompressed: 20 * KB,
  typicalRequests: 2,
  buildMs: 10_000,
  scaleMs: 60_000,
  scaleBytes: 1024 * MiB,
};

const args = new Set(process.argv.slice(2));
const missed: string[] = [];

/** `✓` or `✗ (target …)`, and remembers misses for --strict. */
function verdict(ok: boolean, label: string): string {
  if (!ok) missed.push(label);
  return ok ? '✓' : '✗';
}

const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} KB`;
const mib = (bytes: number) => `${(bytes / MiB).toFixed(0)} MiB`;
const sec = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length === 0 ? Number.NaN : s.length % 2 ? (s[mid] ?? 0) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
};
const table = (head: string[], rows: string[][]) =>
  [
    `| ${head.join(' | ')} |`,
    `| ${head.map(() => '---').join(' | ')} |`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ].join('\n');

function machine(): string {
  let chromium = 'unknown';
  try {
    chromium = execFileSync(process.env['CHROME_PATH'] || '/usr/bin/chromium', ['--version'], {
      stdio: ['ignore', 'pipe', 'ignore'],
    })
      .toString()
      .trim();
  } catch {
    // reported as unknown
  }
  return `${os.availableParallelism()} cores (nproc), ${(os.totalmem() / 1024 ** 3).toFixed(0)} GiB RAM, ${os.cpus()[0]?.model ?? 'unknown CPU'}; Node ${process.version}; ${chromium}`;
}

/** Build logs are kept for a closer look: artifacts/bench/<name>-build.log. */
const LOG_DIR = join(PROJECT_ROOT, 'artifacts', 'bench');

async function buildIn(project: string, label: string, logName: string): Promise<Measured> {
  process.stderr.write(`bench: building ${label} in ${project} …\n`);
  const result = await runMeasured('npm', ['run', 'build'], { cwd: project });
  mkdirSync(LOG_DIR, { recursive: true });
  writeFileSync(join(LOG_DIR, `${logName}-build.log`), result.output);
  if (result.code !== 0) {
    console.error(result.output.split('\n').slice(-40).join('\n'));
    throw new Error(`${label} build failed (exit ${result.code})`);
  }
  return result;
}

function buildSection(build: Measured, pages: number): string {
  return table(
    ['build', 'pages', 'time', 'target', '', 'peak memory (tree)', 'largest process', 'where the time went'],
    [
      [
        'real (`npm run build`, cold)',
        String(pages),
        sec(build.ms),
        `< ${sec(TARGET.buildMs)}`,
        verdict(build.ms < TARGET.buildMs, 'build time'),
        mib(build.peakTreeBytes),
        mib(build.peakProcessBytes),
        describePhases(buildPhases(build.output)),
      ],
    ],
  );
}

function lighthouseSection(results: LighthouseFigures[], missing: string[]): string {
  const rows = results.map((r) => {
    const s = r.scores;
    const all100 = Object.values(s).every((v) => v >= TARGET.lighthouse);
    return [
      new URL(r.url).pathname,
      `${s.performance} / ${s.accessibility} / ${s['best-practices']} / ${s.seo}`,
      verdict(all100, `Lighthouse 100 on ${new URL(r.url).pathname}`),
      `${(r.lcpMs / 1000).toFixed(2)} s ${verdict(r.lcpMs <= TARGET.lcpMs, `LCP on ${new URL(r.url).pathname}`)}`,
      `${r.cls.toFixed(3)} ${verdict(r.cls <= TARGET.cls, `CLS on ${new URL(r.url).pathname}`)}`,
      `${r.tbtMs.toFixed(0)} ms`,
    ];
  });
  for (const path of missing) rows.push([path, 'not built', '–', '–', '–', '–']);
  const failing = results.flatMap((r) => r.failing.map((f) => `- ${new URL(r.url).pathname} ${f}`));
  const head = table(
    [
      'page (Lighthouse, mobile)',
      'perf / a11y / best pr. / SEO (target 100 ×4)',
      '',
      'LCP (≤ 1.0 s)',
      'CLS (0)',
      'TBT',
    ],
    rows,
  );
  return failing.length ? `${head}\n\nAudits below 1:\n${failing.join('\n')}` : head;
}

function weightSection(weights: PageWeight[]): string {
  const chosen = weights.filter((w) => LIGHTHOUSE_PAGES.includes(w.urlPath));
  const size = (s: { raw: number; gzip: number; brotli: number }) => `${kb(s.raw)} / ${kb(s.gzip)} / ${kb(s.brotli)}`;
  const detail = table(
    [
      'page',
      'HTML raw / gz / br',
      'CSS raw / gz / br',
      'JS raw / gz / br',
      'HTML+CSS br (≤ 14 KB)',
      'requests (≤ 2)',
      'transferred',
    ],
    chosen.map((w) => {
      const htmlCss = w.html.brotli + w.css.brotli;
      return [
        w.urlPath,
        size(w.html),
        size(w.css),
        size(w.js),
        `${kb(htmlCss)} ${verdict(htmlCss <= TARGET.htmlCssBrotli, `HTML+CSS on ${w.urlPath}`)}`,
        `${w.requests} ${verdict(w.requests <= TARGET.typicalRequests, `requests on ${w.urlPath}`)}`,
        kb(w.transferred),
      ];
    }),
  );
  const content = weights.filter((w) => w.urlPath !== '/404.html');
  const htmlCss = (w: PageWeight) => w.html.brotli + w.css.brotli;
  const top = (by: (w: PageWeight) => number) => [...content].sort((a, b) => by(b) - by(a))[0];
  const medianTotal = median(content.map((w) => w.totalCompressed));
  const medianRequests = median(content.map((w) => w.requests));
  const heaviest = top(htmlCss);
  const busiest = top((w) => w.requests);
  const search = weights.find((w) => w.urlPath === SEARCH_PAGE);
  const withJs = content.filter((w) => w.js.raw > 0 && w.urlPath !== SEARCH_PAGE);
  const overBudget = content.filter((w) => htmlCss(w) > TARGET.htmlCssBrotli);
  const summary = table(
    ['all pages', 'figure', 'target', ''],
    [
      ['pages weighed', String(content.length), '', ''],
      [
        'median page total, compressed',
        kb(medianTotal),
        '≤ 20 KB',
        verdict(medianTotal <= TARGET.medianPageCompressed, 'median page total'),
      ],
      [
        'median requests per page',
        String(medianRequests),
        '≤ 2',
        verdict(medianRequests <= TARGET.typicalRequests, 'median requests'),
      ],
      ['most requests on a page', busiest ? `${busiest.requests} (${busiest.urlPath})` : '–', '', ''],
      [
        'heaviest HTML+CSS (br)',
        heaviest ? `${kb(htmlCss(heaviest))} (${heaviest.urlPath})` : '–',
        '≤ 14 KB',
        verdict(overBudget.length === 0, 'HTML+CSS on every page'),
      ],
      ['pages over 14 KB HTML+CSS', String(overBudget.length), '0', ''],
      [
        'pages with JS (search excepted)',
        withJs.length
          ? withJs
              .map((w) => w.urlPath)
              .slice(0, 5)
              .join(', ')
          : '0',
        '0',
        verdict(withJs.length === 0, 'JS outside search'),
      ],
      ['search page JS (raw / br)', search ? `${kb(search.js.raw)} / ${kb(search.js.brotli)}` : 'not built', '', ''],
    ],
  );
  return `${detail}\n\n${summary}`;
}

function scaleSection(build: Measured, pages: number, counts: { articles: number; contextPages: number }): string {
  return table(
    [
      'scale run',
      'pages built',
      'time (< 60 s)',
      '',
      'peak memory, tree (< 1 GiB)',
      '',
      'largest process',
      'where the time went',
    ],
    [
      [
        `${counts.articles} articles, ${counts.contextPages} extra context pages`,
        String(pages),
        sec(build.ms),
        verdict(build.ms < TARGET.scaleMs, 'scale time'),
        mib(build.peakTreeBytes),
        verdict(build.peakTreeBytes < TARGET.scaleBytes, 'scale memory'),
        mib(build.peakProcessBytes),
        describePhases(buildPhases(build.output)),
      ],
    ],
  );
}

function writeDoc(section: string): string {
  const path = join(PROJECT_ROOT, 'docs', 'performance.md');
  const BEGIN = '<!-- bench:begin (written by `npm run bench`; edits here are overwritten) -->';
  const END = '<!-- bench:end -->';
  let doc = '';
  try {
    doc = readFileSync(path, 'utf8');
  } catch {
    doc = '# Performance\n\n';
  }
  const block = `${BEGIN}\n${section}\n${END}`;
  const start = doc.indexOf('<!-- bench:begin');
  const end = doc.indexOf(END);
  doc =
    start >= 0 && end > start
      ? doc.slice(0, start) + block + doc.slice(end + END.length)
      : `${doc.trimEnd()}\n\n${block}\n`;
  writeFileSync(path, doc);
  return path;
}

async function main(): Promise<void> {
  const parts: string[] = [`Measured ${new Date().toISOString().slice(0, 10)} on ${machine()}.`];

  const project = copyProject('bench-build');
  try {
    const build = await buildIn(project, 'real site', 'real');
    const dist = join(project, 'dist');
    const pages = listPages(dist, '/');
    parts.push(buildSection(build, pages.length));

    const server = await startServer({ root: dist, base: '/' });
    try {
      if (!args.has('--no-lighthouse')) {
        const built = new Set(pages.map((p) => p.urlPath));
        const present = LIGHTHOUSE_PAGES.filter((p) => built.has(p));
        process.stderr.write(`bench: Lighthouse on ${present.join(', ')} …\n`);
        const results = await runLighthouse(present.map((p) => server.origin + p));
        parts.push(
          lighthouseSection(
            results,
            LIGHTHOUSE_PAGES.filter((p) => !built.has(p)),
          ),
        );
      }
      process.stderr.write(`bench: weighing ${pages.length} pages …\n`);
      const chromium = await launchChromium();
      try {
        const weights: PageWeight[] = [];
        for (const page of pages)
          weights.push(await weighPage(chromium.context, server.origin + page.urlPath, page.urlPath));
        parts.push(weightSection(weights));
      } finally {
        await chromium.close();
      }
    } finally {
      await server.close();
    }
  } finally {
    removeCopy(project);
  }

  if (!args.has('--no-scale')) {
    const scaled = copyProject('bench-scale');
    try {
      const counts = generateScaleContent(scaled, SCALE);
      const build = await buildIn(
        scaled,
        `scale (${SCALE.articles} articles, ${counts.contextPages} context pages)`,
        'scale',
      );
      parts.push(
        scaleSection(build, listPages(join(scaled, 'dist'), '/').length, {
          articles: SCALE.articles,
          contextPages: counts.contextPages,
        }),
      );
    } finally {
      removeCopy(scaled);
    }
  }

  const section = parts.join('\n\n');
  console.log(section);
  console.log(`\nwritten to ${writeDoc(section)}`);
  if (missed.length) console.log(`\nmissed targets: ${missed.join('; ')}`);
  if (args.has('--strict') && missed.length) process.exitCode = 1;
}

await main();
