import { readJson } from '../../test-support/read-json.js';
import { describe, expect, it } from 'vitest';
import { count } from 'drizzle-orm';
import { attachments } from '../../db/schema.js';
import { useHarness } from '../../test-support/harness.js';
import { safeFilename } from '../../lib/evidence-upload.js';

const h = useHarness({ env: { MAX_UPLOAD_MB: '1' } });

const PDF = new TextEncoder().encode('%PDF-1.7\n1 0 obj\n<<>>\nendobj\ntrailer\n%%EOF\n');
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);

async function post(cookie: string, id: string, data: Uint8Array, name: string) {
  const form = new FormData();
  form.append('file', new File([data], name));
  return h.app.request(`http://huiqi.test/api/claims/${id}/attachments`, {
    method: 'POST',
    headers: { Cookie: cookie },
    body: form,
  });
}

describe('evidence attachments', () => {
  it('accepts PDF and PNG by content, stores them by hash, serves them with Content-Disposition', async () => {
    const { client } = await h.enterprise();
    const a = await client.claims.create({
      roundId: h.round.id,
      claim: { provision: 'M7.5', evaluationFeePaid: '100.00' },
    });
    const res = await post(client.cookie()!, a.id, PDF, '评估费发票.pdf');
    expect(res.status).toBe(201);
    const att = await readJson(res);
    expect(att).toMatchObject({ filename: '评估费发票.pdf', mime: 'application/pdf', size: PDF.byteLength });
    expect((await post(client.cookie()!, a.id, PNG, 'scan.png')).status).toBe(201);
    const dl = await h.app.request(`/api/attachments/${att.id}`, { headers: { Cookie: client.cookie()! } });
    expect(dl.status).toBe(200);
    expect(dl.headers.get('content-disposition')).toContain("filename*=UTF-8''%E8%AF%84");
    expect(new Uint8Array(await dl.arrayBuffer())).toEqual(PDF);
    expect((await client.claims.get(a.id)).attachments).toHaveLength(2);
    const other = await h.enterprise();
    expect(
      (await h.app.request(`/api/attachments/${att.id}`, { headers: { Cookie: other.client.cookie()! } }))
        .status,
    ).toBe(404);
  });

  it('refuses a file whose content is not evidence, an oversize file and a missing file; stores nothing', async () => {
    const { client } = await h.enterprise();
    const a = await client.claims.create({
      roundId: h.round.id,
      claim: { provision: 'M7.5', evaluationFeePaid: '100.00' },
    });
    const before = (await h.db.select({ n: count() }).from(attachments))[0]!.n;
    const exe = await post(
      client.cookie()!,
      a.id,
      new TextEncoder().encode('MZ\x90\x00 not a pdf'),
      'invoice.pdf',
    );
    expect(exe.status).toBe(415);
    expect((await readJson(exe)).error.zh).toContain('PDF');
    const big = new Uint8Array(1024 * 1024 + 10);
    big.set(PDF);
    expect((await post(client.cookie()!, a.id, big, 'big.pdf')).status).toBe(413);
    const none = await h.app.request(`/api/claims/${a.id}/attachments`, {
      method: 'POST',
      headers: { Cookie: client.cookie()! },
      body: new FormData(),
    });
    expect(none.status).toBe(400);
    expect((await h.db.select({ n: count() }).from(attachments))[0]!.n).toBe(before);
  });

  it('strips paths from file names', () => {
    expect(safeFilename('../../etc/passwd')).toBe('passwd');
    expect(safeFilename('C:\\Users\\a\\发票.pdf')).toBe('发票.pdf');
    expect(safeFilename('...')).toBe('file');
    expect(safeFilename('a"b<c>.pdf')).toBe('a_b_c_.pdf');
  });
});
