// ESLint: the recommended rules of ESLint, typescript-eslint and eslint-plugin-astro, at zero findings
// (`npm run lint`). Formatting is Prettier's job. Exceptions are few and each says why.
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: ['dist/', '.tmp/', '.astro/', 'artifacts/', 'node_modules/', 'src/content/', 'tests/fixtures/'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    languageOptions: {
      globals: { console: 'readonly', process: 'readonly', URL: 'readonly', Buffer: 'readonly' },
    },
    rules: {
      // The text rules match control characters on purpose: binary and NUL detection in ingest, YAML
      // escaping, ANSI colour codes in build logs.
      'no-control-regex': 'off',
      // `_` marks an argument a callback must accept but does not use (`test.each` rows, `(_, i) =>`).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // The search page's only script runs in the browser.
    files: ['src/pages/search/_client.js'],
    languageOptions: { globals: { document: 'readonly', location: 'readonly', URLSearchParams: 'readonly' } },
  },
);
