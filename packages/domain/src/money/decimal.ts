import { Decimal } from 'decimal.js';

/**
 * The domain's own Decimal constructor. Its precision is far above what any subsidy needs
 * (10^15 yuan with 24 further digits), so intermediate results never lose a digit; the only
 * rounding happens in Money.round(), half up (四舍五入).
 * A clone, so that a host application changing Decimal's global settings cannot change ours.
 */
export const Dec = Decimal.clone({
  precision: 40,
  rounding: Decimal.ROUND_HALF_UP,
  toExpNeg: -30,
  toExpPos: 40,
});
export type Dec = InstanceType<typeof Dec>;

/** A decimal string: optional minus, digits, optional fraction. No exponent, no spaces, no plus. */
export const DECIMAL_PATTERN = /^-?(0|[1-9]\d*)(\.\d+)?$/;
