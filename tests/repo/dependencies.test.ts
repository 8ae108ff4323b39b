/** Every package the code imports is declared in package.json (not merely present as someone else's dependency). */
import { globSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join } from 'node:path';
import { expect, test } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};
const declared = new Set([...Object.keys(manifest.dependencies), ...Object.keys(manifest.devDependencies)]);

/** `@scope/name/sub` → `@scope/name`; `name/sub` → `name`. */
const packageOf = (specifier: string) =>
  specifier
    .split('/')
    .slice(0, specifier.startsWith('@') ? 2 : 1)
    .join('/');

test('every imported package is declared in package.json', () => {
  const files = globSync('{src,scripts,tests}/**/*.{ts,mjs,js,astro}', { cwd: root }).concat(
    globSync('*.{ts,mjs}', { cwd: root }),
  );
  const undeclared = new Set<string>();
  for (const file of files) {
    const text = readFileSync(join(root, file), 'utf8');
    for (const m of text.matchAll(
      /(?:^|\n)\s*(?:import|export)\b[^'"]*?\bfrom\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g,
    )) {
      const specifier = (m[1] ?? m[2])!;
      if (specifier.startsWith('.') || specifier.startsWith('node:') || specifier.startsWith('astro:')) continue;
      const name = packageOf(specifier);
      // A type-only package such as `hast` comes from `@types/hast`.
      if (builtinModules.includes(name) || declared.has(name) || declared.has(`@types/${name}`)) continue;
      undeclared.add(`${name} (${file})`);
    }
  }
  expect([...undeclared].sort()).toEqual([]);
});
