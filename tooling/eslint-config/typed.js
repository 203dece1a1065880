import path from 'node:path';
import tseslint from 'typescript-eslint';

// Type-aware lint (issue 12): a promise nobody awaits loses its rejection (an unhandled error, a
// check in a test that runs after the test has passed), and a promise where a condition or a void
// callback is expected is always truthy / never awaited. These rules need the types: each file is
// read with its package's own tsconfig.json through TypeScript's project service (as an editor
// does), for .ts and .vue files. Plain .js/.mjs files and declarations are linted without types.
const root = path.resolve(import.meta.dirname, '../..');

export const typed = [
  {
    files: ['**/*.ts', '**/*.vue'],
    languageOptions: {
      parserOptions: {
        projectService: {
          // Tool configs no tsconfig.json includes (the apps' tsconfig holds src/ only), checked in
          // TypeScript's default project. The project service refuses more than 8 such files: the
          // e2e specs have their own e2e/tsconfig.json instead.
          allowDefaultProject: [
            'apps/*/vite.config.ts',
            'apps/*/playwright.config.ts',
            'packages/{locales,ui}/vitest.config.ts',
          ],
        },
        tsconfigRootDir: root,
        extraFileExtensions: ['.vue'],
      },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      // Promise.all over values some of which are promises is well defined (Hono's app.request
      // answers Response | Promise<Response>); awaiting what is never a promise is still refused.
      '@typescript-eslint/await-thenable': ['error', { allowMixedPromiseArrays: true }],
    },
  },
  {
    // Declarations hold no code that could drop a promise; no tsconfig includes the presets' .d.ts.
    files: ['**/*.d.ts'],
    ...tseslint.configs.disableTypeChecked,
  },
];
