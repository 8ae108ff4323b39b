import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { checkContent } from '../../scripts/check/check-content.ts';
import { formatReport } from '../../scripts/check/problems.ts';

const project = join(import.meta.dirname, '..', '..');

test('an unexpected error in one file becomes one line naming that file, and the others are still checked', () => {
  const root = join(project, 'tests', 'fixtures', 'broken', 'control-no-mistake');
  const readFile = (path: string): string => {
    if (path.endsWith('vyacheslav-volodin.yaml')) throw new Error('EIO: i/o error, read\n    at read (node:fs)');
    return readFileSync(path, 'utf8');
  };
  const { problems, filesChecked } = checkContent({ root, cwd: project, readFile });
  expect(formatReport(problems, filesChecked)).toBe(
    'tests/fixtures/broken/control-no-mistake/people/vyacheslav-volodin.yaml:1 (file) — the checker could not finish this file (EIO: i/o error, read) — report this to the developers with the file attached\n\n1 problem found (13 files checked).\n',
  );
});
