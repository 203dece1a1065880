import type { AnyClaim } from './claim-types.js';
import type { PolicyVersionData } from './schema.js';

declare const claimType: unique symbol;

/**
 * A validated, frozen policy version. `C` is the type of the claims it takes, carried only by the
 * type system (from the data it was parsed from), so `assess` can check a claim against it.
 */
export type PolicyVersion<C = AnyClaim> = PolicyVersionData & { readonly [claimType]?: C };

/** One policy version, or several (a "book") from which the one in force on a date is chosen. */
export type PolicySource<C = AnyClaim> = PolicyVersion<C> | readonly PolicyVersion<C>[];

/** The claim type of a version or book. */
export type ClaimOfSource<S> = S extends readonly PolicyVersion<infer C>[]
  ? C
  : S extends PolicyVersion<infer C>
    ? C
    : AnyClaim;
