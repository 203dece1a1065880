import type { CalendarDate } from '../dates/calendar-date.js';

/**
 * The type of a claim, derived from a version's data: `ClaimOf<typeof myVersion>` is the union,
 * one member per provision that takes claims, of `{ provision: id }` and its fields — so a
 * misspelled field or a provision the version lacks does not compile.
 */
export interface ForeignItem {
  /** ISO 3166-1 alpha-2 country or a regional office code (EP, EM…). */
  jurisdiction: string;
  number: string;
  /** Groups grants of one invention or one mark across jurisdictions (for a per-family cap). */
  family?: string;
}

type FieldValue<F> = F extends { input: 'date' }
  ? CalendarDate
  : F extends { input: 'money' | 'ratio' | 'text' }
    ? string
    : F extends { input: 'choice'; options: readonly { value: infer O }[] }
      ? O
      : F extends { input: 'patent-list' | 'text-list' }
        ? string[]
        : F extends { input: 'foreign-items' }
          ? ForeignItem[]
          : never;

type ClaimOfProvision<P> = P extends { id: infer Id extends string; claim: { fields: readonly (infer F)[] } }
  ? { provision: Id } & { [K in F as K extends { key: infer N extends string } ? N : never]: FieldValue<K> }
  : never;

/** A claim whose provision and fields are known only at run time (a version typed as data). */
export type AnyClaim = { provision: string } & Record<string, unknown>;

type Flatten<T> = T extends unknown ? { [K in keyof T]: T[K] } : never;

/** The claims a version's data takes (AnyClaim when the data is not known to the type system). */
export type ClaimOf<V> = V extends { provisions: readonly (infer P)[] }
  ? string extends (P extends { id: infer I } ? I : string)
    ? AnyClaim
    : Flatten<ClaimOfProvision<P>>
  : AnyClaim;
