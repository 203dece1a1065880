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
import { applications, type ApplicationStatus } from '../db/schema.js';
import type { PolicySnapshot } from './policy-store.js';

/** Statuses in which money is decided for a claim (counted against annual caps): the domain's lifecycle. */
export const DECIDED = DECIDED_STATES as readonly ApplicationStatus[] as ApplicationStatus[];
/** Statuses in which an item or a title is taken (so it cannot be claimed twice in flight). */
export const TAKEN = TAKEN_STATES as readonly ApplicationStatus[] as ApplicationStatus[];

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
    .select({ amount: applications.approvedAmount })
    .from(applications)
    .where(
      and(
        eq(applicant === 'enterprise' ? applications.enterpriseId : applications.agencyId, ph('applicant')),
        ne(applications.id, ph('id')),
        eq(applications.provision, ph('provision')),
        period === 'ever' ? undefined : eq(applications.fundingYear, ph('fundingYear')),
        inArray(applications.status, DECIDED),
      ),
    );
});

/**
 * What assess() needs to know of an applicant's other claims, as the provision's bookkeeping
 * (its data) says: what it was already granted in the cap's period, whether a once-only award
 * was already taken (ever, or in the funding year), which titles on its ladder were paid, which
 * items were.
 */
export async function claimContext(
  db: Db | Tx,
  a: { id: string; enterpriseId: string | null; agencyId: string | null; fundingYear: number },
  claim: AnyClaim,
  version: PolicyVersion,
  asOf: CalendarDate,
): Promise<Pick<AssessContext, 'grantedThisYear' | 'alreadyPaid' | 'paidItems' | 'paidTitles'>> {
  // The applicant's other claims: the enterprise's, or the agency's (M11.1 once per agency per year).
  const others = and(
    a.enterpriseId ? eq(applications.enterpriseId, a.enterpriseId) : eq(applications.agencyId, a.agencyId!),
    ne(applications.id, a.id),
  );
  const registry = policyRegistry(version);
  const p = claim.provision;
  const provision = provisionOf(version, p);
  if (registry.capped.has(p)) {
    const period =
      provision && 'capPeriod' in provision.parameters
        ? provisionParameterAt(version, provision, 'capPeriod', asOf).value
        : 'funding-year';
    const rows = await granted(
      db,
      { applicant: a.enterpriseId ?? a.agencyId, id: a.id, provision: p, fundingYear: a.fundingYear },
      `${a.enterpriseId ? 'enterprise' : 'agency'}:${period === 'ever' ? 'ever' : 'year'}`,
    );
    return { grantedThisYear: Money.sum(rows.map((r) => r.amount ?? '0')).toString() };
  }
  const once = registry.once.get(p);
  if (once) {
    const yearCond = once === 'per-funding-year' ? eq(applications.fundingYear, a.fundingYear) : undefined;
    const rows = await db
      .select({ id: applications.id })
      .from(applications)
      .where(and(others, eq(applications.provision, p), inArray(applications.status, TAKEN), yearCond))
      .limit(1);
    const ladder = provision?.bookkeeping?.ladder;
    const rungs = ladder
      ? version.provisions
          .filter((x) => x.bookkeeping?.ladder?.group === ladder.group && x.id !== p)
          .map((x) => x.id)
      : [];
    const paidTitles = rungs.length
      ? await db
          .select({ provision: applications.provision, amount: applications.approvedAmount })
          .from(applications)
          .where(and(others, inArray(applications.provision, rungs), inArray(applications.status, DECIDED)))
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
    .select({ provision: applications.provision, claim: applications.claim })
    .from(applications)
    .where(and(others, inArray(applications.provision, [...group]), inArray(applications.status, TAKEN)));
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
    .select({ provision: applications.provision, claim: applications.claim })
    .from(applications)
    .where(
      and(
        eq(applications.enterpriseId, enterpriseId),
        inArray(applications.status, [...TAKEN, 'draft', 'returned']),
      ),
    );
  return {
    claimedTitles: [...new Set(rows.filter((r) => registry.once.has(r.provision)).map((r) => r.provision))],
    claimedItems: rows
      .filter((r) => registry.itemGroups.has(r.provision))
      .flatMap((r) => claimItemKeys(provisionOf(version, r.provision), r.claim as Record<string, unknown>)),
  };
}
