import type { CalendarDate } from '../dates/calendar-date.js';
import { Money } from '../money/money.js';
import type { AnyClaim, ClaimOf } from './claim-types.js';
import { policyRegistry } from './registry.js';
import type { ProvisionInput } from './schema.js';
import type { PolicyVersion } from './version.js';

/**
 * DEMO DATA, not policy. What a fresh demo of the platform needs of each provision that takes
 * claims — a budget for the year and example claims — kept beside the provision's module
 * (`mN/mN.K.demo.ts`) so a seed derives them instead of listing provisions. The policy file stays
 * pure data (a loader reads it from JSON); these are code, published apart as `@huiqi/domain/demo`.
 */

/** What an example claim is made from — all a builder may read, so the demo is the same on every machine. */
export interface DemoClaimContext {
  /** The claim's place in the demo: distinct per claim, so numbers made from it (patents, grants) never repeat. */
  index: number;
  /** A deterministic pseudo-random source in [0, 1). */
  random: () => number;
  fundingYear: number;
  /** Today in China (todayInChina()): no date an example claim says has happened is after it. */
  today: CalendarDate;
}

export interface ProvisionDemo<C extends AnyClaim = AnyClaim> {
  provision: C['provision'];
  /** DEMO DATA: the year's budget a fresh demo gives the provision (yuan) — not a policy parameter. */
  demoBudget: string;
  /** An example claim that assess() accepts for the funding year on `today`: valid, eligible, within its caps. */
  exampleClaim(ctx: DemoClaimContext): C;
}

type ClaimOfProvision<P> = ClaimOf<{ provisions: readonly [P] }>;

/** Declares a provision's demo facts, typed by its module: a misspelled claim field does not compile. */
export function defineProvisionDemo<const P extends ProvisionInput>(
  provision: P,
  demo: NoInfer<Omit<ProvisionDemo<ClaimOfProvision<P>>, 'provision'>>,
): ProvisionDemo<ClaimOfProvision<P>> {
  Money.of(demo.demoBudget); // a budget is money to the fen, or the module does not load
  return { provision: provision.id as ClaimOfProvision<P>['provision'], ...demo };
}

/** The demo facts of one version: one for each provision it takes claims under, none for any other. */
export interface PolicyDemo {
  readonly version: PolicyVersion<unknown>;
  /** The demo facts of a provision that takes claims (throws for any other id). */
  of(provision: string): ProvisionDemo;
}

export function policyDemo(version: PolicyVersion<unknown>, demos: readonly ProvisionDemo[]): PolicyDemo {
  const byId = new Map(demos.map((d) => [d.provision, d]));
  const ids = policyRegistry(version).claimProvisionIds;
  const missing = ids.filter((id) => !byId.has(id));
  const extra = [...byId.keys()].filter((id) => !ids.includes(id));
  if (missing.length || extra.length || byId.size !== demos.length)
    throw new Error(
      `demo facts of ${version.id}: ${[
        missing.length ? `none for ${missing.join(', ')}` : '',
        extra.length ? `${extra.join(', ')} take no claims` : '',
        byId.size !== demos.length ? 'a provision given twice' : '',
      ]
        .filter(Boolean)
        .join('; ')}`,
    );
  return {
    version,
    of(provision) {
      const d = byId.get(provision);
      if (!d) throw new Error(`demo facts of ${version.id}: ${provision} takes no claims`);
      return d;
    },
  };
}

/** The date, or today if it would be later: a date a claim says has happened is never ahead of today. */
export function notAfter(date: CalendarDate, today: CalendarDate): CalendarDate {
  return date <= today ? date : today;
}

export const pad2 = (n: number) => String(n).padStart(2, '0');

/** One of the options, picked by the random source. */
export const pickOf = <T>(random: () => number, xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
