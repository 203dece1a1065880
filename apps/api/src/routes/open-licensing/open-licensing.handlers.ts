import { endpoints } from '@huiqi/contracts';
import { Money, todayInChina, yearInChina } from '@huiqi/domain';
import { and, asc, desc, eq, gte, ilike, or, sql } from 'drizzle-orm';
import { withTx, type Db, type Tx } from '../../db/client.js';
import { enterprises, licenceInterests, licenceOffers } from '../../db/schema.js';
import { ApiError, conflict, notFound, unprocessable } from '../../lib/api-error.js';
import { auditBy } from '../../lib/audit-by.js';
import { serve, type AppRouteHandler } from '../../lib/endpoints.js';
import { enterpriseRecipient, notifyEach } from '../../lib/notify.js';
import { licenceInterestScope } from '../../lib/scope.js';
import { openLicensingIn } from './licensing-provision.js';
import { amendOffer, withdrawOffer } from './offer-changes.js';
import { atField, INTEREST, interestCount, interestDto, OFFER, offerDto } from './offer-dto.js';

const api = endpoints.openLicensing;
/** Listed: not withdrawn, and its period has not ended (China today). */
const listed = () => and(eq(licenceOffers.status, 'listed'), gte(licenceOffers.periodTo, todayInChina()));

const offers: AppRouteHandler<typeof api.offers> = async (c) => {
  const q = c.req.valid('query');
  const { db } = c.get('deps');
  const words = q.q ? `%${q.q.replace(/[\\%_]/g, (m) => `\\${m}`)}%` : null;
  const rows = await db
    .select()
    .from(licenceOffers)
    .where(
      and(
        listed(),
        q.licensorKind ? eq(licenceOffers.licensorKind, q.licensorKind) : undefined,
        words
          ? or(
              ilike(licenceOffers.patentTitle, words),
              ilike(licenceOffers.technicalField, words),
              ilike(licenceOffers.licensorName, words),
              ilike(licenceOffers.patentNumber, words),
            )
          : undefined,
      ),
    )
    .orderBy(desc(licenceOffers.createdAt), asc(licenceOffers.id));
  const counts = await interestCount(
    db,
    rows.map((r) => r.id),
  );
  return c.json({ items: rows.map((r) => offerDto(r, counts.get(r.id) ?? 0)) }, 200);
};

const offer: AppRouteHandler<typeof api.offer> = async (c) => {
  const { db } = c.get('deps');
  const [o] = await db
    .select()
    .from(licenceOffers)
    .where(and(eq(licenceOffers.id, c.req.valid('param').id), listed()));
  if (!o) throw notFound(OFFER);
  return c.json(offerDto(o, (await interestCount(db, [o.id])).get(o.id) ?? 0), 200);
};

const createOffer: AppRouteHandler<typeof api.createOffer> = async (c) => {
  const user = c.get('user');
  const input = c.req.valid('json');
  const { db, policy } = c.get('deps');
  const today = todayInChina();
  const { provision, terms } = await openLicensingIn(policy, today);
  if (!terms.feeKinds.some((k) => k.id === input.feeKind))
    throw atField(
      'UNKNOWN_FEE_KIND',
      'feeKind',
      `许可使用费方式须为其中之一：${terms.feeKinds.map((k) => k.label.zh).join('、')}。`,
      `The fee terms are one of: ${terms.feeKinds.map((k) => k.label.en).join(', ')}.`,
    );
  if (input.periodTo < today)
    throw atField(
      'PERIOD_ENDED',
      'periodTo',
      '许可期限已届满，不能再发布。',
      'The period has already ended: it cannot be offered.',
    );

  // The licensor: an enterprise offers its own patent; officials name it (and the registry's enterprise, if it is one).
  let licensorName: string;
  let licensorKind: string;
  let licensorEnterpriseId: string | null = null;
  let areaCode: string;
  if (user.role === 'enterprise') {
    const [e] = await db.select().from(enterprises).where(eq(enterprises.id, user.enterpriseId!));
    if (!e) throw notFound({ zh: '企业', en: 'The enterprise' });
    licensorName = e.name;
    licensorKind = 'enterprise';
    licensorEnterpriseId = e.id;
    areaCode = e.areaCode;
  } else {
    if (input.licensorEnterpriseId) {
      const [e] = await db.select().from(enterprises).where(eq(enterprises.id, input.licensorEnterpriseId));
      if (!e) throw notFound({ zh: '企业', en: 'The enterprise' });
      licensorName = e.name;
      licensorKind = 'enterprise';
      licensorEnterpriseId = e.id;
    } else {
      if (!input.licensorName)
        throw atField(
          'LICENSOR_REQUIRED',
          'licensorName',
          '请填写许可人名称（至少 2 个字）。',
          "Enter the licensor's name (at least 2 characters).",
        );
      licensorName = input.licensorName;
      licensorKind = input.licensorKind ?? '';
    }
    if (!terms.licensorKinds.some((k) => k.id === licensorKind))
      throw atField(
        'UNKNOWN_LICENSOR_KIND',
        'licensorKind',
        `许可人类型须为其中之一：${terms.licensorKinds.map((k) => k.label.zh).join('、')}。`,
        `The licensor is one of: ${terms.licensorKinds.map((k) => k.label.en).join(', ')}.`,
      );
    if (user.role === 'city-admin') {
      if (input.areaCode && input.areaCode !== user.areaCode)
        throw atField(
          'NOT_YOUR_AREA',
          'areaCode',
          '市级只能发布本地区的开放许可。',
          'A city lists offers under its own area only.',
        );
      areaCode = user.areaCode!;
    } else if (input.areaCode) areaCode = input.areaCode;
    else
      throw atField(
        'AREA_REQUIRED',
        'areaCode',
        '请选择该专利在哪个地市（宁东基地）发布：记分卡按地区统计。',
        'Choose the city (or Ningdong) it is listed under: the scorecard counts by area.',
      );
  }

  const row = await withTx(db, async (tx) => {
    const [o] = await tx
      .insert(licenceOffers)
      .values({
        provision: provision.id,
        patentNumber: input.patentNumber,
        patentTitle: input.patentTitle,
        technicalField: input.technicalField,
        description: input.description,
        licensorName,
        licensorKind,
        licensorEnterpriseId,
        feeKind: input.feeKind,
        feeAmount: input.feeKind === 'lump-sum' ? Money.of(input.feeAmount!).toString() : null,
        feeRate: input.feeKind === 'royalty' ? input.feeRate! : null,
        periodFrom: input.periodFrom,
        periodTo: input.periodTo,
        areaCode,
        year: yearInChina(),
        createdBy: user.id,
      })
      .onConflictDoNothing()
      .returning();
    if (!o) {
      const zh = `专利 ${input.patentNumber} 自 ${input.periodFrom} 起的开放许可已发布。`;
      const en = `Patent ${input.patentNumber} is already offered from ${input.periodFrom}.`;
      throw conflict('LICENCE_ALREADY_OFFERED', zh, en, [{ path: 'patentNumber', zh, en }]);
    }
    await auditBy(c, tx, {
      action: 'open-licence.offered',
      targetType: 'licence-offer',
      targetId: o.id,
      after: { ...input, licensorName, licensorKind, licensorEnterpriseId, areaCode },
    });
    return o;
  });
  return c.json(offerDto(row, 0), 201);
};

const expressInterest: AppRouteHandler<typeof api.expressInterest> = async (c) => {
  const user = c.get('user');
  const { id } = c.req.valid('param');
  const input = c.req.valid('json');
  const { db } = c.get('deps');
  const [o] = await db
    .select()
    .from(licenceOffers)
    .where(and(eq(licenceOffers.id, id), listed()));
  if (!o) throw notFound(OFFER);
  const [e] = await db.select().from(enterprises).where(eq(enterprises.id, user.enterpriseId!));
  if (!e) throw notFound({ zh: '企业', en: 'The enterprise' });
  if (o.licensorEnterpriseId === e.id)
    throw unprocessable(
      'OWN_OFFER',
      '这是本企业发布的开放许可，不能向自己表达许可意向。',
      'This is your own offer: you cannot express interest in it.',
    );
  const out = await withTx(db, async (tx) => {
    const [i] = await tx
      .insert(licenceInterests)
      .values({
        offerId: o.id,
        enterpriseId: e.id,
        areaCode: e.areaCode,
        message: input.message,
        createdBy: user.id,
      })
      .onConflictDoNothing()
      .returning();
    if (!i)
      throw conflict(
        'INTEREST_ALREADY_EXPRESSED',
        '本企业已对该专利表达过许可意向。',
        'Your enterprise has already expressed interest in this patent.',
      );
    await auditBy(c, tx, {
      action: 'open-licence.interest',
      targetType: 'licence-interest',
      targetId: i.id,
      after: { offerId: o.id, patentNumber: o.patentNumber, enterpriseId: e.id, message: input.message },
    });
    const title = { zh: '收到专利开放许可意向', en: 'Interest in an open licence' };
    const body = {
      zh: `${e.name}希望获得专利 ${o.patentNumber}（${o.patentTitle}）的许可。${input.message}`.trim(),
      en: `${e.name} would like a licence of patent ${o.patentNumber} (${o.patentTitle}). ${input.message}`.trim(),
    };
    await notifyEach(
      tx,
      [enterpriseRecipient(o.licensorEnterpriseId), { kind: 'region' }, { kind: 'area', code: o.areaCode }],
      { topic: 'licence.interest', subject: { type: 'licence-interest', id: i.id }, title, body },
    );
    return i;
  });
  return c.json(interestDto(out, o, e.name), 201);
};

const fromInterests = (db: Db | Tx) =>
  db
    .select({ i: licenceInterests, o: licenceOffers, enterpriseName: enterprises.name })
    .from(licenceInterests)
    .innerJoin(licenceOffers, eq(licenceOffers.id, licenceInterests.offerId))
    .innerJoin(enterprises, eq(enterprises.id, licenceInterests.enterpriseId));

const interests: AppRouteHandler<typeof api.interests> = async (c) => {
  const q = c.req.valid('query');
  const rows = await fromInterests(c.get('deps').db)
    .where(
      and(
        licenceInterestScope(c.get('user')),
        q.offerId ? eq(licenceInterests.offerId, q.offerId) : undefined,
        q.status ? eq(licenceInterests.status, q.status) : undefined,
      ),
    )
    .orderBy(desc(licenceInterests.createdAt), asc(licenceInterests.id));
  return c.json({ items: rows.map((r) => interestDto(r.i, r.o, r.enterpriseName)) }, 200);
};

async function interestInScope(
  db: Db | Tx,
  c: Parameters<AppRouteHandler<typeof api.interest>>[0],
  id: string,
) {
  const [r] = await fromInterests(db).where(
    and(eq(licenceInterests.id, id), licenceInterestScope(c.get('user'))),
  );
  if (!r) throw notFound(INTEREST);
  return r;
}

const interest: AppRouteHandler<typeof api.interest> = async (c) => {
  const r = await interestInScope(c.get('deps').db, c, c.req.valid('param').id);
  return c.json(interestDto(r.i, r.o, r.enterpriseName), 200);
};

const conclude: AppRouteHandler<typeof api.conclude> = async (c) => {
  const user = c.get('user');
  const { id } = c.req.valid('param');
  const input = c.req.valid('json');
  const { db } = c.get('deps');
  const r = await interestInScope(db, c as never, id);
  // Officials in scope, or the licensee itself; the licensor enterprise sees it but does not mark it.
  if (user.role === 'enterprise' && r.i.enterpriseId !== user.enterpriseId)
    throw new ApiError(
      403,
      'NOT_LICENSEE',
      '只有被许可企业或主管部门可以登记许可达成。',
      'Only the licensee or the officials can mark the licence concluded.',
    );
  if (r.i.status === 'concluded')
    throw conflict('LICENCE_CONCLUDED', '该许可已登记达成。', 'The licence is already marked concluded.');
  if (input.concludedOn > todayInChina())
    throw atField(
      'CONCLUDED_IN_FUTURE',
      'concludedOn',
      '许可达成日期不能晚于今天。',
      'The licence cannot be concluded after today.',
    );
  if (input.concludedOn < r.o.periodFrom || input.concludedOn > r.o.periodTo)
    throw atField(
      'OUTSIDE_PERIOD',
      'concludedOn',
      `许可达成日期须在开放许可期限内（${r.o.periodFrom} 至 ${r.o.periodTo}）。`,
      `The licence is concluded within the offer's period (${r.o.periodFrom} to ${r.o.periodTo}).`,
    );
  // A withdrawal does not touch licences given before it (专利法第五十条); none is given after it.
  if (r.o.withdrawnOn && input.concludedOn > r.o.withdrawnOn)
    throw atField(
      'OFFER_WITHDRAWN',
      'concludedOn',
      `该开放许可已于 ${r.o.withdrawnOn} 撤回，只能登记撤回当日及之前达成的许可。`,
      `The offer was withdrawn on ${r.o.withdrawnOn}: only a licence concluded by that day can be recorded.`,
    );
  const fee = Money.of(input.fee);
  if (r.o.feeKind !== 'free' && fee.isZero())
    throw atField(
      'FEE_REQUIRED',
      'fee',
      '该专利为有偿许可，请填写实际约定的许可使用费。',
      'This licence is not free: enter the fee agreed.',
    );
  const updated = await withTx(db, async (tx) => {
    const [i] = await tx
      .update(licenceInterests)
      .set({
        status: 'concluded',
        concludedOn: input.concludedOn,
        fee: fee.toString(),
        concludedBy: user.id,
        concludedAt: sql`now()`,
      })
      .where(and(eq(licenceInterests.id, id), eq(licenceInterests.status, 'open')))
      .returning();
    if (!i)
      throw conflict('LICENCE_CONCLUDED', '该许可已登记达成。', 'The licence is already marked concluded.');
    await auditBy(c, tx, {
      action: 'open-licence.concluded',
      targetType: 'licence-interest',
      targetId: id,
      before: { status: r.i.status },
      after: { status: i.status, concludedOn: i.concludedOn, fee: i.fee },
    });
    const title = { zh: '专利许可已达成', en: 'Licence concluded' };
    const body = {
      zh: `${r.enterpriseName}与${r.o.licensorName}就专利 ${r.o.patentNumber} 达成许可（${input.concludedOn}，许可使用费 ${fee.toString()} 元）。`,
      en: `${r.enterpriseName} and ${r.o.licensorName} concluded a licence of patent ${r.o.patentNumber} (${input.concludedOn}, fee ${fee.toString()} yuan).`,
    };
    await notifyEach(
      tx,
      [
        { kind: 'region' },
        enterpriseRecipient(r.i.enterpriseId),
        enterpriseRecipient(r.o.licensorEnterpriseId),
      ],
      { topic: 'licence.concluded', subject: { type: 'licence-interest', id }, title, body },
    );
    return i;
  });
  return c.json(interestDto(updated, r.o, r.enterpriseName), 200);
};

export const openLicensingRoutes = serve(api, {
  offers,
  offer,
  createOffer,
  amendOffer,
  withdrawOffer,
  expressInterest,
  interests,
  interest,
  conclude,
});
