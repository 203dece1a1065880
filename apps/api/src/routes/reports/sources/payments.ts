import { and, eq, inArray, sql } from 'drizzle-orm';
import { agencies, applications, disbursements, enterprises } from '../../../db/schema.js';
import type { ScorecardSource } from './source.js';

/** Payments of a funding year's claims, and clawbacks as negative amounts (paid = their sum). */
export const paymentsSource: ScorecardSource = {
  label: { zh: '拨付与追回', en: 'Payments and clawbacks' },
  async records(db, q) {
    const rows = await db
      .select({
        id: disbursements.id,
        applicationId: applications.id,
        provision: applications.provision,
        areaCode: applications.areaCode,
        enterpriseId: applications.enterpriseId,
        enterpriseName: sql<string | null>`coalesce(${enterprises.name}, ${agencies.name})`,
        amount: disbursements.amount,
        kind: disbursements.kind,
        date: disbursements.paidOn,
        voucherNo: disbursements.voucherNo,
      })
      .from(disbursements)
      .innerJoin(applications, eq(applications.id, disbursements.applicationId))
      .leftJoin(enterprises, eq(enterprises.id, applications.enterpriseId))
      // An agency's own claim (M11.1) names the agency where an enterprise's names the enterprise.
      .leftJoin(agencies, eq(agencies.id, applications.agencyId))
      .where(and(eq(applications.fundingYear, q.year), inArray(applications.provision, [...q.provisions])));
    return rows.map(({ applicationId, kind, voucherNo, ...r }) => ({
      ...r,
      what:
        kind === 'payment'
          ? { zh: `拨付（凭证 ${voucherNo}）`, en: `Payment (voucher ${voucherNo})` }
          : { zh: `追回（凭证 ${voucherNo}）`, en: `Clawback (voucher ${voucherNo})` },
      ref: { kind: 'application', id: applicationId },
    }));
  },
};
