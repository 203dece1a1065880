import type { endpoints } from '@huiqi/contracts';
import { formatPercent, Money, todayInChina, type OpenLicensing } from '@huiqi/domain';
import { and, eq, sql } from 'drizzle-orm';
import { withTx, type Db, type Tx } from '../../db/client.js';
import { licenceInterests, licenceOffers, type Bilingual } from '../../db/schema.js';
import { conflict, notFound, unprocessable } from '../../lib/api-error.js';
import { auditBy } from '../../lib/audit-by.js';
import type { SessionUser } from '../../lib/context.js';
import type { AppRouteHandler } from '../../lib/endpoints.js';
import { enterpriseRecipient, notifyEach, reasonText } from '../../lib/notify.js';
import { openLicensingIn } from './licensing-provision.js';
import { atField, interestCount, OFFER, offerDto, rateText, type Offer } from './offer-dto.js';

/**
 * M5.2: a listed offer withdrawn (撤回开放许可声明) or amended (its technical field, fee terms or
 * description) by the licensor enterprise that owns it or by the region (the IP office). Another
 * enterprise's offer is a 404, as if it were not there; the enterprises that expressed interest
 * are told in the notification centre. An amendment keeps no history table of its own: the audit
 * trail holds each one's before and after, and the offer shows when it was last amended.
 */
type Api = typeof endpoints.openLicensing;

/** The offer, if this user may change it: the region any, an enterprise its own; listed and running. */
async function offerToChange(db: Db | Tx, user: SessionUser, id: string): Promise<Offer> {
  const [o] = await db.select().from(licenceOffers).where(eq(licenceOffers.id, id));
  if (!o || (user.role === 'enterprise' && o.licensorEnterpriseId !== user.enterpriseId))
    throw notFound(OFFER);
  if (o.status === 'withdrawn')
    throw conflict(
      'OFFER_WITHDRAWN',
      `该开放许可已于 ${o.withdrawnOn} 撤回，不能再修改或撤回。`,
      `The offer was withdrawn on ${o.withdrawnOn}: it cannot be changed any more.`,
    );
  if (o.periodTo < todayInChina())
    throw conflict(
      'OFFER_ENDED',
      `该开放许可的期限已于 ${o.periodTo} 届满，不能再修改或撤回。`,
      `The offer's period ended on ${o.periodTo}: it cannot be changed any more.`,
    );
  return o;
}

/** The enterprises that expressed interest in an offer (those in talks only, or all). */
async function interestedIn(db: Db | Tx, offerId: string, onlyOpen: boolean) {
  const rows = await db
    .select({ enterpriseId: licenceInterests.enterpriseId })
    .from(licenceInterests)
    .where(
      and(eq(licenceInterests.offerId, offerId), onlyOpen ? eq(licenceInterests.status, 'open') : undefined),
    );
  return rows.map((r) => r.enterpriseId);
}

/**
 * Who is told of a change to an offer: the `interested` enterprises, the region when the licensor
 * made it, the licensor enterprise when the region did, and the city the offer is listed under.
 */
async function tellAround(
  tx: Tx,
  user: SessionUser,
  o: Offer,
  interested: string[],
  notice: { topic: string; title: Bilingual; body: Bilingual },
) {
  await notifyEach(
    tx,
    [
      ...interested.map(enterpriseRecipient),
      user.role === 'enterprise' ? { kind: 'region' } : enterpriseRecipient(o.licensorEnterpriseId),
      { kind: 'area', code: o.areaCode },
    ],
    { ...notice, subject: { type: 'licence-offer', id: o.id } },
  );
}

/** Fee terms as people read them: "50000.00 元/年", "按销售额 3.5% 提成", "免费许可". */
function feeWords(terms: OpenLicensing, o: Pick<Offer, 'feeKind' | 'feeAmount' | 'feeRate'>): Bilingual {
  if (o.feeKind === 'lump-sum' && o.feeAmount)
    return { zh: `${o.feeAmount} 元/年`, en: `${o.feeAmount} yuan a year` };
  if (o.feeKind === 'royalty' && o.feeRate) {
    const pct = formatPercent(o.feeRate);
    return { zh: `按销售额 ${pct} 提成`, en: `${pct} of sales` };
  }
  const k = terms.feeKinds.find((x) => x.id === o.feeKind);
  return k ? { zh: k.label.zh, en: k.label.en } : { zh: o.feeKind, en: o.feeKind };
}

export const withdrawOffer: AppRouteHandler<Api['withdrawOffer']> = async (c) => {
  const user = c.get('user');
  const { id } = c.req.valid('param');
  const { reason } = c.req.valid('json');
  const { db } = c.get('deps');
  const o = await offerToChange(db, user, id);
  const today = todayInChina();
  const row = await withTx(db, async (tx) => {
    const [w] = await tx
      .update(licenceOffers)
      .set({ status: 'withdrawn', withdrawnOn: today, withdrawalReason: reason, withdrawnBy: user.id })
      .where(and(eq(licenceOffers.id, id), eq(licenceOffers.status, 'listed')))
      .returning();
    if (!w) throw conflict('OFFER_WITHDRAWN', '该开放许可已撤回。', 'The offer has already been withdrawn.');
    await auditBy(c, tx, {
      action: 'open-licence.withdrawn',
      targetType: 'licence-offer',
      targetId: id,
      before: { status: o.status },
      after: { status: w.status, withdrawnOn: today, reason },
    });
    const title = { zh: '专利开放许可已撤回', en: 'Open licence withdrawn' };
    const why = reasonText(reason);
    const body = {
      zh: `${o.licensorName}已于 ${today} 撤回专利 ${o.patentNumber}（${o.patentTitle}）的开放许可，原因：${why}。撤回前已达成的许可继续有效。`,
      en: `${o.licensorName} withdrew the open licence of patent ${o.patentNumber} (${o.patentTitle}) on ${today}: ${why}. Licences concluded before stay in force.`,
    };
    await tellAround(tx, user, o, await interestedIn(tx, id, false), {
      topic: 'licence.withdrawn',
      title,
      body,
    });
    return w;
  });
  return c.json(offerDto(row, (await interestCount(db, [id])).get(id) ?? 0), 200);
};

export const amendOffer: AppRouteHandler<Api['amendOffer']> = async (c) => {
  const user = c.get('user');
  const { id } = c.req.valid('param');
  const input = c.req.valid('json');
  const { db, policy } = c.get('deps');
  const o = await offerToChange(db, user, id);
  const { terms } = await openLicensingIn(policy, todayInChina());

  // The fee terms after the amendment: a new kind comes with its own amount or rate; an amount or a
  // rate alone keeps the kind, and must be the one it takes.
  const feeKind = input.feeKind ?? o.feeKind;
  if (input.feeKind && !terms.feeKinds.some((k) => k.id === input.feeKind))
    throw atField(
      'UNKNOWN_FEE_KIND',
      'feeKind',
      `许可使用费方式须为其中之一：${terms.feeKinds.map((k) => k.label.zh).join('、')}。`,
      `The fee terms are one of: ${terms.feeKinds.map((k) => k.label.en).join(', ')}.`,
    );
  const kindName = terms.feeKinds.find((k) => k.id === feeKind)?.label ?? { zh: feeKind, en: feeKind };
  if (input.feeAmount !== undefined && feeKind !== 'lump-sum')
    throw atField(
      'FEE_TERMS_MISMATCH',
      'feeAmount',
      `该专利为“${kindName.zh}”，没有固定许可使用费；如要改为固定费用，请同时改许可使用费方式。`,
      `The fee terms are "${kindName.en}", which has no lump sum: change the fee terms with it.`,
    );
  if (input.feeRate !== undefined && feeKind !== 'royalty')
    throw atField(
      'FEE_TERMS_MISMATCH',
      'feeRate',
      `该专利为“${kindName.zh}”，没有提成比例；如要改为按销售额提成，请同时改许可使用费方式。`,
      `The fee terms are "${kindName.en}", which has no royalty rate: change the fee terms with it.`,
    );
  const next = {
    technicalField: input.technicalField ?? o.technicalField,
    description: input.description ?? o.description,
    feeKind,
    feeAmount:
      feeKind !== 'lump-sum'
        ? null
        : input.feeAmount !== undefined
          ? Money.of(input.feeAmount).toString()
          : o.feeAmount,
    feeRate: feeKind !== 'royalty' ? null : rateText(input.feeRate ?? o.feeRate),
  };
  const was = { ...next, ...pick(o), feeRate: rateText(o.feeRate) };
  const changed = (Object.keys(next) as (keyof typeof next)[]).filter((k) => next[k] !== was[k]);
  if (!changed.length)
    throw unprocessable(
      'NOTHING_CHANGED',
      '修改后的内容与现有条款相同，未作修改。',
      'The amendment is the same as the terms now: nothing was changed.',
    );

  const row = await withTx(db, async (tx) => {
    const [a] = await tx
      .update(licenceOffers)
      .set({ ...next, amendedAt: sql`now()`, amendedBy: user.id })
      .where(and(eq(licenceOffers.id, id), eq(licenceOffers.status, 'listed')))
      .returning();
    if (!a) throw conflict('OFFER_WITHDRAWN', '该开放许可已撤回。', 'The offer has already been withdrawn.');
    await auditBy(c, tx, {
      action: 'open-licence.amended',
      targetType: 'licence-offer',
      targetId: id,
      before: Object.fromEntries(changed.map((k) => [k, was[k]])),
      after: Object.fromEntries(changed.map((k) => [k, next[k]])),
    });
    const feeChanged = changed.some((k) => k.startsWith('fee'));
    const what = [
      changed.includes('technicalField') && { zh: '技术领域', en: 'technical field' },
      feeChanged && { zh: '许可使用费', en: 'fee terms' },
      changed.includes('description') && { zh: '专利简介', en: 'description' },
    ].filter((x): x is Bilingual => !!x);
    const fee = feeWords(terms, next);
    const title = { zh: '专利开放许可条款已修改', en: 'Open licence terms amended' };
    const body = {
      zh: `${o.licensorName}修改了专利 ${o.patentNumber}（${o.patentTitle}）开放许可的${what.map((w) => w.zh).join('、')}${feeChanged ? `：许可使用费由“${feeWords(terms, o).zh}”改为“${fee.zh}”` : ''}。`,
      en: `${o.licensorName} amended the ${what.map((w) => w.en).join(', ')} of the open licence of patent ${o.patentNumber} (${o.patentTitle})${feeChanged ? `: the fee from "${feeWords(terms, o).en}" to "${fee.en}"` : ''}.`,
    };
    // Those in talks negotiate on these terms; those with a licence already have theirs.
    await tellAround(tx, user, o, await interestedIn(tx, id, true), {
      topic: 'licence.amended',
      title,
      body,
    });
    return a;
  });
  return c.json(offerDto(row, (await interestCount(db, [id])).get(id) ?? 0), 200);
};

const pick = (o: Offer) => ({
  technicalField: o.technicalField,
  description: o.description,
  feeKind: o.feeKind,
  feeAmount: o.feeAmount,
});
