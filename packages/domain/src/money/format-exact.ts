import { Dec } from './decimal.js';
import type { Money } from './money.js';

/**
 * An exact intermediate amount for a sentence a person reads: up to four decimals, with "…"
 * where digits were cut (349791.6666…). Traces keep every digit in their `values`; this is only
 * for the words.
 */
export function formatExact(amount: Money): string {
  return formatExactDecimal(amount.toDecimal());
}

/** The same for a decimal a trace step holds as a string (its values are strings, not Money). */
export function formatExactDecimal(d: Dec): string {
  if (d.decimalPlaces() <= 4) return d.toFixed(Math.max(2, d.decimalPlaces()));
  return `${d.toDecimalPlaces(4, Dec.ROUND_DOWN).toFixed(4)}…`;
}
