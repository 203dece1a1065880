import { count, inArray } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.js';
import { licenceInterests, type licenceOffers } from '../../db/schema.js';
import { unprocessable } from '../../lib/api-error.js';

/** What the open-licensing routes answer: an offer and an interest as the contracts declare them. */
export const OFFER = { zh: '开放许可专利', en: 'The open licence offer' };
export const INTEREST = { zh: '许可意向', en: 'The licence interest' };

export type Offer = typeof licenceOffers.$inferSelect;
export type Interest = typeof licenceInterests.$inferSelect;

/** A field's problem, as a validation failure is answered: the form shows it under the field. */
export const atField = (code: string, path: string, zh: string, en: string) =>
  unprocessable(code, zh, en, [{ path, zh, en }]);

export function offerDto(o: Offer, interests: number) {
  return {
    id: o.id,
    provision: o.provision,
    patentNumber: o.patentNumber,
    patentTitle: o.patentTitle,
    technicalField: o.technicalField,
    description: o.description,
    licensor: { name: o.licensorName, kind: o.licensorKind, enterpriseId: o.licensorEnterpriseId },
    feeKind: o.feeKind,
    feeAmount: o.feeAmount,
    feeRate: rateText(o.feeRate),
    periodFrom: o.periodFrom,
    periodTo: o.periodTo,
    areaCode: o.areaCode,
    interests,
    status: o.status as 'listed' | 'withdrawn',
    withdrawnOn: o.withdrawnOn,
    withdrawalReason: o.withdrawalReason,
    amendedAt: o.amendedAt,
    createdAt: o.createdAt,
  };
}

/** A royalty rate as stored (numeric(6,4)) without its trailing zeros: "0.0350" → "0.035". */
export const rateText = (r: string | null) => (r === null ? null : r.replace(/0+$/, '').replace(/\.$/, ''));

export function interestDto(i: Interest, o: Offer, enterpriseName: string) {
  return {
    id: i.id,
    offer: {
      id: o.id,
      patentNumber: o.patentNumber,
      patentTitle: o.patentTitle,
      licensorName: o.licensorName,
      licensorKind: o.licensorKind,
      feeKind: o.feeKind,
      status: o.status as 'listed' | 'withdrawn',
      withdrawnOn: o.withdrawnOn,
      withdrawalReason: o.withdrawalReason,
    },
    enterpriseId: i.enterpriseId,
    enterpriseName,
    areaCode: i.areaCode,
    message: i.message,
    status: i.status as 'open' | 'concluded',
    mode: 'license' as const,
    concludedOn: i.concludedOn,
    fee: i.fee,
    createdAt: i.createdAt,
  };
}

export const interestCount = async (db: Db | Tx, ids: string[]) => {
  if (!ids.length) return new Map<string, number>();
  const rows = await db
    .select({ offerId: licenceInterests.offerId, n: count() })
    .from(licenceInterests)
    .where(inArray(licenceInterests.offerId, ids))
    .groupBy(licenceInterests.offerId);
  return new Map(rows.map((r) => [r.offerId, r.n]));
};
