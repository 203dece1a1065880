import { SCORECARD_MET_RULES, SCORECARD_UNITS } from '@huiqi/domain';
import { z } from 'zod';
import { claimStatus } from './claims.js';
import { uuid, yearNumber } from './common.js';

const localized = z.object({ zh: z.string(), en: z.string() });

/** One figure of one provision on the scorecard (M13.1), as the provision's module declares it. */
export const scorecardFigureRow = z
  .object({
    provision: z.string(),
    measure: z.number().int(),
    title: localized,
    /** The figure's id within its provision ("enterprises", "granted"). */
    figure: z.string(),
    label: localized,
    unit: z.enum(SCORECARD_UNITS),
    rule: z.enum(SCORECARD_MET_RULES),
    /** The target or floor (a count or an amount); null when the figure is reported only. */
    goal: z.string().nullable(),
    /** The words of the clause (or the interpretation) the goal comes from. */
    goalWords: z.string().nullable(),
    goalSource: z.enum(['policy-text', 'interpretation']).nullable(),
    tolerance: z.string().nullable(),
    value: z.string(),
    records: z.number().int(),
    ratio: z.string().nullable(),
    met: z.boolean().nullable(),
    remaining: z.string().nullable(),
    areas: z.array(
      z.object({
        areaCode: z.string(),
        value: z.string(),
        records: z.number().int(),
        share: z.string().nullable(),
      }),
    ),
  })
  .meta({ id: 'ScorecardFigure' });

export const scorecardSchema = z
  .object({
    fundingYear: z.number().int(),
    /** The areas the caller sees (a city: its own). */
    areaCodes: z.array(z.string()),
    areas: z.array(
      z.object({
        areaCode: z.string(),
        claims: z.number().int(),
        granted: z.string(),
        paid: z.string(),
        services: z.number().int(),
        enterprisesServed: z.number().int(),
      }),
    ),
    measures: z.array(scorecardFigureRow),
    /** Provisions with no figure yet: not recorded on the platform. */
    untracked: z.array(
      z.object({
        provision: z.string(),
        measure: z.number().int(),
        title: localized,
        /** The figure waiting for its records (null: the provision declares none). */
        figure: localized.nullable(),
      }),
    ),
  })
  .meta({ id: 'Scorecard' });

export const figureRecordsQuery = z.object({
  fundingYear: yearNumber,
  provision: z.string().min(1).max(20),
  figure: z
    .string()
    .regex(/^[a-z][a-z0-9-]*$/)
    .max(40),
  areaCode: z
    .string()
    .regex(/^[A-Z0-9]{2,12}$/)
    .optional(),
});

export const figureRecordsSchema = z
  .object({
    provision: z.string(),
    figure: z.string(),
    unit: z.enum(SCORECARD_UNITS),
    areaCode: z.string().nullable(),
    total: z.number().int(),
    truncated: z.boolean(),
    items: z.array(
      z.object({
        id: z.string(),
        /** null: a region-wide record (the region's own), counted in the region's figure only. */
        areaCode: z.string().nullable(),
        date: z.string(),
        enterpriseId: z.string().nullable(),
        enterpriseName: z.string().nullable(),
        what: localized,
        amount: z.string().nullable(),
        score: z.string().nullable(),
        ref: z.object({ kind: z.string(), id: z.string() }),
      }),
    ),
  })
  .meta({ id: 'ScorecardRecords' });

/** A funding year's reports. */
export const fundingYearQuery = z.object({ fundingYear: yearNumber });

const tally = { count: z.number().int(), assessed: z.string(), approved: z.string() };
/** Claims of a funding year in scope: count and sums by state, by provision and by area. */
export const overviewSchema = z.object({
  fundingYear: z.number().int(),
  byStatus: z.array(z.object({ status: claimStatus, ...tally })),
  byProvision: z.array(z.object({ provision: z.string(), ...tally })),
  byArea: z.array(z.object({ areaCode: z.string(), ...tally })),
});

/** A claim as a what-if simulation runs on it (lean). */
export const poolItem = z.object({
  id: uuid,
  enterpriseId: uuid,
  areaCode: z.string(),
  provision: z.string(),
  status: claimStatus,
  claim: z.record(z.string(), z.unknown()),
  fundingYear: z.number().int(),
  asOf: z.string(),
});
