/**
 * npm run bench [-- --no-real] [-- --no-scale] [-- --no-dev] [-- --no-lighthouse] [-- --strict]
 *
 * Measures the site against its performance budget and records the figures in
 * docs/performance.md, each part between its own `bench:NAME` markers: a part that was skipped
 * keeps the figures it had (the rest of the file is left alone). A measurement, not a test: it
 * exits 1 only if a build fails, or with --strict if a target is missed.
 *
 * 1. Real: `npm run build` in a fresh copy of the project (cold, no cache; the shared tree and its
 *    dist/ are not touched): wall time and peak memory of the process tree.
 * 2. That dist/, served on loopback: Lighthouse (mobile, default throttling) on three pages, and
 *    every page loaded in Chromium to count requests and bytes (raw, gzip, brotli).
 * 3. Scale against the floor: copies with SCALE_SIZES context pages (and one article per ten),
 *    each built cold beside a bare Astro + MDX site with the same number of pages
 *    (scripts/quality/floor-site.ts), back to back in the same run. The goals are judged on wall time
 *    (CPU time is shown beside it); a run where other work loaded the machine says `?` instead. Then one
 *    context page is edited and the largest copy rebuilt, like an editor does.
 * 4. Dev at the largest size: `npm run dev` start-up, and the time from saving a context page to the
 *    open page in Chromium showing the change (scripts/quality/dev-timing.ts).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { cliArgs } from './cli-args.ts';
import { buildPhases, describePhases } from './quality/build-phases.ts';
import { launchChromium } from './quality/chromium.ts';
import { listPages } from './quality/dist-pages.ts';
import { runLighthouse, type LighthouseFigures } from './quality/lighthouse-run.ts';
import { runMeasured, type Measured } from './quality/measure.ts';
import { HTML_CSS_BUDGET_BYTES, weighPage, type PageWeight } from './quality/page-weight.ts';
import { copyProject, PROJECT_ROOT, removeCopy } from './quality/project-copy.ts';
import { measureDev } from './quality/dev-timing.ts';
import { createFloorSite, floorPagePath } from './quality/floor-site.ts';
import { generateScaleContent, scalePagePath } from './quality/scale-content.ts';
import { startServer } from './quality/serve.ts';

const LIGHTHOUSE_PAGES = ['/', '/articles/il76-crash-2024-01-24/', '/context/olenivka-2022/'];
const SEARCH_PAGE = '/search/';
/** Context pages per scale size; each size also gets one article per ten context pages. */
// BENCH_SIZES=200,1000 measures other sizes (e.g. a shorter run on a busy machine).
const SCALE_SIZES = (process.env['BENCH_SIZES'] ?? '1000,2200').split(',').map(Number);
const KB = 1024;
const MiB = 1024 * 1024;

const TARGET = {
  lighthouse: 100,
  lcpMs: 1000,
  cls: 0,
  htmlCssBrotli: HTML_CSS_BUDGET_BYTES,
  medianPageCompressed: 20 * KB,
  typicalRequests: 2,
  buildMs: 10_000,
  /** At the largest scale size, against the floor built in the same run. */
  coldRatio: 2.0,
  memoryRatio: 1.5,
  /** Rebuild after one edit, against the floor's cold build. */
  rebuildRatio: 1.2,
};

const { values: args } = cliArgs(
  'bench',
  'npm run bench [-- --no-real] [--no-scale] [--no-dev] [--no-lighthouse] [--strict]',
  {
    options: {
      'no-real': { type: 'boolean', default: false },
      'no-scale': { type: 'boolean', default: false },
      'no-dev': { type: 'boolean', default: false },
      'no-lighthouse': { type: 'boolean', default: false },
      strict: { type: 'boolean', default: false },
    },
  },
);
const missed: string[] = [];

/** `✓` or `✗ (target …)`, and remembers misses for --strict. */
function verdict(ok: boolean, label: string): string {
  if (!ok) missed.push(label);
  return ok ? '✓' : '✗';
}

/**
 * Other work on the machine during a build, as a share of one core (the measuring itself is a few percent),
 * above which its wall time is not to be trusted.
 */
const BUSY_SHARE = 0.25;
const otherShare = (m: Measured) => m.otherCpuMs / m.ms;

/** A verdict on the wall times of `builds`: `?` (a miss for --strict) when other work ran beside any of them. */
function timeVerdict(ok: boolean, label: string, builds: Measured[]): string {
  if (!builds.some((m) => otherShare(m) > BUSY_SHARE)) return verdict(ok, label);
  missed.push(`${label} (machine busy)`);
  return '?';
}

const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} KB`;
const kb0 = (bytes: number) => `${(bytes / KB).toFixed(0)} KB`;
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

async function buildIn(
  project: string,
  label: string,
  logName: string,
  env: Record<string, string> = {},
): Promise<Measured> {
  process.stderr.write(`bench: building ${label} in ${project} …\n`);
  const result = await runMeasured('npm', ['run', 'build'], { cwd: project, env: { ...process.env, ...env } });
  mkdirSync(LOG_DIR, { recursive: true });
  writeFileSync(join(LOG_DIR, `${logName}-build.log`), result.output);
  if (result.code !== 0) {
    console.error(result.output.split('\n').slice(-40).join('\n'));
    throw new Error(`${label} build failed (exit ${result.code})`);
  }
  process.stderr.write(
    `bench: ${label}: ${sec(result.ms)} wall, ${sec(result.cpuMs)} CPU, ${mib(result.peakTreeBytes)} peak (load ${os.loadavg()[0]?.toFixed(1)})\n`,
  );
  return result;
}

function buildSection(build: Measured, pages: number): string {
  return table(
    [
      'build',
      'pages',
      'time',
      'target',
      '',
      'CPU time (tree)',
      'load',
      'peak memory (tree)',
      'largest process',
      'where the time went',
    ],
    [
      [
        'real (`npm run build`, cold)',
        String(pages),
        sec(build.ms),
        `< ${sec(TARGET.buildMs)}`,
        verdict(build.ms < TARGET.buildMs, 'build time'),
        sec(build.cpuMs),
        (os.loadavg()[0] ?? 0).toFixed(1),
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
      `HTML+CSS br (≤ ${kb0(TARGET.htmlCssBrotli)})`,
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
        `≤ ${kb0(TARGET.htmlCssBrotli)}`,
        verdict(overBudget.length === 0, 'HTML+CSS on every page'),
      ],
      [`pages over ${kb0(TARGET.htmlCssBrotli)} HTML+CSS`, String(overBudget.length), '0', ''],
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

interface ScalePoint {
  contextPages: number;
  articles: number;
  project: Measured;
  projectPages: number;
  floor: Measured;
}

interface Rebuild {
  project: Measured;
  floor: Measured;
  /** The project built cold again with `SITE_URL`, which adds a social image per page (drawn, not cached). */
  withSiteCold: Measured;
}

const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}×`;
const perPage = (a: ScalePoint, b: ScalePoint, pick: (p: ScalePoint) => number) =>
  (pick(b) - pick(a)) / (b.projectPages - a.projectPages);

/** Load on the machine while the bench ran: the 1-minute load average, sampled around the builds. */
const loads: number[] = [];
const sampleLoad = () => loads.push(os.loadavg()[0] ?? 0);

function scaleSection(points: ScalePoint[], rebuild: Rebuild | undefined): string {
  const largest = points[points.length - 1];
  const rows = points.map((p) => [
    `${p.contextPages} context pages, ${p.articles} articles`,
    String(p.projectPages),
    `${sec(p.floor.cpuMs)} / ${sec(p.project.cpuMs)}`,
    ratio(p.project.cpuMs, p.floor.cpuMs),
    `${sec(p.floor.ms)} / ${sec(p.project.ms)}`,
    ratio(p.project.ms, p.floor.ms),
    `${mib(p.floor.peakTreeBytes)} / ${mib(p.project.peakTreeBytes)}`,
    ratio(p.project.peakTreeBytes, p.floor.peakTreeBytes),
    describePhases(buildPhases(p.project.output)),
  ]);
  const sizes = table(
    [
      'scale run (cold builds)',
      'pages',
      'CPU time: floor / project',
      'ratio',
      'wall time: floor / project',
      'ratio',
      'peak memory, tree: floor / project',
      'ratio',
      'where the project’s time went',
    ],
    rows,
  );
  const goals: string[][] = [];
  if (largest) {
    const cold = largest.project.ms / largest.floor.ms;
    const memory = largest.project.peakTreeBytes / largest.floor.peakTreeBytes;
    goals.push([
      `cold build, ${largest.projectPages} pages: wall (CPU)`,
      `${sec(largest.floor.ms)} (${sec(largest.floor.cpuMs)})`,
      `${sec(largest.project.ms)} (${sec(largest.project.cpuMs)})`,
      `${ratio(largest.project.ms, largest.floor.ms)} (${ratio(largest.project.cpuMs, largest.floor.cpuMs)})`,
      `≤ ${TARGET.coldRatio.toFixed(1)}×`,
      timeVerdict(cold <= TARGET.coldRatio, 'cold build vs floor', [largest.project, largest.floor]),
    ]);
    goals.push([
      'peak memory (whole process tree)',
      mib(largest.floor.peakTreeBytes),
      mib(largest.project.peakTreeBytes),
      ratio(largest.project.peakTreeBytes, largest.floor.peakTreeBytes),
      `≤ ${TARGET.memoryRatio.toFixed(1)}×`,
      verdict(memory <= TARGET.memoryRatio, 'peak memory vs floor'),
    ]);
    if (rebuild) {
      const r = rebuild.project.ms / largest.floor.ms;
      goals.push([
        'rebuild after editing one context page: wall (CPU)',
        `${sec(rebuild.floor.ms)} (${sec(rebuild.floor.cpuMs)}), the floor’s own rebuild`,
        `${sec(rebuild.project.ms)} (${sec(rebuild.project.cpuMs)})`,
        `${ratio(rebuild.project.ms, largest.floor.ms)} (${ratio(rebuild.project.cpuMs, largest.floor.cpuMs)}) the floor’s cold build`,
        `≤ ${TARGET.rebuildRatio.toFixed(1)}×`,
        timeVerdict(r <= TARGET.rebuildRatio, 'rebuild vs floor cold', [rebuild.project, largest.floor]),
      ]);
      const site = rebuild.withSiteCold;
      goals.push([
        `cold build with SITE_URL (a social image drawn per page), ${largest.projectPages} pages: wall (CPU)`,
        `${sec(largest.floor.ms)} (${sec(largest.floor.cpuMs)})`,
        `${sec(site.ms)} (${sec(site.cpuMs)})`,
        `${ratio(site.ms, largest.floor.ms)} (${ratio(site.cpuMs, largest.floor.cpuMs)})`,
        'for information',
        '',
      ]);
    }
  }
  const first = points[0];
  if (first && largest && largest !== first) {
    const msFloor = perPage(first, largest, (p) => p.floor.cpuMs);
    const msProject = perPage(first, largest, (p) => p.project.cpuMs);
    const kibFloor = perPage(first, largest, (p) => p.floor.peakTreeBytes) / KB;
    const kibProject = perPage(first, largest, (p) => p.project.peakTreeBytes) / KB;
    goals.push([
      `cost per extra page (${first.projectPages} → ${largest.projectPages}): CPU, memory`,
      `${msFloor.toFixed(1)} ms, ${kibFloor.toFixed(0)} KiB`,
      `${msProject.toFixed(1)} ms, ${kibProject.toFixed(0)} KiB`,
      `${ratio(msProject, msFloor)}, ${ratio(kibProject, kibFloor)}`,
      '',
      '',
    ]);
  }
  const summary = table(['against the floor', 'floor', 'this project', 'ratio', 'goal', ''], goals);
  const others = [largest?.floor, largest?.project, rebuild?.project].flatMap((m) => (m ? [otherShare(m)] : []));
  const load = loads.length
    ? `Load average (1 min) during the scale run: ${Math.min(...loads).toFixed(1)}–${Math.max(...loads).toFixed(1)} on ${os.availableParallelism()} cores. ` +
      `Other work while the floor, the project and the rebuild were built (all cores' busy time less the build's, stolen time included): ` +
      `${others.map((x) => `${(x * 100).toFixed(0)}%`).join(', ')} of a core${others.some((x) => x > BUSY_SHARE) ? ` (above ${BUSY_SHARE * 100}%: the wall-time verdicts say “?”; rerun on a quieter machine)` : ''}. ` +
      'The goals are about time, the wait for a build, so the verdicts use wall time, from the project and the floor built back to back in the same run; ' +
      'CPU time (user + system over the whole process tree) is in brackets. It adds up what runs in parallel: the check beside `astro build`, ' +
      'and the threads of Vite and Pagefind (Pagefind alone is 5–8 s of CPU at 2,478 pages, work the floor, which has no search, does not do).'
    : '';
  return [sizes, summary, load].filter(Boolean).join('\n\n');
}

const BEGIN = (name: string) => `<!-- bench:${name} (written by \`npm run bench\`; edits here are overwritten) -->`;
const END = (name: string) => `<!-- bench:${name}:end -->`;

/**
 * Replaces each given part between its own markers in docs/performance.md; parts not given (skipped
 * this run) keep what they had. A part with no markers yet is added at the end.
 */
function writeDoc(parts: Map<string, string>): string {
  const path = join(PROJECT_ROOT, 'docs', 'performance.md');
  let doc: string;
  try {
    doc = readFileSync(path, 'utf8');
  } catch {
    doc = '# Performance\n\n';
  }
  for (const [name, text] of parts) {
    const block = `${BEGIN(name)}\n${text}\n${END(name)}`;
    const start = doc.indexOf(`<!-- bench:${name} (`);
    const end = doc.indexOf(END(name));
    doc =
      start >= 0 && end > start
        ? doc.slice(0, start) + block + doc.slice(end + END(name).length)
        : `${doc.trimEnd()}\n\n${block}\n`;
  }
  writeFileSync(path, doc);
  return path;
}

async function realSite(parts: Map<string, string>): Promise<void> {
  const project = copyProject('bench-build');
  try {
    const build = await buildIn(project, 'real site', 'real');
    const dist = join(project, 'dist');
    const pages = listPages(dist, '/');
    parts.set(
      'real',
      `Measured ${new Date().toISOString().slice(0, 10)} on ${machine()}.\n\n${buildSection(build, pages.length)}`,
    );

    const server = await startServer({ root: dist, base: '/' });
    try {
      if (!args['no-lighthouse']) {
        const built = new Set(pages.map((p) => p.urlPath));
        const present = LIGHTHOUSE_PAGES.filter((p) => built.has(p));
        process.stderr.write(`bench: Lighthouse on ${present.join(', ')} …\n`);
        const results = await runLighthouse(present.map((p) => server.origin + p));
        parts.set(
          'lighthouse',
          `Lighthouse measured ${new Date().toISOString().slice(0, 10)}.\n\n${lighthouseSection(
            results,
            LIGHTHOUSE_PAGES.filter((p) => !built.has(p)),
          )}`,
        );
      }
      process.stderr.write(`bench: weighing ${pages.length} pages …\n`);
      const chromium = await launchChromium();
      try {
        const weights: PageWeight[] = [];
        for (const page of pages)
          weights.push(await weighPage(chromium.context, server.origin + page.urlPath, page.urlPath));
        parts.set('weights', weightSection(weights));
      } finally {
        await chromium.close();
      }
    } finally {
      await server.close();
    }
  } finally {
    removeCopy(project);
  }
}

/** Edits one page's text (a word in its first paragraph), as an editor would. */
function editOnePage(path: string): void {
  const text = readFileSync(path, 'utf8');
  const edited = text.replace(/exists to measure/, 'exists to measure, after an edit,');
  if (edited === text) throw new Error(`bench: nothing to edit in ${path}`);
  writeFileSync(path, edited);
}

async function scaleRun(parts: Map<string, string>): Promise<void> {
  const points: ScalePoint[] = [];
  let rebuild: Rebuild | undefined;
  for (const [i, contextPages] of SCALE_SIZES.entries()) {
    const last = i === SCALE_SIZES.length - 1;
    const scaled = copyProject('bench-scale');
    let floorRoot: string | undefined;
    try {
      const articles = Math.round(contextPages / 10);
      generateScaleContent(scaled, { articles, contextPages });
      sampleLoad();
      const project = await buildIn(
        scaled,
        `scale (${articles} articles, ${contextPages} context pages)`,
        `scale-${contextPages}`,
      );
      const projectPages = listPages(join(scaled, 'dist'), '/').length;
      sampleLoad();
      floorRoot = createFloorSite(projectPages);
      const floor = await buildIn(floorRoot, `floor (${projectPages} pages)`, `floor-${contextPages}`);
      sampleLoad();
      points.push({ contextPages, articles, project, projectPages, floor });
      if (last) {
        editOnePage(scalePagePath(scaled, 1));
        const projectRebuild = await buildIn(scaled, 'scale rebuild after one edit', `scale-${contextPages}-rebuild`);
        sampleLoad();
        editOnePage(floorPagePath(floorRoot, 1));
        const floorRebuild = await buildIn(floorRoot, 'floor rebuild after one edit', `floor-${contextPages}-rebuild`);
        sampleLoad();
        // A deployed site sets SITE_URL, and then every page gets a social image: measured cold, apart.
        rmSync(join(scaled, '.astro'), { recursive: true, force: true });
        const withSiteCold = await buildIn(scaled, 'scale cold with SITE_URL', `scale-${contextPages}-site-url`, {
          SITE_URL: 'https://news.example.org',
        });
        sampleLoad();
        rebuild = { project: projectRebuild, floor: floorRebuild, withSiteCold };
      }
    } finally {
      removeCopy(scaled);
      if (floorRoot) removeCopy(floorRoot);
    }
  }
  parts.set(
    'scale',
    `Measured ${new Date().toISOString().slice(0, 10)} on ${machine()}.\n\n${scaleSection(points, rebuild)}`,
  );
}

async function devRun(parts: Map<string, string>): Promise<void> {
  const contextPages = SCALE_SIZES[SCALE_SIZES.length - 1] ?? 1000;
  const articles = Math.round(contextPages / 10);
  const project = copyProject('bench-dev');
  try {
    generateScaleContent(project, { articles, contextPages });
    process.stderr.write(`bench: npm run dev with ${contextPages} context pages, ${articles} articles …\n`);
    sampleLoad();
    const t = await measureDev(project, scalePagePath(project, 1), '/context/scale-page-0001/', (text, n) => {
      const visible = `exists to measure (edit ${n})`;
      return { text: text.replace(/exists to measure(?: \(edit \d+\))?/u, visible), visible };
    });
    sampleLoad();
    const saves = t.saveToBrowserMs.map((ms) => sec(ms)).join(', ');
    parts.set(
      'dev',
      `Measured ${new Date().toISOString().slice(0, 10)}; load average (1 min) ${loads.at(-1)?.toFixed(1) ?? '?'} on ${os.availableParallelism()} cores.\n\n${table(
        ['`npm run dev`, ' + `${contextPages} context pages + ${articles} articles`, 'time'],
        [
          ['start-up: until the server says it is ready (ingest included)', sec(t.readyMs)],
          ['start-up: until it has served a context page', sec(t.firstPageMs)],
          ['save a context page → the open page shows it (each edit)', saves],
        ],
      )}`,
    );
  } finally {
    removeCopy(project);
  }
}

async function main(): Promise<void> {
  // Each part is written to the doc as soon as it is measured, so a long run that is stopped keeps what it had.
  const run = async (skip: 'no-real' | 'no-scale' | 'no-dev', part: (parts: Map<string, string>) => Promise<void>) => {
    if (args[skip]) return;
    const parts = new Map<string, string>();
    try {
      await part(parts);
    } finally {
      for (const text of parts.values()) console.log(`${text}\n`);
      if (parts.size) console.log(`written to ${writeDoc(parts)}\n`);
    }
  };
  await run('no-real', realSite);
  await run('no-scale', scaleRun);
  await run('no-dev', devRun);
  if (missed.length) console.log(`\nmissed targets: ${missed.join('; ')}`);
  if (args.strict && missed.length) process.exitCode = 1;
}

await main();
