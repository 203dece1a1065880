import { Dec } from './decimal.js';
import { Money, type MoneyInput } from './money.js';

/**
 * The 万元 form the policy speaks in: 200000 → "20万元", 123456 → "12.35万元" (half up to two
 * decimals of 万, trailing zeros dropped), 205000 → "20.5万元".
 */
export function formatWan(amount: MoneyInput): string {
  const wan = Money.of(amount).toDecimal().dividedBy(10_000).toDecimalPlaces(2, Dec.ROUND_HALF_UP);
  // toFixed() without arguments prints the shortest exact form, so trailing zeros vanish.
  return `${wan.isZero() ? '0' : wan.toFixed()}万元`;
}
