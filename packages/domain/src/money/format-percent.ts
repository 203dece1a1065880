import { Dec } from './decimal.js';

/**
 * A ratio as people read it in percent, exact and without trailing zeros: "0.035" → "3.5%",
 * "0.0350" → "3.5%", "0.03" → "3%". A royalty rate has up to four decimals — more than Money's
 * two — so it is read as a decimal, never as an amount.
 */
export function formatPercent(ratio: string): string {
  return `${new Dec(ratio).times(100).toFixed()}%`;
}
