import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import vue from 'eslint-plugin-vue';
import { boundaries } from './boundaries.js';
import { languages } from './languages.js';
import { provisionIds } from './provision-ids.js';
import { relativeBoundaries } from './relative-boundaries.js';
import { typed } from './typed.js';

export default tseslint.config(
  {
    ignores: ['**/dist/**', '**/node_modules/**', '**/coverage/**', '**/.turbo/**', '**/.huiqi-data/**'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...vue.configs['flat/recommended'],
  {
    files: ['**/*.vue'],
    languageOptions: { parserOptions: { parser: tseslint.parser } },
  },
  {
    languageOptions: {
      ecmaVersion: 2023,
      sourceType: 'module',
      globals: { ...globals.node, ...globals.browser },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      // Money never goes through floats (docs/architecture.md): parseFloat and toFixed are how it usually starts.
      'no-restricted-globals': [
        'error',
        { name: 'parseFloat', message: 'Use Money / Decimal, never floats.' },
      ],
      'no-restricted-properties': [
        'error',
        { object: 'Number', property: 'parseFloat', message: 'Use Money / Decimal, never floats.' },
      ],
      'vue/multi-word-component-names': 'off',
      // Layout is Prettier's business, not the linter's.
      'vue/max-attributes-per-line': 'off',
      'vue/singleline-html-element-content-newline': 'off',
      'vue/multiline-html-element-content-newline': 'off',
      'vue/html-self-closing': 'off',
      'vue/html-indent': 'off',
      'vue/html-closing-bracket-newline': 'off',
      'vue/first-attribute-linebreak': 'off',
    },
  },
  {
    // Only env.ts reads the environment (docs/architecture.md); scripts and tests are exempt.
    files: ['apps/*/src/**/*.ts'],
    ignores: ['**/env.ts', '**/*.test.ts', '**/test-support/**'],
    rules: {
      'no-restricted-properties': [
        'error',
        { object: 'process', property: 'env', message: 'Read configuration through src/env.ts only.' },
        { object: 'Number', property: 'parseFloat', message: 'Use Money / Decimal, never floats.' },
      ],
    },
  },
  ...typed,
  ...boundaries,
  ...relativeBoundaries,
  ...languages,
  ...provisionIds,
);
