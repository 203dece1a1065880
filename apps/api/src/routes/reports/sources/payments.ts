import { and, eq, inArray, sql } from 'drizzle-orm';
import { agencies, claims, disbursements, enterprises } from '../../../db/schema.js';
import type { ScorecardSource } from './source.js';

/** Payments of a funding year's claims, and clawbacks as negative amounts (paid = their sum). */
export const paymentsSource: ScorecardSource = {
  label: { zh: '拨付与追回', en: 'Payments and clawbacks' },
  async records(db, q) {
    const rows = await db
      .select({
        id: disbursements.id,
        claimId: claims.id,
        provision: claims.provision,
        areaCode: claims.areaCode,
        enterpriseId: claims.enterpriseId,
        enterpriseName: sql<string | null>`coalesce(${enterprises.name}, ${agencies.name})`,
        amount: disbursements.amount,
        kind: disbursements.kind,
        date: disbursements.paidOn,
        voucherNo: disbursements.voucherNo,
      })
      .from(disbursements)
      .innerJoin(claims, eq(claims.id, disbursements.claimId))
      .leftJoin(enterprises, eq(enterprises.id, claims.enterpriseId))
      // An agency's own claim (M11.1) names the agency where an enterprise's names the enterprise.
      .leftJoin(agencies, eq(agencies.id, claims.agencyId))
      .where(and(eq(claims.fundingYear, q.year), inArray(claims.provision, [...q.provisions])));
    return rows.map(({ claimId, kind, voucherNo, ...r }) => ({
      ...r,
      what:
        kind === 'payment'
          ? { zh: `拨付（凭证 ${voucherNo}）`, en: `Payment (voucher ${voucherNo})` }
          : { zh: `追回（凭证 ${voucherNo}）`, en: `Clawback (voucher ${voucherNo})` },
      ref: { kind: 'claim', id: claimId },
    }));
  },
};
