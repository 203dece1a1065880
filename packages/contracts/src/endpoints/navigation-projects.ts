import { z } from 'zod';
import { uuid, yearNumber } from '../common.js';
import { endpoint, file } from '../endpoint.js';
import { CHECKS } from '../messages.js';

const tags = ['navigation-projects'];

/**
 * A budget floor's year (M4.2: at least 100万元 a year): the floor as the policy sets it (its
 * words), the year's budget, what is granted and what is still in review, and the warning when
 * the floor will not be reached by 31 December.
 */
export const budgetFloorSchema = z
  .object({
    provision: z.string(),
    year: z.number().int(),
    floor: z.string(),
    floorSource: z.enum(['policy-text', 'interpretation']),
    /** The clause's words the floor comes from. */
    floorReference: z.string(),
    budgetTotal: z.string().nullable(),
    budgetAvailable: z.string().nullable(),
    /** Approved by the region (approved, published, paid), at the amounts it set. */
    granted: z.string(),
    /** The most the claims still in review could be granted (what they asked for). */
    inReview: z.string(),
    inReach: z.string(),
    shortfall: z.string(),
    ratio: z.string(),
    met: z.boolean(),
    daysLeft: z.number().int(),
    warning: z.enum(['no-budget', 'budget-below-floor', 'not-in-reach', 'missed']).nullable(),
    projects: z.number().int(),
  })
  .meta({ id: 'BudgetFloor' });

/** A navigation project's result: the report (a file in the evidence store) and its summary. */
export const navigationReportSchema = z
  .object({
    id: uuid,
    claimId: uuid,
    provision: z.string(),
    enterpriseName: z.string(),
    areaCode: z.string(),
    project: z.string(),
    approvedAmount: z.string().nullable(),
    summary: z.string(),
    filename: z.string(),
    mime: z.string(),
    size: z.number().int(),
    sha256: z.string(),
    createdAt: z.string(),
  })
  .meta({ id: 'NavigationReport' });

export const navigationProjects = {
  floors: endpoint({
    method: 'get',
    path: '/budget-floors',
    tags,
    summary:
      'Budget floors of a year (M4.2): the floor from the policy, budget, granted, in review, and whether it will be reached',
    // A regional total (every city's projects): the region and its auditors.
    roles: ['region-admin', 'auditor'],
    query: z.object({ year: yearNumber.optional() }),
    responses: { 200: z.object({ items: z.array(budgetFloorSchema) }) },
  }),
  fileReport: endpoint({
    method: 'post',
    path: '/claims/{id}/navigation-report',
    tags,
    summary:
      "File the navigation report of an approved project (the enterprise's own claim): the file (PDF, OFD…) and its summary, once",
    roles: ['enterprise'],
    params: z.object({ id: uuid }),
    form: z.object({
      file: file(),
      summary: z.string().trim().min(10, CHECKS.reportSummary.en).max(2000, CHECKS.reportSummary.en),
    }),
    responses: { 201: navigationReportSchema },
    errors: [404, 409, 413, 415, 422],
  }),
  report: endpoint({
    method: 'get',
    path: '/claims/{id}/navigation-report',
    tags,
    summary: "A project's navigation report (scoped like its claim; 404 when none is filed)",
    roles: ['enterprise', 'city-admin', 'region-admin', 'auditor'],
    params: z.object({ id: uuid }),
    responses: { 200: navigationReportSchema },
    errors: [404],
  }),
  reportFile: endpoint({
    method: 'get',
    path: '/navigation-reports/{id}/file',
    tags,
    summary: 'The navigation report file (scoped like its claim)',
    roles: ['enterprise', 'city-admin', 'region-admin', 'auditor'],
    params: z.object({ id: uuid }),
    responses: { 200: { description: 'The report file', file: 'application/octet-stream' } },
    errors: [404],
  }),
  reports: endpoint({
    method: 'get',
    path: '/navigation-reports',
    tags,
    summary: "The navigation reports filed in a funding year, in the caller's scope",
    roles: ['city-admin', 'region-admin', 'auditor'],
    query: z.object({ year: yearNumber.optional() }),
    responses: { 200: z.object({ items: z.array(navigationReportSchema) }) },
  }),
} as const;
