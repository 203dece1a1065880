import { itemKey } from '../claims/item-key.js';

/**
 * What an assessment must know of an enterprise's other claims, by kind of provision — one list
 * for the API (claim context), the simulation and policy matching:
 * - annual caps count what the enterprise was already granted that funding year;
 * - titles and evaluations are paid once;
 * - items (patents, grants abroad) are paid once; a patent once for its highest award.
 */
export const CAPPED_PROVISIONS: ReadonlySet<string> = new Set(['M5.1', 'M7.4', 'M7.5']);
export const ONCE_PROVISIONS: ReadonlySet<string> = new Set(['M1.1', 'M1.2', 'M1.3', 'M11.1']);

const AWARDS = ['M1.4', 'M1.5', 'M1.6'];
/** The provisions whose items a claim under `provision` shares (M1.4–M1.6 share their patents). */
export function itemGroupOf(provision: string): string[] {
  return AWARDS.includes(provision) ? AWARDS : [provision];
}

/** The item keys (itemKey) a claim names: its patents, grants or registrations. */
export function claimItemKeys(claim: Record<string, unknown>): string[] {
  if (Array.isArray(claim.patents)) return (claim.patents as string[]).map((p) => itemKey(p));
  const list = (claim.grants ?? claim.registrations) as { jurisdiction: string; number: string }[] | undefined;
  return (list ?? []).map((g) => itemKey(g));
}
