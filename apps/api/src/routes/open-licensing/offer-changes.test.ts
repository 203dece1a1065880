import { addDays, todayInChina } from '@huiqi/domain';
import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditLog, licenceOffers, notifications } from '../../db/schema.js';
import { failure, useHarness, type Harness } from '../../test-support/harness.js';
import { patentNumbers } from '../../test-support/patent-numbers.js';

const h = useHarness();
let region: Awaited<ReturnType<Harness['as']>>;
beforeAll(async () => {
  region = await h.as('region');
});

const patent = patentNumbers(2022, 7_654_300);
const today = () => todayInChina();
const inDays = (n: number) => addDays(today(), n);
const offer = (o: Record<string, unknown> = {}) => ({
  patentNumber: patent(),
  patentTitle: '一种煤基碳材料的制备方法',
  technicalField: '新型材料',
  description: '适用于储能电池负极。',
  feeKind: 'lump-sum',
  feeAmount: '80000.00',
  periodFrom: inDays(-10),
  periodTo: inDays(300),
  ...o,
});
const byPath = (details: unknown) =>
  Object.fromEntries((details as { path: string; zh: string; en: string }[]).map((i) => [i.path, i]));
const row = async (id: string) =>
  (await h.db.select().from(licenceOffers).where(eq(licenceOffers.id, id)))[0]!;
const toldOf = async (id: string, topic: string) =>
  (
    await h.db
      .select()
      .from(notifications)
      .where(and(eq(notifications.subjectId, id), eq(notifications.topic, topic)))
  )
    .map((n) => `${n.recipientKind}:${n.recipientId ?? ''}`)
    .sort();

describe('M5.2 an open licence withdrawn or amended', () => {
  it('the licensor enterprise amends its offer: at the field when wrong, nothing changed; those in talks are told; audited', async () => {
    const licensor = await h.enterprise();
    const o = await licensor.client.openLicensing.createOffer(offer());
    expect(o).toMatchObject({ description: '适用于储能电池负极。', status: 'listed', amendedAt: null });
    const talks = await h.enterprise({ areaCode: '640400' });
    await talks.client.openLicensing.expressInterest(o.id, { message: '拟用于负极材料' });

    const before = await row(o.id);
    // Bad input: nothing given, a rate without a royalty, a new lump sum without its amount, an unknown kind.
    const nothing = await failure(licensor.client.openLicensing.amendOffer(o.id, {}));
    expect(nothing.status).toBe(400);
    expect(JSON.stringify(nothing.details)).toMatch(/请至少修改/);
    const mismatch = await failure(licensor.client.openLicensing.amendOffer(o.id, { feeRate: '0.05' }));
    expect(mismatch).toMatchObject({ status: 422, code: 'FEE_TERMS_MISMATCH' });
    expect(byPath(mismatch.details).feeRate!.zh).toMatch(/固定许可使用费/);
    expect(byPath(mismatch.details).feeRate!.en).toMatch(/no royalty rate/);
    const noRate = await failure(licensor.client.openLicensing.amendOffer(o.id, { feeKind: 'royalty' }));
    expect(noRate.status).toBe(400);
    expect(byPath(noRate.details).feeRate!.zh).toMatch(/提成比例/);
    const kind = await failure(licensor.client.openLicensing.amendOffer(o.id, { feeKind: 'barter' }));
    expect(kind).toMatchObject({ status: 422, code: 'UNKNOWN_FEE_KIND' });
    const field = await failure(licensor.client.openLicensing.amendOffer(o.id, { technicalField: 'x' }));
    expect(byPath(field.details).technicalField!.zh).toMatch(/技术领域/);
    const same = await failure(
      licensor.client.openLicensing.amendOffer(o.id, { feeAmount: '80000', technicalField: '新型材料' }),
    );
    expect(same).toMatchObject({ status: 422, code: 'NOTHING_CHANGED' });
    // Another enterprise's offer is not there for it; an agency or a city may not amend.
    const stranger = await h.enterprise();
    expect(
      (await failure(stranger.client.openLicensing.amendOffer(o.id, { technicalField: '生物医药' }))).status,
    ).toBe(404);
    expect(
      (await failure((await h.as('guyuan')).openLicensing.amendOffer(o.id, { technicalField: '生物医药' })))
        .status,
    ).toBe(403);
    expect(await row(o.id)).toEqual(before);
    expect(await toldOf(o.id, 'licence.amended')).toEqual([]);

    // A royalty now, and a new description (full-width digits are the form's concern; the API takes the rate).
    const a = await licensor.client.openLicensing.amendOffer(o.id, {
      feeKind: 'royalty',
      feeRate: '0.0350',
      description: '适用于储能电池负极，含工艺包。',
    });
    expect(a).toMatchObject({
      feeKind: 'royalty',
      feeRate: '0.035',
      feeAmount: null,
      description: '适用于储能电池负极，含工艺包。',
      technicalField: '新型材料',
      status: 'listed',
    });
    expect(a.amendedAt).not.toBeNull();
    expect((await h.client().openLicensing.offer(o.id)).feeRate).toBe('0.035');
    // The same rate written otherwise is no change.
    expect(await failure(licensor.client.openLicensing.amendOffer(o.id, { feeRate: '0.035' }))).toMatchObject(
      { code: 'NOTHING_CHANGED' },
    );

    const [trail] = await h.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.targetId, o.id), eq(auditLog.action, 'open-licence.amended')));
    expect(trail!.before).toEqual({
      feeKind: 'lump-sum',
      feeAmount: '80000.00',
      feeRate: null,
      description: '适用于储能电池负极。',
    });
    expect(trail!.after).toEqual({
      feeKind: 'royalty',
      feeAmount: null,
      feeRate: '0.035',
      description: '适用于储能电池负极，含工艺包。',
    });
    // Those in talks, the region (the licensor amended it) and the offer's city.
    expect(await toldOf(o.id, 'licence.amended')).toEqual(
      [`enterprise:${talks.enterprise.id}`, 'region:', 'area:640100'].sort(),
    );
    const inbox = await talks.client.notifications.list({});
    const n = inbox.items.find((x) => x.topic === 'licence.amended');
    expect(n?.body?.zh).toContain('由“80000.00 元/年”改为“按销售额 3.5% 提成”');

    // The region amends any offer; the licensor enterprise is told.
    await region.openLicensing.amendOffer(o.id, { technicalField: '清洁能源' });
    expect((await toldOf(o.id, 'licence.amended')).filter((x) => x.startsWith('enterprise:'))).toContain(
      `enterprise:${licensor.enterprise.id}`,
    );
  });

  it('a withdrawn offer leaves the listing, takes no interest, and those interested are told; licences before it stand', async () => {
    const o = await region.openLicensing.createOffer(
      offer({ licensorName: '宁夏大学', licensorKind: 'university', areaCode: '640400' }),
    );
    const talks = await h.enterprise();
    const licensee = await h.enterprise();
    const it1 = await talks.client.openLicensing.expressInterest(o.id, {});
    const it2 = await licensee.client.openLicensing.expressInterest(o.id, {});
    await licensee.client.openLicensing.conclude(it2.id, { concludedOn: today(), fee: '80000' });

    const before = await row(o.id);
    const short = await failure(region.openLicensing.withdrawOffer(o.id, { reason: '不要' }));
    expect(short.status).toBe(400);
    expect(byPath(short.details).reason).toMatchObject({ zh: '请说明撤回开放许可的原因（5 至 500 个字）。' });
    // A university's offer: no enterprise owns it; an enterprise cannot see it to withdraw it.
    expect(
      (await failure(talks.client.openLicensing.withdrawOffer(o.id, { reason: '我想撤回这件专利' }))).status,
    ).toBe(404);
    expect(
      (
        await failure(
          region.openLicensing.withdrawOffer('00000000-0000-4000-8000-000000000000', {
            reason: '许可人申请撤回',
          }),
        )
      ).status,
    ).toBe(404);
    expect(await row(o.id)).toEqual(before);

    const w = await region.openLicensing.withdrawOffer(o.id, { reason: '许可人已将该专利转让。' });
    expect(w).toMatchObject({
      status: 'withdrawn',
      withdrawnOn: today(),
      withdrawalReason: '许可人已将该专利转让。',
    });
    // Off the public listing; one offer by id is not found; no new interest.
    const anyone = h.client();
    expect((await anyone.openLicensing.offers({})).items.map((x) => x.id)).not.toContain(o.id);
    expect((await failure(anyone.openLicensing.offer(o.id))).status).toBe(404);
    const late = await h.enterprise();
    expect((await failure(late.client.openLicensing.expressInterest(o.id, {}))).status).toBe(404);
    // Twice, or amended after: a conflict, nothing changed.
    expect(await failure(region.openLicensing.withdrawOffer(o.id, { reason: '再次撤回试试' }))).toMatchObject(
      { status: 409, code: 'OFFER_WITHDRAWN' },
    );
    expect(
      await failure(region.openLicensing.amendOffer(o.id, { technicalField: '生物医药' })),
    ).toMatchObject({ status: 409, code: 'OFFER_WITHDRAWN' });

    // Both interested enterprises are told (the one in talks and the licensee), and the offer's city.
    expect(await toldOf(o.id, 'licence.withdrawn')).toEqual(
      [`enterprise:${talks.enterprise.id}`, `enterprise:${licensee.enterprise.id}`, 'area:640400'].sort(),
    );
    const msg = (await talks.client.notifications.list({})).items.find(
      (x) => x.topic === 'licence.withdrawn',
    );
    expect(msg?.body?.zh).toContain('原因：许可人已将该专利转让。撤回前已达成的许可继续有效。');
    expect(msg?.body?.en).toContain('Licences concluded before stay in force.');
    // Their interests show it withdrawn, with the reason; the licence concluded stands.
    const seen = await talks.client.openLicensing.interest(it1.id);
    expect(seen.offer).toMatchObject({ status: 'withdrawn', withdrawnOn: today() });
    expect((await licensee.client.openLicensing.interest(it2.id)).status).toBe('concluded');
    // A licence after the day of the withdrawal cannot be recorded (as if it was withdrawn yesterday).
    await h.db
      .update(licenceOffers)
      .set({ withdrawnOn: inDays(-1) })
      .where(eq(licenceOffers.id, o.id));
    const after = await failure(
      talks.client.openLicensing.conclude(it1.id, { concludedOn: today(), fee: '80000.00' }),
    );
    expect(after).toMatchObject({ status: 422, code: 'OFFER_WITHDRAWN' });
    expect(byPath(after.details).concludedOn!.zh).toMatch(/撤回当日及之前/);
    expect((await talks.client.openLicensing.interest(it1.id)).status).toBe('open');

    const trail = await h.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.targetId, o.id), eq(auditLog.action, 'open-licence.withdrawn')));
    expect(trail).toHaveLength(1);
    expect(trail[0]!.after).toMatchObject({ status: 'withdrawn', reason: '许可人已将该专利转让。' });
    // The patent can be offered again from the same day (the withdrawn offer no longer holds it).
    const again = await region.openLicensing.createOffer(
      offer({
        patentNumber: o.patentNumber,
        licensorName: '宁夏大学',
        licensorKind: 'university',
        areaCode: '640400',
      }),
    );
    expect(again.status).toBe('listed');
  });

  it('the licensor enterprise withdraws its own offer; the region is told', async () => {
    const licensor = await h.enterprise();
    const o = await licensor.client.openLicensing.createOffer(offer());
    const w = await licensor.client.openLicensing.withdrawOffer(o.id, { reason: '企业自行实施该专利。' });
    expect(w.status).toBe('withdrawn');
    expect(await toldOf(o.id, 'licence.withdrawn')).toEqual(['area:640100', 'region:']);
  });
});
