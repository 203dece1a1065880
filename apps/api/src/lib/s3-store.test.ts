import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadEnv } from '../env.js';
import { startHarness, type Harness } from '../test-support/harness.js';
import { readJson } from '../test-support/read-json.js';
import { startS3 } from '../test-support/s3-server.js';
import { openEvidenceStore } from './evidence-store.js';
import { S3Store } from './s3-store.js';

let s3: Awaited<ReturnType<typeof startS3>>;
let h: Harness;
beforeAll(async () => {
  s3 = await startS3(['huiqi-evidence']);
  h = await startHarness({ env: s3.env('huiqi-evidence') });
});
afterAll(async () => {
  await h.close();
  await s3.close();
});

describe('evidence on S3-compatible object storage (S3_BUCKET)', () => {
  it('is the store when a bucket is configured, the data folder otherwise', () => {
    expect(openEvidenceStore(loadEnv(s3.env('huiqi-evidence')))).toBeInstanceOf(S3Store);
    expect(openEvidenceStore(loadEnv({ HUIQI_DATA_DIR: '/tmp/x' })).location).toBe(
      join('/tmp/x', 'attachments'),
    );
  });

  it('an uploaded evidence file goes to the bucket under its SHA-256, stored once, and downloads unchanged', async () => {
    const c = await h.as('yinchuan');
    const { client: ent } = await h.enterprise();
    const claim = await ent.claims.create({
      roundId: h.round.id,
      claim: { provision: 'M7.5', evaluationFeePaid: '100.00' },
    });
    const pdf = Buffer.from('%PDF-1.7\n% evidence in a bucket\n%%EOF\n');
    const upload = async () => {
      const form = new FormData();
      form.set('file', new File([pdf], '评估报告.pdf'));
      return h.app.request(`http://huiqi.test/api/claims/${claim.id}/attachments`, {
        method: 'POST',
        headers: { Cookie: ent.cookie()! },
        body: form,
      });
    };
    const first = await readJson(await upload());
    await upload();
    const store = new S3Store(loadEnv(s3.env('huiqi-evidence')));
    const hashes = [];
    for await (const hash of store.list()) hashes.push(hash);
    expect(hashes).toEqual([first.sha256]);
    expect((await store.get(first.sha256)).equals(pdf)).toBe(true);
    // Nothing on the machine's disk.
    expect(existsSync(join(h.deps.env.HUIQI_DATA_DIR, 'attachments'))).toBe(false);
    // And the official's download reads it back from the bucket.
    const res = await h.app.request(`http://huiqi.test/api/attachments/${first.id}`, {
      headers: { Cookie: c.cookie()! },
    });
    expect(res.status).toBe(200);
    expect(Buffer.from(await res.arrayBuffer()).equals(pdf)).toBe(true);
    store.close();
  });
});
