import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { contentInputsDigest, guardStores, importClosure } from '../../src/integrations/content-cache.ts';
import { PROJECT_ROOT } from '../../scripts/quality/project-copy.ts';

let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'content-cache-'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const write = (rel: string, text: string) => {
  mkdirSync(join(root, rel, '..'), { recursive: true });
  writeFileSync(join(root, rel), text);
};

describe('content cache guard', () => {
  test('the real content config reaches every schema module', () => {
    const files = importClosure([join(PROJECT_ROOT, 'src', 'content.config.ts')]).map((f) =>
      f.slice(PROJECT_ROOT.length + 1),
    );
    expect(files).toContain('src/schemas/article.ts');
    expect(files).toContain('src/schemas/common.ts');
    expect(files).toContain('src/schemas/refs.ts');
  });

  test('a schema edit two imports away changes the digest; an unrelated file does not', () => {
    write('src/content.config.ts', "import { a } from './schemas/a.ts';\nexport const collections = {};\n");
    write('src/schemas/a.ts', "import type {\n  B,\n} from './b.ts';\nexport const a = 1;\n");
    write('src/schemas/b.ts', 'export type B = string;\n');
    write('astro.config.mjs', 'export default {};\n');
    write('src/unrelated.ts', 'export const x = 1;\n');
    const before = contentInputsDigest(root);
    write('src/unrelated.ts', 'export const x = 2;\n');
    expect(contentInputsDigest(root)).toBe(before);
    write('src/schemas/b.ts', 'export type B = number;\n');
    expect(contentInputsDigest(root)).not.toBe(before);
  });

  test('the store is cleared only when the digest differs from the one it was built with', () => {
    const cache = join(root, 'cache');
    mkdirSync(cache);
    writeFileSync(join(cache, 'data-store.json'), '{}');
    expect(guardStores([cache], 'one')).toEqual([cache]); // no stamp yet: built from unknown inputs
    expect(existsSync(join(cache, 'data-store.json'))).toBe(false);
    writeFileSync(join(cache, 'data-store.json'), '{}');
    expect(guardStores([cache], 'one')).toEqual([]);
    expect(existsSync(join(cache, 'data-store.json'))).toBe(true);
    expect(guardStores([cache], 'two')).toEqual([cache]);
    expect(readFileSync(join(cache, 'content-inputs.sha256'), 'utf8')).toBe('two\n');
  });
});
