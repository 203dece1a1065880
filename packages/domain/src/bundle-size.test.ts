import { describe, expect, it } from 'vitest';
import { BUDGET_GZIP_BYTES, bundleSize } from '../scripts/bundle-size.js';

/**
 * What a browser downloads for `assess` (the built package and its dependencies, bundled and
 * minified by esbuild), held to the budget. The figure is printed; no time is measured.
 */
describe('the browser bundle of assess', () => {
  it(`is at most ${BUDGET_GZIP_BYTES / 1024} kB gzip`, async () => {
    const size = await bundleSize(['assess']);
    console.log(
      `assess for the browser: ${(size.raw / 1024).toFixed(1)} kB minified, ${(size.gzip / 1024).toFixed(1)} kB gzip`,
    );
    expect(size.gzip).toBeLessThanOrEqual(BUDGET_GZIP_BYTES);
  }, 60_000);
});
