import {
  DECIDED_STATES,
  TAKEN_STATES,
  Money,
  claimItemKeys,
  parseClaim,
  policyRegistry,
  provisionOf,
  provisionParameterAt,
  todayInChina,
  versionInForce,
  type AnyClaim,
  type AssessContext,
  type CalendarDate,
  type PolicyVersion,
} from '@huiqi/domain';
import { and, eq, inArray, ne } from 'drizzle-orm';
import type { Db, Tx } from '../db/client.js';
import { ph, prepared } from '../db/prepared.js';
import { claims, type ClaimStatus } from '../db/schema.js';
import type { PolicySnapshot } from './policy-store.js';

/** Statuses in which money is decided for a claim (counted against annual caps): the domain's lifecycle. */
export const DECIDED = DECIDED_STATES as readonly ClaimStatus[] as ClaimStatus[];
/** Statuses in which an item or a title is taken (so it cannot be claimed twice in flight). */
export const TAKEN = TAKEN_STATES as readonly ClaimStatus[] as ClaimStatus[];

/** The version in force on a date (default: today in China) of the deployment's policy. */
export function versionOn(snapshot: PolicySnapshot, asOf: CalendarDate = todayInChina()): PolicyVersion {
  return versionInForce(snapshot.versions, asOf);
}

/** A claim validated against the version in force on the application date (DomainError → 422). */
export function claimUnder(
  snapshot: PolicySnapshot,
  input: unknown,
  asOf: CalendarDate = todayInChina(),
): AnyClaim {
  return parseClaim(input, versionOn(snapshot, asOf), asOf);
}

/**
 * What a capped provision already granted the applicant (every city approval asks), built once per
 * kind of applicant and of period (prepared.ts).
 */
const granted = prepared((db, shape) => {
  const [applicant, period] = shape.split(':');
  return db
    .select({ amount: claims.approvedAmount })
    .from(claims)
    .where(
      and(
        eq(applicant === 'enterprise' ? claims.enterpriseId : claims.agencyId, ph('applicant')),
        ne(claims.id, ph('id')),
        eq(claims.provision, ph('provision')),
        period === 'ever' ? undefined : eq(claims.fundingYear, ph('fundingYear')),
        inArray(claims.status, DECIDED),
      ),
    );
});

/**
 * What the applicant's other claims of one provision were decided at, read with the claim's lock
 * (lockClaim's `decided`): a capped provision's granted amounts without a query of their own.
 */
export type DecidedAmounts = { fundingYear: number; amount: string | null }[];

/**
 * What assess() needs to know of an applicant's other claims, as the provision's bookkeeping
 * (its data) says: what it was already granted in the cap's period, whether a once-only award
 * was already taken (ever, or in the funding year), which titles on its ladder were paid, which
 * items were. `decided`, when the caller read it with the claim's lock, answers a capped
 * provision's granted amounts (one round trip fewer for a city approval).
 */
export async function claimContext(
  db: Db | Tx,
  a: { id: string; enterpriseId: string | null; agencyId: string | null; fundingYear: number },
  claim: AnyClaim,
  version: PolicyVersion,
  asOf: CalendarDate,
  decided?: DecidedAmounts,
): Promise<Pick<AssessContext, 'grantedThisYear' | 'alreadyPaid' | 'paidItems' | 'paidTitles'>> {
  // The applicant's other claims: the enterprise's, or the agency's (M11.1 once per agency per year).
  const others = and(
    a.enterpriseId ? eq(claims.enterpriseId, a.enterpriseId) : eq(claims.agencyId, a.agencyId!),
    ne(claims.id, a.id),
  );
  const registry = policyRegistry(version);
  const p = claim.provision;
  const provision = provisionOf(version, p);
  if (registry.capped.has(p)) {
    const period =
      provision && 'capPeriod' in provision.parameters
        ? provisionParameterAt(version, provision, 'capPeriod', asOf).value
        : 'funding-year';
    const rows = decided
      ? decided.filter((d) => period === 'ever' || d.fundingYear === a.fundingYear)
      : await granted(
          db,
          { applicant: a.enterpriseId ?? a.agencyId, id: a.id, provision: p, fundingYear: a.fundingYear },
          `${a.enterpriseId ? 'enterprise' : 'agency'}:${period === 'ever' ? 'ever' : 'year'}`,
        );
    return { grantedThisYear: Money.sum(rows.map((r) => r.amount ?? '0')).toString() };
  }
  const once = registry.once.get(p);
  if (once) {
    const yearCond = once === 'per-funding-year' ? eq(claims.fundingYear, a.fundingYear) : undefined;
    const rows = await db
      .select({ id: claims.id })
      .from(claims)
      .where(and(others, eq(claims.provision, p), inArray(claims.status, TAKEN), yearCond))
      .limit(1);
    const ladder = provision?.bookkeeping?.ladder;
    const rungs = ladder
      ? version.provisions
          .filter((x) => x.bookkeeping?.ladder?.group === ladder.group && x.id !== p)
          .map((x) => x.id)
      : [];
    const paidTitles = rungs.length
      ? await db
          .select({ provision: claims.provision, amount: claims.approvedAmount })
          .from(claims)
          .where(and(others, inArray(claims.provision, rungs), inArray(claims.status, DECIDED)))
      : [];
    return {
      alreadyPaid: rows.length > 0,
      ...(paidTitles.length
        ? { paidTitles: paidTitles.map((t) => ({ provision: t.provision, amount: t.amount ?? '0.00' })) }
        : {}),
    };
  }
  const group = registry.itemGroups.get(p) ?? [p];
  const rows = await db
    .select({ provision: claims.provision, claim: claims.claim })
    .from(claims)
    .where(and(others, inArray(claims.provision, [...group]), inArray(claims.status, TAKEN)));
  return {
    paidItems: rows.flatMap((r) =>
      claimItemKeys(provisionOf(version, r.provision), r.claim as Record<string, unknown>),
    ),
  };
}

/**
 * What an enterprise has in flight or was paid, for policy matching: once-only titles and the item
 * keys of patents and grants. Drafts and returned claims count too, so matching never suggests
 * starting a second claim for the same thing.
 */
export async function claimedByEnterprise(
  db: Db | Tx,
  enterpriseId: string,
  version: PolicyVersion,
): Promise<{ claimedTitles: string[]; claimedItems: string[] }> {
  const registry = policyRegistry(version);
  const rows = await db
    .select({ provision: claims.provision, claim: claims.claim })
    .from(claims)
    .where(
      and(eq(claims.enterpriseId, enterpriseId), inArray(claims.status, [...TAKEN, 'draft', 'returned'])),
    );
  return {
    claimedTitles: [...new Set(rows.filter((r) => registry.once.has(r.provision)).map((r) => r.provision))],
    claimedItems: rows
      .filter((r) => registry.itemGroups.has(r.provision))
      .flatMap((r) => claimItemKeys(provisionOf(version, r.provision), r.claim as Record<string, unknown>)),
  };
}
