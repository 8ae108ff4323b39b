/**
 * The last step of `.ci/run`: adds up every report into ONE closing line, `N passed, N failed`
 * which is what CI reads. Exits 1 if anything failed. A skipped or todo test counts as failed: the
 * project leaves none behind, so one showing up is a mistake to see, not to hide.
 *
 *   npx node scripts/quality/ci-summary.ts [--checks checks.txt] report.json …
 *
 * - Each `report.json` is a vitest JSON report. A missing or unreadable one counts as one failed
 *   test (the runner crashed, or a step before it, such as `astro check`, failed), and so does a
 *   test file that failed to load (it has no tests to count).
 * - `checks.txt` has one line per quality script, `pass <name>` or `fail <name>`; each counts as
 *   one test.
 */
import { existsSync, readFileSync } from 'node:fs';
import { cliArgs } from '../cli-args.ts';

interface VitestJson {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numTodoTests?: number;
  testResults: { name: string; status: string; message?: string; assertionResults: unknown[] }[];
}

let passed = 0;
let failed = 0;
const notes: string[] = [];

const {
  values: { checks: checksFile },
  positionals: reports,
} = cliArgs('ci-summary', 'node scripts/quality/ci-summary.ts [--checks checks.txt] report.json …', {
  options: { checks: { type: 'string' } },
  allowPositionals: true,
});

for (const file of reports) {
  let report: VitestJson;
  try {
    report = JSON.parse(readFileSync(file, 'utf8')) as VitestJson;
  } catch {
    failed++;
    notes.push(`${file}: no report (the runner, or a step before it, did not finish): 1 failed`);
    continue;
  }
  const broken = report.testResults.filter((r) => r.status === 'failed' && r.assertionResults.length === 0);
  passed += report.numPassedTests;
  const skipped = report.numPendingTests + (report.numTodoTests ?? 0);
  failed += report.numFailedTests + broken.length + skipped;
  notes.push(
    `${file}: ${report.numPassedTests} passed, ${report.numFailedTests} failed, ${report.numPendingTests} skipped`,
  );
  for (const b of broken) notes.push(`  ${b.name} did not load: ${(b.message ?? '').split('\n')[0]}`);
}

if (checksFile) {
  const lines = existsSync(checksFile) ? readFileSync(checksFile, 'utf8').split('\n').filter(Boolean) : [];
  for (const line of lines) {
    if (line.startsWith('pass ')) passed++;
    else {
      failed++;
      notes.push(`check failed: ${line.replace(/^fail /, '')}`);
    }
  }
  notes.push(`${checksFile}: ${lines.length} quality checks`);
}

for (const note of notes) console.log(note);
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 ? 1 : 0;
