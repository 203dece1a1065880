import { CAPPED_PROVISIONS, claimItemKeys, itemGroupOf, Money, ONCE_PROVISIONS, type AssessContext, type Claim } from '@huiqi/domain';
import { and, eq, inArray, ne } from 'drizzle-orm';
import type { Db, Tx } from '../db/client.js';
import { applications, type ApplicationStatus } from '../db/schema.js';

/** Statuses in which money is decided for a claim (counted against annual caps). */
export const DECIDED: ApplicationStatus[] = ['city-approved', 'approved', 'published', 'paid'];
/** Statuses in which an item or a title is taken (so it cannot be claimed twice in flight). */
export const TAKEN: ApplicationStatus[] = ['submitted', ...DECIDED];


/**
 * What assess() needs to know of an enterprise's other claims: what it was already granted this
 * year under the same cap, whether a once-only title was already taken, which items were.
 */
export async function claimContext(
  db: Db | Tx,
  a: { id: string; enterpriseId: string; fundingYear: number },
  claim: Claim,
): Promise<Pick<AssessContext, 'grantedThisYear' | 'alreadyPaid' | 'paidItems'>> {
  const others = and(eq(applications.enterpriseId, a.enterpriseId), ne(applications.id, a.id));
  const p = claim.provision;
  if (CAPPED_PROVISIONS.has(p)) {
    const rows = await db
      .select({ amount: applications.approvedAmount })
      .from(applications)
      .where(and(others, eq(applications.provision, p), eq(applications.fundingYear, a.fundingYear), inArray(applications.status, DECIDED)));
    return { grantedThisYear: Money.sum(rows.map((r) => r.amount ?? '0')).toString() };
  }
  if (ONCE_PROVISIONS.has(p)) {
    const yearCond = p === 'M11.1' ? eq(applications.fundingYear, a.fundingYear) : undefined;
    const rows = await db.select({ id: applications.id }).from(applications).where(and(others, eq(applications.provision, p), inArray(applications.status, TAKEN), yearCond)).limit(1);
    return { alreadyPaid: rows.length > 0 };
  }
  const group = itemGroupOf(p);
  const rows = await db.select({ claim: applications.claim }).from(applications).where(and(others, inArray(applications.provision, group), inArray(applications.status, TAKEN)));
  return { paidItems: rows.flatMap((r) => claimItemKeys(r.claim as Record<string, unknown>)) };
}

/**
 * What an enterprise has in flight or was paid, for policy matching: once-only titles and the item
 * keys of patents and grants. Drafts and returned claims count too, so matching never suggests
 * starting a second claim for the same thing.
 */
export async function claimedByEnterprise(db: Db | Tx, enterpriseId: string): Promise<{ claimedTitles: string[]; claimedItems: string[] }> {
  const rows = await db
    .select({ provision: applications.provision, claim: applications.claim })
    .from(applications)
    .where(and(eq(applications.enterpriseId, enterpriseId), inArray(applications.status, [...TAKEN, 'draft', 'returned'])));
  return {
    claimedTitles: [...new Set(rows.filter((r) => ONCE_PROVISIONS.has(r.provision)).map((r) => r.provision))],
    claimedItems: rows.filter((r) => !ONCE_PROVISIONS.has(r.provision) && !CAPPED_PROVISIONS.has(r.provision)).flatMap((r) => claimItemKeys(r.claim as Record<string, unknown>)),
  };
}
