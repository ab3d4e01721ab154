/**
 * ESLint: what Prettier and `astro check` do not see. TypeScript-aware rules (typescript-eslint's
 * recommended set, without type information: it stays fast and needs no project service), the
 * rules of hooks for the Preact islands (Preact's hooks follow React's rules, and the plugin knows
 * them by name), and the Astro files' frontmatter and scripts through eslint-plugin-astro.
 */
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import reactHooks from 'eslint-plugin-react-hooks';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig([
  globalIgnores([
    'dist/',
    '.test-dist/',
    '.astro/',
    'test-results/',
    'playwright-report/',
    'bench-results/',
  ]),
  js.configs.recommended,
  tseslint.configs.recommended,
  astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      // `const { template: _template, ...rest } = plan` is how a key is left out of a copy.
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
    },
  },
  {
    // Where hooks run. Not tests/e2e: Playwright's fixtures call `use()`, which is no hook.
    files: ['src/**/*.{ts,tsx}', 'tests/unit/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
]);
