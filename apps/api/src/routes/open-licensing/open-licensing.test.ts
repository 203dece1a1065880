import { addDays, patentApplicationCheckChar, todayInChina } from '@huiqi/domain';
import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditLog, licenceInterests, licenceOffers, notifications } from '../../db/schema.js';
import { failure, useHarness, type Harness } from '../../test-support/harness.js';
import { patentNumbers } from '../../test-support/patent-numbers.js';

const h = useHarness();
let region: Awaited<ReturnType<Harness['as']>>;
beforeAll(async () => {
  region = await h.as('region');
});

const patent = patentNumbers(2023, 1_234_500);
const today = () => todayInChina();
const inDays = (n: number) => addDays(today(), n);
const offer = (o: Record<string, unknown> = {}) => ({
  patentNumber: patent(),
  patentTitle: '一种枸杞多糖的提取方法',
  technicalField: '生物医药',
  licensorName: '宁夏大学',
  licensorKind: 'university',
  feeKind: 'lump-sum',
  feeAmount: '50000.00',
  periodFrom: inDays(-30),
  periodTo: inDays(365),
  areaCode: '640100',
  ...o,
});
const byPath = (details: unknown) =>
  Object.fromEntries((details as { path: string; zh: string; en: string }[]).map((i) => [i.path, i]));

describe('M5.2 patent open licensing', () => {
  it('officials record offers; the listing is public; bad input is refused at the field with nothing written', async () => {
    const o = await region.openLicensing.createOffer(
      offer({ patentNumber: 'zl 2023 1 1234567.' + patentApplicationCheckChar('202311234567') }),
    );
    expect(o).toMatchObject({
      provision: 'M5.2',
      patentNumber: 'ZL202311234567.' + patentApplicationCheckChar('202311234567'),
      licensor: { name: '宁夏大学', kind: 'university', enterpriseId: null },
      feeAmount: '50000.00',
      feeRate: null,
      areaCode: '640100',
      interests: 0,
    });
    // No sign-in: the public listing and one offer.
    const anyone = h.client();
    expect((await anyone.openLicensing.offers({})).items.map((x) => x.id)).toContain(o.id);
    expect((await anyone.openLicensing.offer(o.id)).patentTitle).toBe('一种枸杞多糖的提取方法');
    expect((await anyone.openLicensing.offers({ q: '枸杞' })).items.map((x) => x.id)).toContain(o.id);
    expect(
      (await anyone.openLicensing.offers({ licensorKind: 'institute' })).items.map((x) => x.id),
    ).not.toContain(o.id);
    // A city lists under its own area; a royalty offer.
    const city = await (
      await h.as('guyuan')
    ).openLicensing.createOffer(
      offer({
        areaCode: undefined,
        licensorName: '宁夏农林科学院',
        licensorKind: 'institute',
        feeKind: 'royalty',
        feeAmount: undefined,
        feeRate: '0.035',
      }),
    );
    expect(city).toMatchObject({ areaCode: '640400', feeKind: 'royalty', feeRate: '0.035', feeAmount: null });

    const before = (await h.db.select().from(licenceOffers)).length;
    const bad = await failure(
      region.openLicensing.createOffer(
        offer({
          patentNumber: 'ZL202311234567.9',
          patentTitle: 'x',
          technicalField: '',
        }),
      ),
    );
    expect(bad.status).toBe(400);
    const f = byPath(bad.details);
    // The domain's patent number check: the check character is wrong (or the form is).
    expect(f.patentNumber!.zh).toMatch(/校验|专利申请号/);
    expect(f.patentNumber!.en).toMatch(/check|application number/i);
    expect(f.patentTitle!.zh).toMatch(/专利名称/);
    expect(f.technicalField!.zh).toMatch(/技术领域/);
    // Fee terms and period, checked together once the fields are well formed.
    const terms = byPath(
      (
        await failure(
          region.openLicensing.createOffer(offer({ feeAmount: undefined, periodTo: inDays(-31) })),
        )
      ).details,
    );
    expect(terms.feeAmount).toMatchObject({ zh: '请填写大于 0 的许可使用费（元）。' });
    expect(terms.periodTo!.en).toMatch(/ends on or after/);
    const rate = await failure(
      region.openLicensing.createOffer(offer({ feeKind: 'royalty', feeRate: '1.5' })),
    );
    expect(byPath(rate.details).feeRate!.zh).toMatch(/提成比例/);
    // The registry's kinds: an unknown fee kind or licensor kind is refused at its field.
    const kind = await failure(region.openLicensing.createOffer(offer({ feeKind: 'barter' })));
    expect(kind).toMatchObject({ status: 422, code: 'UNKNOWN_FEE_KIND' });
    expect(byPath(kind.details).feeKind!.zh).toMatch(/固定许可使用费/);
    const lk = await failure(region.openLicensing.createOffer(offer({ licensorKind: 'person' })));
    expect(byPath(lk.details).licensorKind!.en).toMatch(/University, Research institute, Enterprise/);
    const area = await failure(region.openLicensing.createOffer(offer({ areaCode: undefined })));
    expect(area).toMatchObject({ status: 422, code: 'AREA_REQUIRED' });
    const ended = await failure(
      region.openLicensing.createOffer(offer({ periodFrom: inDays(-60), periodTo: inDays(-1) })),
    );
    expect(ended).toMatchObject({ status: 422, code: 'PERIOD_ENDED' });
    const twice = await failure(region.openLicensing.createOffer(offer({ patentNumber: o.patentNumber })));
    expect(twice).toMatchObject({ status: 409, code: 'LICENCE_ALREADY_OFFERED' });
    expect(byPath(twice.details).patentNumber).toBeDefined();
    expect((await h.db.select().from(licenceOffers)).length).toBe(before);
    // An agency and the public may not record offers.
    expect((await failure((await h.as('agency')).openLicensing.createOffer(offer()))).status).toBe(403);
    expect((await failure(anyone.openLicensing.createOffer(offer()))).status).toBe(401);
  });

  it('an enterprise offers its own patent; interest reaches the licensor, the region and the city; officials see it; a licence concluded is scoped and audited', async () => {
    const licensor = await h.enterprise();
    const own = await licensor.client.openLicensing.createOffer(
      offer({ licensorName: '别的名字', licensorKind: 'university', areaCode: '640400' }),
    );
    // The registry's name and kind, and the enterprise's own area, whatever the body says.
    expect(own).toMatchObject({
      licensor: { name: licensor.enterprise.name, kind: 'enterprise', enterpriseId: licensor.enterprise.id },
      areaCode: '640100',
    });
    expect(
      await failure(licensor.client.openLicensing.expressInterest(own.id, { message: '' })),
    ).toMatchObject({ status: 422, code: 'OWN_OFFER' });

    const licensee = await h.enterprise({ areaCode: '640400' });
    const i = await licensee.client.openLicensing.expressInterest(own.id, {
      message: '拟用于枸杞深加工产线',
    });
    expect(i).toMatchObject({
      status: 'open',
      enterpriseId: licensee.enterprise.id,
      areaCode: '640400',
      offer: { id: own.id, licensorName: licensor.enterprise.name },
      concludedOn: null,
      fee: null,
    });
    expect(
      await failure(licensee.client.openLicensing.expressInterest(own.id, { message: '' })),
    ).toMatchObject({ status: 409, code: 'INTEREST_ALREADY_EXPRESSED' });
    expect((await h.client().openLicensing.offer(own.id)).interests).toBe(1);

    // The notification centre: the licensor enterprise, the region, the offer's city.
    const told = await h.db
      .select()
      .from(notifications)
      .where(and(eq(notifications.subjectType, 'licence-interest'), eq(notifications.subjectId, i.id)));
    expect(told.map((n) => `${n.recipientKind}:${n.recipientId ?? ''}`).sort()).toEqual(
      ['area:640100', `enterprise:${licensor.enterprise.id}`, 'region:'].sort(),
    );
    const inbox = await licensor.client.notifications.list({});
    expect(
      inbox.items.some(
        (n) => n.topic === 'licence.interest' && n.body?.zh.includes(licensee.enterprise.name),
      ),
    ).toBe(true);

    // Who sees it: the licensee, the licensor, the region, both cities; not another enterprise or city.
    expect((await region.openLicensing.interests({ offerId: own.id })).items.map((x) => x.id)).toEqual([
      i.id,
    ]);
    expect((await licensor.client.openLicensing.interests({})).items.map((x) => x.id)).toContain(i.id);
    expect((await (await h.as('guyuan')).openLicensing.interests({})).items.map((x) => x.id)).toContain(i.id);
    expect((await (await h.as('yinchuan')).openLicensing.interests({})).items.map((x) => x.id)).toContain(
      i.id,
    );
    const stranger = await h.enterprise();
    expect((await stranger.client.openLicensing.interests({})).items).toEqual([]);
    expect((await failure(stranger.client.openLicensing.interest(i.id))).status).toBe(404);
    expect(
      (await failure(stranger.client.openLicensing.conclude(i.id, { concludedOn: today(), fee: '1.00' })))
        .status,
    ).toBe(404);

    // Concluding: the licensor cannot; bad dates and fees at the field, nothing changed.
    expect(
      await failure(licensor.client.openLicensing.conclude(i.id, { concludedOn: today(), fee: '30000.00' })),
    ).toMatchObject({ status: 403, code: 'NOT_LICENSEE' });
    const future = await failure(
      licensee.client.openLicensing.conclude(i.id, { concludedOn: inDays(2), fee: '30000.00' }),
    );
    expect(future).toMatchObject({ status: 422, code: 'CONCLUDED_IN_FUTURE' });
    expect(byPath(future.details).concludedOn!.zh).toMatch(/不能晚于今天/);
    const early = await failure(
      licensee.client.openLicensing.conclude(i.id, { concludedOn: inDays(-40), fee: '30000.00' }),
    );
    expect(byPath(early.details).concludedOn!.en).toMatch(/within the offer's period/);
    const zero = await failure(
      licensee.client.openLicensing.conclude(i.id, { concludedOn: today(), fee: '0.00' }),
    );
    expect(byPath(zero.details).fee!.zh).toMatch(/许可使用费/);
    const fmt = await failure(
      licensee.client.openLicensing.conclude(i.id, { concludedOn: '2026-02-30', fee: '1.234' }),
    );
    expect(fmt.status).toBe(400);
    expect(Object.keys(byPath(fmt.details)).sort()).toEqual(['concludedOn', 'fee']);
    const [still] = await h.db.select().from(licenceInterests).where(eq(licenceInterests.id, i.id));
    expect(still).toMatchObject({ status: 'open', concludedOn: null, fee: null });

    const done = await licensee.client.openLicensing.conclude(i.id, { concludedOn: today(), fee: '30000' });
    expect(done).toMatchObject({
      status: 'concluded',
      concludedOn: today(),
      fee: '30000.00',
      mode: 'license',
    });
    expect(
      await failure(region.openLicensing.conclude(i.id, { concludedOn: today(), fee: '30000.00' })),
    ).toMatchObject({ status: 409, code: 'LICENCE_CONCLUDED' });
    // The licensee reads it back (what the portal's M5.1 claim is pre-filled from).
    expect(await licensee.client.openLicensing.interest(i.id)).toMatchObject({
      fee: '30000.00',
      concludedOn: today(),
    });

    const trail = await h.db.select().from(auditLog).where(eq(auditLog.targetId, i.id));
    expect(trail.map((a) => a.action).sort()).toEqual(['open-licence.concluded', 'open-licence.interest']);
    const offered = await h.db.select().from(auditLog).where(eq(auditLog.targetId, own.id));
    expect(offered.map((a) => a.action)).toEqual(['open-licence.offered']);
  });

  it('officials conclude in their scope; the scorecard counts offers and licences from the registry', async () => {
    const o = await region.openLicensing.createOffer(
      offer({ areaCode: '640400', feeKind: 'free', feeAmount: undefined }),
    );
    const e = await h.enterprise();
    const i = await e.client.openLicensing.expressInterest(o.id, {});
    // Guyuan lists the offer: it sees the interest and may conclude it; a free licence has fee 0.
    const guyuan = await h.as('guyuan');
    const done = await guyuan.openLicensing.conclude(i.id, { concludedOn: today(), fee: '0.00' });
    expect(done).toMatchObject({ status: 'concluded', fee: '0.00' });

    type Card = { measures: { provision: string; figure: string; value: string; unit: string }[] };
    const card = (await region.reports.scorecard({ fundingYear: h.year })) as unknown as Card;
    const m52 = card.measures.filter((m) => m.provision === 'M5.2');
    const offers = await h.db.select().from(licenceOffers);
    const concluded = await h.db
      .select()
      .from(licenceInterests)
      .where(eq(licenceInterests.status, 'concluded'));
    expect(m52.find((m) => m.figure === 'offers')).toMatchObject({
      unit: 'records',
      value: String(offers.length),
    });
    expect(m52.find((m) => m.figure === 'licences')).toMatchObject({ value: String(concluded.length) });
    const drill = await guyuan.reports.scorecardRecords({
      fundingYear: h.year,
      provision: 'M5.2',
      figure: 'licences',
    });
    // Guyuan's area: only licences of its enterprises (this one is Yinchuan's).
    expect(drill.items.map((x) => x.id)).not.toContain(i.id);
    const all = await region.reports.scorecardRecords({
      fundingYear: h.year,
      provision: 'M5.2',
      figure: 'licences',
    });
    expect(all.items.find((x) => x.id === i.id)).toMatchObject({
      enterpriseId: e.enterprise.id,
      ref: { kind: 'licence-interest' },
    });
  });
});
