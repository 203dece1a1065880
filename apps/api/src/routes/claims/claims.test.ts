import { describe, expect, it } from 'vitest';
import { count, eq, sql } from 'drizzle-orm';
import { claims, auditLog, budgetLedger, budgets, idempotencyKeys } from '../../db/schema.js';
import { canonical } from '../../lib/audit.js';
import { sha256 } from '../../lib/tokens.js';
import { failure, useHarness } from '../../test-support/harness.js';

const h = useHarness();

const fee = (amount: string) => ({ provision: 'M7.5', evaluationFeePaid: amount });
const rowCount = async (table: typeof claims | typeof auditLog | typeof budgetLedger) =>
  (await h.db.select({ n: count() }).from(table))[0]!.n;
const budget = async (provision: string) =>
  (await h.db.select().from(budgets).where(eq(budgets.provision, provision)))[0]!;

describe('the claim lifecycle', () => {
  it('draft → submit (assessment frozen) → city approve (reserve) → region approve (post)', async () => {
    const { client } = await h.enterprise();
    const draft = await client.claims.create({ roundId: h.round.id, claim: fee('12345.67') });
    expect(draft).toMatchObject({ status: 'draft', provision: 'M7.5', assessment: null, version: 1 });
    const submitted = await client.claims.submit(draft.id, { version: 1 });
    expect(submitted.status).toBe('submitted');
    expect(submitted.assessedAmount).toBe('11111.10');
    expect(submitted.assessment!.policyVersion).toBe('ningxia-2023-draft');
    expect(submitted.assessment!.parameters.map((p) => p.id)).toContain('M7.5.rate');

    const city = await h.as('yinchuan');
    const cityApproved = await city.reviews.decide(draft.id, {
      decision: 'approve',
      comment: '材料齐全',
      version: submitted.version,
    });
    expect(cityApproved).toMatchObject({ status: 'city-approved', approvedAmount: '11111.10' });
    expect(await budget('M7.5')).toMatchObject({ reserved: '11111.10', posted: '0.00' });

    const region = await h.as('region');
    const approved = await region.reviews.decide(draft.id, {
      decision: 'approve',
      comment: '同意',
      amount: '10000.00',
      amountReason: '评估费发票金额核减',
      version: cityApproved.version,
    });
    expect(approved).toMatchObject({
      status: 'approved',
      approvedAmount: '10000.00',
      amountReason: '评估费发票金额核减',
    });
    expect(await budget('M7.5')).toMatchObject({ reserved: '0.00', posted: '10000.00' });
    const detail = await client.claims.get(draft.id);
    expect(detail.reviews.map((r) => `${r.stage}:${r.decision}`)).toEqual(['city:approve', 'region:approve']);
  });

  it('a return lists what to fix; the enterprise edits and resubmits', async () => {
    const { client } = await h.enterprise();
    const a = await client.claims.create({ roundId: h.round.id, claim: fee('1000.00') });
    const s = await client.claims.submit(a.id, { version: a.version });
    const city = await h.as('yinchuan');
    const noList = await failure(
      city.reviews.decide(a.id, { decision: 'return', comment: '请补正', version: s.version }),
    );
    expect(noList).toMatchObject({ status: 400, code: 'VALIDATION_FAILED' });
    const returned = await city.reviews.decide(a.id, {
      decision: 'return',
      comment: '请补正',
      fixItems: ['补充评估报告', '补充付款凭证'],
      version: s.version,
    });
    expect(returned.status).toBe('returned');
    expect((await client.claims.get(a.id)).reviews[0]!.fixItems).toEqual(['补充评估报告', '补充付款凭证']);
    const edited = await client.claims.update(a.id, {
      claim: fee('2000.00'),
      version: returned.version,
    });
    const again = await client.claims.submit(a.id, { version: edited.version });
    expect(again).toMatchObject({ status: 'submitted', assessedAmount: '1800.00' });
  });

  it('refuses to submit for an unverified enterprise, and changes nothing', async () => {
    const { client } = await h.enterprise({ verify: false });
    const a = await client.claims.create({ roundId: h.round.id, claim: fee('1000.00') });
    const audits = await rowCount(auditLog);
    expect(await failure(client.claims.submit(a.id, { version: 1 }))).toMatchObject({
      status: 422,
      code: 'ENTERPRISE_NOT_VERIFIED',
    });
    expect((await client.claims.get(a.id)).status).toBe('draft');
    expect(await rowCount(auditLog)).toBe(audits);
  });

  it("bad claims get the domain's error and save nothing", async () => {
    const { client } = await h.enterprise();
    const before = await rowCount(claims);
    const neg = await failure(client.claims.create({ roundId: h.round.id, claim: fee('-5.00') }));
    expect(neg).toMatchObject({ status: 422, code: 'MONEY_NEGATIVE' });
    expect(neg.zh).toBe('实付评估费不能为负数（收到 -5.00）。');
    expect(
      await failure(client.claims.create({ roundId: h.round.id, claim: { provision: 'M9.9' } })),
    ).toMatchObject({ status: 422, code: 'UNKNOWN_PROVISION' });
    expect(
      await failure(
        client.claims.create({
          roundId: h.round.id,
          claim: { provision: 'M1.2', recognizedOn: '2025-01-01' },
        }),
      ),
    ).toMatchObject({ status: 422, code: 'PROVISION_NOT_IN_ROUND' });
    expect(await failure(client.claims.create({ roundId: 'not-a-uuid', claim: fee('1.00') }))).toMatchObject({
      status: 400,
      code: 'VALIDATION_FAILED',
    });
    expect(await rowCount(claims)).toBe(before);
  });

  it('an ineligible claim is refused at submission with its reasons', async () => {
    const { client } = await h.enterprise();
    const a = await client.claims.create({
      roundId: h.round.id,
      claim: { provision: 'M1.1', recognizedOn: `${h.year - 3}-05-01` },
    });
    const e = await failure(client.claims.submit(a.id, { version: 1 }));
    expect(e).toMatchObject({ status: 422, code: 'NOT_ELIGIBLE' });
    expect(e.zh).toContain('新认定');
  });

  it('a stale version is refused, not merged; withdraw before review', async () => {
    const { client } = await h.enterprise();
    const a = await client.claims.create({ roundId: h.round.id, claim: fee('1000.00') });
    await client.claims.update(a.id, { claim: fee('1100.00'), version: 1 });
    expect(await failure(client.claims.update(a.id, { claim: fee('1200.00'), version: 1 }))).toMatchObject({
      status: 409,
      code: 'STALE_VERSION',
    });
    const s = await client.claims.submit(a.id, { version: 2 });
    const w = await client.claims.withdraw(a.id, { version: s.version });
    expect(w.status).toBe('withdrawn');
    expect(await failure(client.claims.submit(a.id, { version: w.version }))).toMatchObject({
      status: 409,
      code: 'WRONG_STATE',
    });
  });

  it("another tenant's claim is a 404, for enterprises and for other cities", async () => {
    const mine = await h.enterprise();
    const other = await h.enterprise();
    const a = await mine.client.claims.create({ roundId: h.round.id, claim: fee('1000.00') });
    await mine.client.claims.submit(a.id, { version: 1 });
    expect(await failure(other.client.claims.get(a.id))).toMatchObject({ status: 404 });
    expect(await failure(other.client.claims.withdraw(a.id, { version: 2 }))).toMatchObject({
      status: 404,
    });
    const guyuan = await h.as('guyuan');
    expect(await failure(guyuan.claims.get(a.id))).toMatchObject({ status: 404 });
    expect(
      await failure(guyuan.reviews.decide(a.id, { decision: 'approve', comment: 'x', version: 2 })),
    ).toMatchObject({ status: 404 });
    expect((await other.client.claims.list()).items.find((x) => x.id === a.id)).toBeUndefined();
  });

  it('an enterprise cannot review, and a reviewer linked to the enterprise must recuse', async () => {
    const { client, enterprise } = await h.enterprise();
    const a = await client.claims.create({ roundId: h.round.id, claim: fee('1000.00') });
    const s = await client.claims.submit(a.id, { version: 1 });
    expect(
      await failure(client.reviews.decide(a.id, { decision: 'approve', comment: 'x', version: s.version })),
    ).toMatchObject({ status: 403 });
    const city = await h.as('yinchuan');
    const me = await city.auth.me();
    const res = await h.app.request('/api/reviewer-conflicts', {
      method: 'POST',
      headers: { 'content-type': 'application/json', Cookie: city.cookie()! },
      body: JSON.stringify({ userId: me.user.id, enterpriseId: enterprise.id, reason: '亲属任职' }),
    });
    expect(res.status).toBe(201);
    const e = await failure(
      city.reviews.decide(a.id, { decision: 'approve', comment: 'x', version: s.version }),
    );
    expect(e).toMatchObject({ status: 403 });
    expect(e.zh).toContain('回避');
  });

  it('the annual cap counts what is already approved this year (M5.1)', async () => {
    const { client } = await h.enterprise();
    const city = await h.as('yinchuan');
    const first = await client.claims.create({
      roundId: h.round.id,
      claim: {
        provision: 'M5.1',
        transactionAmount: '16000000.00',
        mode: 'license',
        contractDate: `${h.year}-01-02`,
      },
    });
    const s1 = await client.claims.submit(first.id, { version: 1 });
    expect(s1.assessedAmount).toBe('800000.00');
    await city.reviews.decide(first.id, { decision: 'approve', comment: 'ok', version: s1.version });
    const second = await client.claims.create({
      roundId: h.round.id,
      claim: {
        provision: 'M5.1',
        transactionAmount: '10000000.00',
        mode: 'assignment',
        contractDate: `${h.year}-01-03`,
      },
    });
    const s2 = await client.claims.submit(second.id, { version: 1 });
    expect(s2).toMatchObject({ assessedAmount: '200000.00' });
    expect(s2.assessment!.capped).toBe(true);
  });

  it('the same Idempotency-Key answers the first response; with another body, 422', async () => {
    const { client } = await h.enterprise();
    const before = await rowCount(claims);
    const a = await client.claims.create(
      { roundId: h.round.id, claim: fee('1000.00') },
      { idempotencyKey: 'key-0001-abcdef' },
    );
    const b = await client.claims.create(
      { roundId: h.round.id, claim: fee('1000.00') },
      { idempotencyKey: 'key-0001-abcdef' },
    );
    expect(b.id).toBe(a.id);
    expect(await rowCount(claims)).toBe(before + 1);
    expect(
      await failure(
        client.claims.create(
          { roundId: h.round.id, claim: fee('2000.00') },
          { idempotencyKey: 'key-0001-abcdef' },
        ),
      ),
    ).toMatchObject({ status: 422, code: 'IDEMPOTENCY_KEY_REUSED' });
  });

  it('a key stored before the rename (its hash of POST /applications) answers a retry of the same body; another body, 422', async () => {
    const { client } = await h.enterprise();
    const body = { roundId: h.round.id, claim: fee('1500.00') };
    const first = await client.claims.create(body, { idempotencyKey: 'key-before-rename-0001' });
    // The row as the version before 0022 wrote it: the route under its old name in the hash.
    await h.db
      .update(idempotencyKeys)
      .set({
        route: 'POST /applications',
        requestHash: sha256(`POST /applications\n${canonical(body)}`),
      })
      .where(eq(idempotencyKeys.key, 'key-before-rename-0001'));
    const before = await rowCount(claims);
    const retry = await client.claims.create(body, { idempotencyKey: 'key-before-rename-0001' });
    expect(retry.id).toBe(first.id);
    expect(await rowCount(claims)).toBe(before);
    expect(
      await failure(
        client.claims.create(
          { ...body, claim: fee('2500.00') },
          { idempotencyKey: 'key-before-rename-0001' },
        ),
      ),
    ).toMatchObject({ status: 422, code: 'IDEMPOTENCY_KEY_REUSED' });
  });

  it('the same Idempotency-Key sent at once: one claim per key, every answer the same claim; a failed first attempt leaves the key free', async () => {
    const { client } = await h.enterprise();
    const before = await rowCount(claims);
    const keys = Array.from(
      { length: 10 },
      (_, i) => `burst-${i}-${Math.random().toString(36).slice(2, 10)}`,
    );
    const answers = await Promise.all(
      keys.flatMap((k) =>
        [0, 1, 2].map(() =>
          client.claims.create({ roundId: h.round.id, claim: fee('1000.00') }, { idempotencyKey: k }),
        ),
      ),
    );
    expect(await rowCount(claims)).toBe(before + 10);
    for (let i = 0; i < 10; i++)
      expect(new Set(answers.slice(i * 3, i * 3 + 3).map((a) => a.id)).size).toBe(1);
    // A request refused (no such round) keeps nothing under its key: the corrected retry does the work.
    expect(
      await failure(
        client.claims.create(
          { roundId: '00000000-0000-4000-8000-000000000000', claim: fee('1000.00') },
          { idempotencyKey: 'retry-after-failure' },
        ),
      ),
    ).toMatchObject({ status: 404 });
    expect(
      (
        await client.claims.create(
          { roundId: h.round.id, claim: fee('1000.00') },
          { idempotencyKey: 'retry-after-failure' },
        )
      ).id,
    ).toBeTruthy();
  });

  it('a budget that runs out refuses the approval with what is left, and changes nothing', async () => {
    await h.db
      .update(budgets)
      .set({ total: sql`${budgets.reserved} + ${budgets.posted} + 100` })
      .where(eq(budgets.provision, 'M7.5'));
    const { client } = await h.enterprise();
    const a = await client.claims.create({ roundId: h.round.id, claim: fee('1000.00') });
    const s = await client.claims.submit(a.id, { version: 1 });
    const ledgerRows = await rowCount(budgetLedger);
    const city = await h.as('yinchuan');
    const e = await failure(
      city.reviews.decide(a.id, { decision: 'approve', comment: 'ok', version: s.version }),
    );
    expect(e).toMatchObject({ status: 409, code: 'BUDGET_EXHAUSTED', details: { available: '100.00' } });
    expect((await client.claims.get(a.id)).status).toBe('submitted');
    expect(await rowCount(budgetLedger)).toBe(ledgerRows);
  });
});
