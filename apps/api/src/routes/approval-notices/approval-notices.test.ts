import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { documentDate, findProvision, ningxia, todayInChina } from '@huiqi/domain';
import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { claims, approvalNotices, auditLog, noticeNumberCounters } from '../../db/schema.js';
import { failure, useHarness } from '../../test-support/harness.js';

const h = useHarness({ env: { NOTICE_AUTHORITY: '宁夏回族自治区知识产权局（测试）' } });

const fee = (amount: string) => ({ provision: 'M7.5', evaluationFeePaid: amount });
const year = Number(todayInChina().slice(0, 4));

/** A claim approved by the city and the region through the API (the region lowers it to `amount`). */
async function approved(amount = '10000.00') {
  const { claim, ...ent } = await h.submittedClaim(fee('12345.67'));
  await h.approve(claim, { amount, amountReason: '评估费发票金额核减' });
  return { ...ent, claimId: claim.id, caseNo: claim.caseNo };
}

const bytesOf = async (b: Blob) => Buffer.from(await b.arrayBuffer());
const pdfBlob = (b: Uint8Array) => new Blob([new Uint8Array(b)], { type: 'application/pdf' });

describe('批准通知书: issued once for an approved claim, signed, checked by anyone', () => {
  it('issues the notice with its 文号, date in Chinese, the item by name and the amount in words; audited; the same notice afterwards', async () => {
    const { client, enterprise, claimId, caseNo } = await approved('10000.00');
    const n = await client.approvalNotices.issue(claimId);
    expect(n).toMatchObject({
      claimId: claimId,
      year,
      authority: '宁夏回族自治区知识产权局（测试）',
      issuedOn: todayInChina(),
      issuedOnText: documentDate(todayInChina()),
      enterpriseName: enterprise.name,
      caseNo,
      provision: 'M7.5',
      item: findProvision(ningxia, 'M7.5').title,
      amount: '10000.00',
      amountInWords: '人民币壹万元整',
      claimStatus: 'approved',
      verifyUrl: `http://huiqi.test/portal/verify/${n.id}`,
    });
    expect(n.number).toBe(`宁知惠企〔${year}〕${n.serial}号`);
    expect(n.issuedOnText).toMatch(
      /^二〇[〇一二三四五六七八九]{2}年[一二三四五六七八九十]+月[一二三四五六七八九十]+日$/,
    );
    // Issued once: the region asking again gets the same notice (200), no second number is taken.
    const region = await h.as('region');
    const again = await region.approvalNotices.issue(claimId);
    expect(again).toEqual(n);
    expect(await client.approvalNotices.ofClaim(claimId)).toEqual({ notice: n });
    const audits = await h.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'approval-notice.issued'), eq(auditLog.targetId, n.id)));
    expect(audits).toHaveLength(1);
    expect(audits[0]!.after).toMatchObject({ claimId: claimId, number: n.number, amount: '10000.00' });

    // The PDF: one A4 page, the font embedded as a subset, the signature line at its end.
    const pdf = await bytesOf(await client.approvalNotices.pdf(n.id));
    const text = pdf.toString('latin1');
    expect(text.startsWith('%PDF-')).toBe(true);
    expect(text.match(/\/Type \/Page\b/g)).toHaveLength(1);
    expect(text).toMatch(/\/FontName \/[A-Z]{6}\+NotoSansHans-Regular/);
    expect(text).toMatch(/\/FontFile3 \d+ 0 R/);
    expect(text).toMatch(
      new RegExp(`\\n%HUIQI-NOTICE-SIGNATURE v1 ed25519 key=${n.keyId} id=${n.id} sig=[A-Za-z0-9_-]{86}\\n$`),
    );
    // A subset: far smaller than the 8 MB font it is cut from.
    expect(pdf.length).toBeLessThan(400_000);
    const [row] = await h.db.select().from(approvalNotices).where(eq(approvalNotices.id, n.id));
    expect(row!.pdfSize).toBe(pdf.length);
  });

  it('anyone checks a copy: the genuine one passes; one changed byte, a cut signature or another PDF do not', async () => {
    const { client, claimId } = await approved('9000.00');
    const n = await client.approvalNotices.issue(claimId);
    const pdf = await bytesOf(await client.approvalNotices.pdf(n.id));
    const anyone = h.client();

    const genuine = await anyone.approvalNotices.verify({ file: pdfBlob(pdf) });
    expect(genuine).toMatchObject({
      result: 'genuine',
      notice: { id: n.id, number: n.number, amount: '9000.00' },
    });
    expect(genuine.zh).toContain(n.number);
    expect(genuine.notice).not.toHaveProperty('claimId');

    // One byte of the content changed (inside the page's drawing, before the signature line).
    const altered = Buffer.from(pdf);
    const at = altered.indexOf('stream') + 40;
    altered[at] = altered[at]! ^ 0x01;
    const a = await anyone.approvalNotices.verify({ file: pdfBlob(altered) });
    expect(a).toMatchObject({ result: 'altered', notice: { id: n.id, number: n.number } });
    expect(a.zh).toMatch(/签名校验不通过/);
    expect(a.en).toMatch(/altered/);

    // The signature line cut off: the file still names the notice in its metadata — altered, not genuine.
    const cut = pdf.subarray(0, pdf.lastIndexOf('%HUIQI-NOTICE-SIGNATURE'));
    expect(await anyone.approvalNotices.verify({ file: pdfBlob(cut) })).toMatchObject({
      result: 'altered',
      notice: { id: n.id },
    });

    // Signed by another key (someone's own signer): its key id is not the platform's.
    const { privateKey } = generateKeyPairSync('ed25519');
    const { sign } = await import('node:crypto');
    const forged = Buffer.concat([
      cut,
      Buffer.from(
        `%HUIQI-NOTICE-SIGNATURE v1 ed25519 key=${n.keyId} id=${n.id} sig=${sign(null, cut, privateKey).toString('base64url')}\n`,
      ),
    ]);
    expect((await anyone.approvalNotices.verify({ file: pdfBlob(forged) })).result).toBe('altered');

    // A PDF the platform never issued.
    const other = await anyone.approvalNotices.verify({
      file: pdfBlob(Buffer.from('%PDF-1.7\n1 0 obj << >> endobj\n%%EOF\n')),
    });
    expect(other).toMatchObject({ result: 'unknown', notice: null });
    expect(other.zh).toMatch(/不是本平台出具/);
  });

  it('the facts are public by id or 文号 (half-width brackets too); the public key is published', async () => {
    const { client, enterprise, claimId } = await approved('8000.00');
    const n = await client.approvalNotices.issue(claimId);
    const anyone = h.client();
    const byId = await anyone.approvalNotices.facts({ ref: n.id });
    expect(byId).toMatchObject({ number: n.number, enterpriseName: enterprise.name, amount: '8000.00' });
    expect(byId).not.toHaveProperty('claimId');
    expect(await anyone.approvalNotices.facts({ ref: n.number })).toEqual(byId);
    expect(await anyone.approvalNotices.facts({ ref: ` 宁知惠企[${year}]${n.serial}号 ` })).toEqual(byId);
    const key = await anyone.approvalNotices.publicKey();
    expect(key).toMatchObject({ algorithm: 'Ed25519', keyId: n.keyId });
    expect(key.publicKeyPem).toMatch(/^-----BEGIN PUBLIC KEY-----/);

    // With only the published key, the signature checks out of the platform too.
    const { createPublicKey, verify } = await import('node:crypto');
    const pdf = await bytesOf(await client.approvalNotices.pdf(n.id));
    const at = pdf.lastIndexOf('%HUIQI-NOTICE-SIGNATURE');
    const sig = /sig=([A-Za-z0-9_-]+)/.exec(pdf.subarray(at).toString('latin1'))![1]!;
    expect(
      verify(null, pdf.subarray(0, at), createPublicKey(key.publicKeyPem), Buffer.from(sig, 'base64url')),
    ).toBe(true);
  });

  it('bad input: unknown number 404, not a PDF 415, too large 413, no file 400 — in zh and en, never 500', async () => {
    const anyone = h.client();
    const unknown = await failure(anyone.approvalNotices.facts({ ref: `宁知惠企〔${year}〕99999号` }));
    expect(unknown).toMatchObject({ status: 404, code: 'NOTICE_NOT_FOUND' });
    expect(unknown.zh).toMatch(/没有文号或编号/);
    expect(unknown.en).toMatch(/No approval notice/);
    expect(await failure(anyone.approvalNotices.facts({ ref: '' }))).toMatchObject({ status: 400 });
    const png = await failure(
      anyone.approvalNotices.verify({ file: new Blob([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 1, 2, 3])]) }),
    );
    expect(png).toMatchObject({ status: 415, code: 'NOT_A_PDF' });
    expect(png.zh).toMatch(/PDF/);
    const huge = new Uint8Array(5 * 1024 * 1024 + 1);
    huge.set(Buffer.from('%PDF-1.7\n'));
    expect(await failure(anyone.approvalNotices.verify({ file: new Blob([huge]) }))).toMatchObject({
      status: 413,
      code: 'FILE_TOO_LARGE',
    });
    const empty = await failure(anyone.approvalNotices.verify({ file: new Blob([]) }));
    expect(empty).toMatchObject({ status: 400, code: 'EMPTY_FILE' });
  });

  it('only an approved claim in scope: in review 409, another enterprise’s or another city’s 404, nothing issued', async () => {
    const ent = await h.enterprise();
    const d = await ent.client.claims.create({ roundId: h.round.id, claim: fee('5000.00') });
    await ent.client.claims.submit(d.id, { version: d.version });
    const early = await failure(ent.client.approvalNotices.issue(d.id));
    expect(early).toMatchObject({ status: 409, code: 'NOT_APPROVED' });
    expect(early.zh).toMatch(/尚未经自治区审核批准/);

    const { claimId } = await approved('1000.00');
    const other = await h.enterprise();
    expect(await failure(other.client.approvalNotices.issue(claimId))).toMatchObject({ status: 404 });
    const guyuan = await h.as('guyuan');
    expect(await failure(guyuan.approvalNotices.issue(claimId))).toMatchObject({ status: 404 });
    expect(await h.db.select().from(approvalNotices).where(eq(approvalNotices.claimId, claimId))).toEqual([]);
    const auditor = await h.as('auditor');
    expect(await failure(auditor.approvalNotices.issue(claimId))).toMatchObject({ status: 403 });
    expect(await failure(h.client().approvalNotices.issue(claimId))).toMatchObject({ status: 401 });
  });

  it('a notice that fails after taking its number gives the number back: the next one follows without a gap', async () => {
    const good = await approved('1000.00');
    const bad = await approved('2000.00');
    // An amount the words of a payment cannot say (¥1,000,000,000,000): the PDF fails after the number is taken.
    await h.db.update(claims).set({ approvedAmount: '1000000000000.00' }).where(eq(claims.id, bad.claimId));
    const [before] = await h.db
      .select()
      .from(noticeNumberCounters)
      .where(eq(noticeNumberCounters.year, year));
    const refused = await failure(bad.client.approvalNotices.issue(bad.claimId));
    expect(refused).toMatchObject({ status: 422, code: 'AMOUNT_TOO_LARGE_FOR_WORDS' });
    const [after] = await h.db.select().from(noticeNumberCounters).where(eq(noticeNumberCounters.year, year));
    expect(after).toEqual(before);
    const n = await good.client.approvalNotices.issue(good.claimId);
    expect(n.serial).toBe((before?.last ?? 0) + 1);
  });

  it('a configured key file signs; a missing configured key is refused in words, not generated', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'huiqi-key-'));
    try {
      const { noticeSigner, signingKeyPath } = await import('../../lib/notice-signing.js');
      const { privateKey, publicKey } = generateKeyPairSync('ed25519');
      const file = join(dir, 'key.pem');
      writeFileSync(file, privateKey.export({ type: 'pkcs8', format: 'pem' }));
      const env = { NOTICE_SIGNING_KEY_FILE: file, HUIQI_DATA_DIR: dir };
      expect(signingKeyPath(env)).toBe(file);
      const s = await noticeSigner(env);
      expect(s.publicKeyPem).toBe(publicKey.export({ type: 'spki', format: 'pem' }));
      await expect(
        noticeSigner({ NOTICE_SIGNING_KEY_FILE: join(dir, 'none.pem'), HUIQI_DATA_DIR: dir }),
      ).rejects.toThrow(/NOTICE_SIGNING_KEY_FILE=.*none\.pem: cannot read/);
      // Generated once into the data folder, the same key on the next load.
      const generated = await noticeSigner({ HUIQI_DATA_DIR: join(dir, 'data') });
      expect(generated.keyId).toMatch(/^[0-9a-f]{16}$/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
