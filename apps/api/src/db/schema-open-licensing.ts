import { sql } from 'drizzle-orm';
import { check, date, index, integer, numeric, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { created, id, money, ref, ts } from './columns.js';
import { enterprises, users } from './schema.js';

/**
 * M5.2 专利开放许可: a patent offered for open licence, listed publicly while its period runs. The
 * licensor is a university, an institute or an enterprise (the registry's kinds); when it is an
 * enterprise of the registry, `licensor_enterprise_id` names it and interests reach it.
 */
export const licenceOffers = pgTable(
  'licence_offers',
  {
    id: id(),
    /** The provision it is offered under (the registry's open-licensing one), kept for the scorecard. */
    provision: text('provision').notNull(),
    /** 专利号, as "ZL202410123456.0" (the domain's check). */
    patentNumber: text('patent_number').notNull(),
    patentTitle: text('patent_title').notNull(),
    technicalField: text('technical_field').notNull(),
    /** What the patent does and what a licensee gets (the licensor's words; may be empty). */
    description: text('description').notNull().default(''),
    licensorName: text('licensor_name').notNull(),
    licensorKind: text('licensor_kind').notNull(),
    licensorEnterpriseId: uuid('licensor_enterprise_id').references(() => enterprises.id),
    feeKind: text('fee_kind').notNull(),
    /** lump-sum: yuan a year. */
    feeAmount: money('fee_amount'),
    /** royalty: the share of sales (0–1). */
    feeRate: numeric('fee_rate', { precision: 6, scale: 4 }),
    periodFrom: date('period_from', { mode: 'string' }).notNull(),
    periodTo: date('period_to', { mode: 'string' }).notNull(),
    /** The area it is listed under (the scorecard's): the licensor enterprise's, the recording city's, the one the region names. */
    areaCode: text('area_code').notNull(),
    /** The year it was offered (China time): the scorecard's year. */
    year: integer('year').notNull(),
    /**
     * listed, or withdrawn (撤回开放许可声明): a withdrawn offer leaves the public listing and takes no
     * new interest; licences concluded on or before the day it was withdrawn stay in force (专利法第五十条).
     */
    status: text('status').notNull().default('listed'),
    /** The China day it was withdrawn, and why (shown to the enterprises that expressed interest). */
    withdrawnOn: date('withdrawn_on', { mode: 'string' }),
    withdrawalReason: text('withdrawal_reason'),
    withdrawnBy: uuid('withdrawn_by').references(() => users.id),
    /** The last amendment of its field, fee terms or description (each one's before/after is in the audit trail). */
    amendedAt: ts('amended_at'),
    amendedBy: uuid('amended_by').references(() => users.id),
    createdBy: ref('created_by', () => users.id),
    createdAt: created(),
  },
  (t) => [
    // A patent is listed once while its offer runs (a later offer after the period, or after a
    // withdrawal, is a new row).
    uniqueIndex('licence_offers_patent_uq')
      .on(t.patentNumber, t.periodFrom)
      .where(sql`${t.status} = 'listed'`),
    index('licence_offers_period_idx').on(t.periodTo),
    check('licence_offers_period_ck', sql`${t.periodTo} >= ${t.periodFrom}`),
    check(
      'licence_offers_fee_ck',
      sql`(${t.feeKind} <> 'lump-sum' or ${t.feeAmount} > 0) and (${t.feeKind} <> 'royalty' or (${t.feeRate} > 0 and ${t.feeRate} < 1))`,
    ),
    check('licence_offers_status_ck', sql`${t.status} in ('listed','withdrawn')`),
    check(
      'licence_offers_withdrawn_ck',
      sql`(${t.status} = 'withdrawn') = (${t.withdrawnOn} is not null and ${t.withdrawalReason} is not null)`,
    ),
  ],
);

/**
 * An enterprise's interest in an offer, and the licence concluded from it (date and fee): what can
 * start the licensee's M5.1 claim pre-filled.
 */
export const licenceInterests = pgTable(
  'licence_interests',
  {
    id: id(),
    offerId: ref('offer_id', () => licenceOffers.id),
    enterpriseId: ref('enterprise_id', () => enterprises.id),
    /** The enterprise's area when it expressed interest (what a city sees). */
    areaCode: text('area_code').notNull(),
    message: text('message').notNull().default(''),
    status: text('status').notNull().default('open'),
    concludedOn: date('concluded_on', { mode: 'string' }),
    fee: money('fee'),
    concludedBy: uuid('concluded_by').references(() => users.id),
    concludedAt: ts('concluded_at'),
    createdBy: ref('created_by', () => users.id),
    createdAt: created(),
  },
  (t) => [
    uniqueIndex('licence_interests_offer_enterprise_uq').on(t.offerId, t.enterpriseId),
    index('licence_interests_enterprise_idx').on(t.enterpriseId),
    index('licence_interests_area_idx').on(t.areaCode),
    check('licence_interests_status_ck', sql`${t.status} in ('open','concluded')`),
    check(
      'licence_interests_concluded_ck',
      sql`(${t.status} = 'concluded') = (${t.concludedOn} is not null and ${t.fee} is not null)`,
    ),
    check('licence_interests_fee_ck', sql`${t.fee} is null or ${t.fee} >= 0`),
  ],
);
