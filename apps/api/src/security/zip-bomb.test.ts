import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { workbook } from '../lib/spreadsheet.js';
import { checkZip, ZIP_LIMITS } from '../lib/zip-limits.js';
import { readJson } from '../test-support/read-json.js';
import { startHarness, type Harness } from '../test-support/harness.js';
import { deflatedZeros, zipOf } from '../test-support/zip-bomb.js';

/**
 * Zip bombs against the Excel imports: refused from the package's structure or while inflating,
 * before more than a few MB is unpacked, with memory bounded even for four at once.
 */
let h: Harness;
let zeros250: Buffer;
beforeAll(async () => {
  h = await startHarness();
  zeros250 = await deflatedZeros(250);
}, 60_000);
afterAll(() => h.close());

/** The bomb of the report: a ~500 kB "xlsx" with two 250 MB entries, declaring 1 kB each (headers lie). */
const lyingBomb = () =>
  zipOf([
    { name: '[Content_Types].xml', data: zeros250, method: 8, declaredSize: 1000 },
    { name: 'xl/worksheets/sheet1.xml', data: zeros250, method: 8, declaredSize: 1000 },
  ]);

async function upload(data: Uint8Array, cookie: string) {
  const form = new FormData();
  form.set('file', new File([Buffer.from(data)], 'list.xlsx'));
  return h.app.request('http://huiqi.test/api/imports/srdi-list', {
    method: 'POST',
    headers: { Cookie: cookie },
    body: form,
  });
}

describe('ZIP limits', () => {
  it('a real workbook passes and is read', async () => {
    const xlsx = await workbook([
      {
        name: 'S',
        columns: [{ header: '企业名称', key: 'n' }],
        rows: Array.from({ length: 2000 }, (_, i) => ({ n: `企业${i}` })),
      },
    ]);
    const inflated = await checkZip(xlsx);
    expect(inflated).toBeGreaterThan(xlsx.length);
    expect(inflated).toBeLessThan(ZIP_LIMITS.totalBytes);
  });

  it('too many entries: refused from the central directory, nothing inflated', async () => {
    const many = zipOf(
      Array.from({ length: ZIP_LIMITS.entries + 1 }, (_, i) => ({
        name: `f${i}.xml`,
        data: new Uint8Array(1),
        method: 0 as const,
        declaredSize: 1,
      })),
    );
    await expect(checkZip(many)).rejects.toMatchObject({
      status: 413,
      code: 'ARCHIVE_TOO_LARGE',
      details: { entries: ZIP_LIMITS.entries + 1 },
    });
  });

  it('an honest bomb (its headers say 500 MB): refused before inflating anything', async () => {
    const honest = zipOf([
      { name: 'xl/worksheets/sheet1.xml', data: zeros250, method: 8, declaredSize: 250 * 1024 * 1024 },
      { name: 'b.xml', data: zeros250, method: 8, declaredSize: 250 * 1024 * 1024 },
    ]);
    await expect(checkZip(honest)).rejects.toMatchObject({ status: 413, code: 'ARCHIVE_TOO_LARGE' });
  });

  it('a lying bomb: refused by the ratio while inflating, in both languages', async () => {
    const e = (await checkZip(lyingBomb()).then(
      () => null,
      (x: unknown) => x,
    )) as { status: number; code: string; zh: string; en: string };
    expect(e).toMatchObject({ status: 413, code: 'ARCHIVE_TOO_LARGE' });
    expect(e.zh).toContain('压缩炸弹');
    expect(e.en).toContain('zip bomb');
  });

  it("the report's bomb sent to the import four times at once: each refused with 413, memory bounded (RSS delta printed)", async () => {
    const bomb = lyingBomb();
    const cookie = (await h.as('region')).cookie()!;
    const base = process.memoryUsage().rss;
    let peak = base;
    const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 5);
    let healthMs = 0;
    const health = (async () => {
      const started = performance.now();
      await h.app.request('http://huiqi.test/api/health');
      healthMs = performance.now() - started;
    })();
    const answers = await Promise.all([0, 1, 2, 3].map(() => upload(bomb, cookie)));
    await health;
    clearInterval(sampler);
    const delta = (peak - base) / 1024 / 1024;
    console.log(
      `[security] four concurrent zip bombs (${Math.round(bomb.length / 1024)} kB, 2 × 250 MB each): RSS peak +${delta.toFixed(1)} MB; a health request meanwhile took ${healthMs.toFixed(0)} ms`,
    );
    for (const res of answers) {
      expect(res.status).toBe(413);
      expect((await readJson(res)).error.code).toBe('ARCHIVE_TOO_LARGE');
    }
    // Unpacked, the four would be 2 GB; the bound is generous (the test runner's own allocations count too).
    expect(delta).toBeLessThan(150);
  }, 60_000);

  it('an OFD evidence file that is a bomb is refused too', async () => {
    const { client } = await h.enterprise();
    const draft = await client.claims.create({
      roundId: h.round.id,
      claim: { provision: 'M7.5', evaluationFeePaid: '100.00' },
    });
    const ofd = zipOf([{ name: 'OFD.xml', data: zeros250, method: 8, declaredSize: 100 }]);
    const form = new FormData();
    form.set('file', new File([ofd], 'bill.ofd'));
    const res = await h.app.request(`http://huiqi.test/api/claims/${draft.id}/attachments`, {
      method: 'POST',
      headers: { Cookie: client.cookie()! },
      body: form,
    });
    expect(res.status).toBe(413);
  });
});
