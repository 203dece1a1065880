import { fileURLToPath } from 'node:url';
import { defineConfig, mergeConfig } from 'vitest/config';

/**
 * The shared vitest preset: tests live next to the code as `*.test.ts`, run in Node, and never
 * depend on wall-clock time (benchmarks live in bench/ and are not tests).
 * @param {import('vitest/config').UserConfig} [overrides]
 */
export function defineProjectConfig(overrides = {}) {
  return mergeConfig(
    defineConfig({
      test: {
        include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
        environment: 'node',
        testTimeout: 20_000,
        hookTimeout: 60_000,
        // The JSON report feeds the one closing line of the whole suite (tooling/scripts/summarize-tests.mjs);
        // a second run of a package names its own file (`--outputFile.json=test-results/vitest-<run>.json`).
        reporters: ['default', 'json'],
        outputFile: { json: 'test-results/vitest.json' },
        globalSetup: [fileURLToPath(new URL('./temp-root.js', import.meta.url))],
      },
    }),
    overrides,
  );
}
