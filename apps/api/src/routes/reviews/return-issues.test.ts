import { and, count, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditLog, reviews } from '../../db/schema.js';
import { failure, useHarness } from '../../test-support/harness.js';

const h = useHarness();

const fee = (amount: string) => ({ provision: 'M7.5', evaluationFeePaid: amount });
const submitted = () => h.submittedClaim(fee('3000.00'));

describe('一次性告知 of a return: every problem at its field and material, at once', () => {
  it('records the problems per field and per material, shows them to the enterprise, audits them', async () => {
    const { client, claim } = await submitted();
    const city = await h.as('yinchuan');
    const returned = await city.reviews.decide(claim.id, {
      decision: 'return',
      comment: '请按下列问题一次补正',
      fieldIssues: [{ field: 'evaluationFeePaid', reason: '与发票金额不符，发票为 2,800.00 元' }],
      materialIssues: [
        { material: 2, reason: '评估委托合同缺少双方盖章页' },
        { material: 1, reason: '专精特新认定文件已过有效期' },
      ],
      version: claim.version,
    });
    expect(returned.status).toBe('returned');
    const seen = (await client.claims.get(claim.id)).reviews.at(-1)!;
    expect(seen).toMatchObject({
      decision: 'return',
      fixItems: null,
      fieldIssues: [{ field: 'evaluationFeePaid', reason: '与发票金额不符，发票为 2,800.00 元' }],
      materialIssues: [
        { material: 2, reason: '评估委托合同缺少双方盖章页' },
        { material: 1, reason: '专精特新认定文件已过有效期' },
      ],
    });
    const [row] = await h.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.targetId, claim.id), eq(auditLog.action, 'review.city.return')));
    expect(row!.after).toMatchObject({
      issues: { fields: [{ field: 'evaluationFeePaid' }], materials: [{ material: 2 }, { material: 1 }] },
    });
  });

  it('refuses a field the claim does not have or a material the guide does not list, changing nothing', async () => {
    const { claim } = await submitted();
    const city = await h.as('yinchuan');
    const refused = (body: Record<string, unknown>) =>
      failure(
        city.reviews.decide(claim.id, {
          decision: 'return',
          comment: '请补正',
          version: claim.version,
          ...body,
        } as never),
      );
    const reviewsOf = async () =>
      (await h.db.select({ n: count() }).from(reviews).where(eq(reviews.claimId, claim.id)))[0]!.n;
    const noField = await refused({ fieldIssues: [{ field: 'principal', reason: '本金不对' }] });
    expect(noField).toMatchObject({ status: 422, code: 'UNKNOWN_CLAIM_FIELD' });
    expect(noField.zh).toContain('该申报没有“principal”这一项');
    const noMaterial = await refused({ materialIssues: [{ material: 9, reason: '缺失' }] });
    expect(noMaterial).toMatchObject({ status: 422, code: 'UNKNOWN_MATERIAL' });
    expect(noMaterial.zh).toBe('申报指南只列有 2 项材料，没有第 9 项。');
    // Problems go with a return only; an empty reason is no problem at all.
    const withApprove = await refused({
      decision: 'approve',
      comment: '同意',
      fieldIssues: [{ field: 'evaluationFeePaid', reason: 'x' }],
    });
    expect(withApprove).toMatchObject({ status: 400, code: 'VALIDATION_FAILED' });
    const blank = await refused({ fieldIssues: [{ field: 'evaluationFeePaid', reason: ' ' }] });
    expect(blank).toMatchObject({ status: 400, code: 'VALIDATION_FAILED' });
    expect(await reviewsOf()).toBe(0);
    expect((await city.claims.get(claim.id)).status).toBe('submitted');
  });
});
