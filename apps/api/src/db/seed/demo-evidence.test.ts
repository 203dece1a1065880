import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eq, isNotNull, ne } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPglite, type Database } from '../client.js';
import { adjudicationCases, claims, attachments, brandEvidence, navigationReports } from '../schema.js';
import { FileStore, sniffEvidence } from '../../lib/file-store.js';
import { seedDemo } from './demo.js';

let db: Database;
const files = new FileStore(join(mkdtempSync(join(tmpdir(), 'huiqi-demo-files-')), 'attachments'));
beforeAll(async () => {
  db = await openPglite();
  await db.migrate();
  await seedDemo(db.db, { enterprises: 40, files });
}, 60_000);
afterAll(() => db.close());

describe('the demo evidence (what the console shows inline)', () => {
  it('every submitted demo claim carries a contract, a payment voucher and a certificate scan; drafts carry none', async () => {
    const submitted = await db.db.select({ id: claims.id }).from(claims).where(ne(claims.status, 'draft'));
    expect(submitted.length).toBeGreaterThan(0);
    for (const { id } of submitted.slice(0, 10)) {
      const names = (
        await db.db.select({ f: attachments.filename }).from(attachments).where(eq(attachments.claimId, id))
      )
        .map((r) => r.f)
        .sort();
      expect(names).toEqual(['付款凭证（示例）.pdf', '技术服务合同（示例）.pdf', '证书扫描件（示例）.png']);
    }
    const drafts = await db.db.select({ id: claims.id }).from(claims).where(eq(claims.status, 'draft'));
    for (const { id } of drafts)
      expect(await db.db.select().from(attachments).where(eq(attachments.claimId, id))).toEqual([]);
  });

  it('are real files of their type, stored once each, of the recorded size', async () => {
    const rows = await db.db
      .selectDistinct({ sha256: attachments.sha256, mime: attachments.mime, size: attachments.size })
      .from(attachments);
    expect(rows.length).toBe(3);
    for (const r of rows) {
      const data = await files.get(r.sha256);
      expect(data.length).toBe(r.size);
      // The same check an upload passes: what the bytes are, not what the name says.
      expect(sniffEvidence(data)).toBe(r.mime);
    }
    // Besides the claims' evidence, the decision documents of the demo's adjudication cases (M9.3).
    const documents = await db.db
      .selectDistinct({ sha256: adjudicationCases.documentSha256, size: adjudicationCases.documentSize })
      .from(adjudicationCases)
      .where(isNotNull(adjudicationCases.documentSha256));
    for (const d of documents) {
      const data = await files.get(d.sha256!);
      expect([data.length, sniffEvidence(data)]).toEqual([d.size, 'application/pdf']);
    }
    // And the evidence of the demo's brand nominations (M8.2) and its filed navigation reports (M4.2).
    const others = [
      ...(await db.db
        .selectDistinct({ sha256: brandEvidence.sha256, mime: brandEvidence.mime, size: brandEvidence.size })
        .from(brandEvidence)),
      ...(await db.db
        .selectDistinct({
          sha256: navigationReports.sha256,
          mime: navigationReports.mime,
          size: navigationReports.size,
        })
        .from(navigationReports)),
    ];
    for (const o of others) {
      const data = await files.get(o.sha256);
      expect([data.length, sniffEvidence(data)]).toEqual([o.size, o.mime]);
    }
    const stored = [];
    for await (const h of files.list()) stored.push(h);
    const recorded = new Set([
      ...rows.map((r) => r.sha256),
      ...documents.map((d) => d.sha256!),
      ...others.map((o) => o.sha256),
    ]);
    expect(stored.sort()).toEqual([...recorded].sort());
  });
});
