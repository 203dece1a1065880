import { DomainError } from '../errors/domain-error.js';
import { Dec, DECIMAL_PATTERN } from './decimal.js';

/** What Money accepts: a Money, a decimal string with at most two decimals, or a safe integer. */
export type MoneyInput = Money | string | number;
/** A factor for times()/dividedBy(): a decimal string (any number of decimals), a safe integer, or a Decimal. */
export type Factor = string | number | Dec;

const ZERO = new Dec(0);
const FEN_PATTERN = /^-?(0|[1-9]\d*)(\.\d{1,2})?$/;

function toFactor(x: Factor, field = 'factor'): Dec {
  if (Dec.isDecimal(x)) return x as Dec;
  if (typeof x === 'number') {
    if (!Number.isSafeInteger(x)) throw new DomainError('RATIO_INVALID', { input: String(x), field });
    return new Dec(x);
  }
  if (!DECIMAL_PATTERN.test(x)) throw new DomainError('RATIO_INVALID', { input: x, field });
  return new Dec(x);
}

/**
 * An amount of CNY. Immutable. Exact: arithmetic never rounds; round() rounds once, half up to
 * the fen, and only a rounded amount can be turned into a string, so "round once, at the end"
 * is enforced rather than hoped for. Crosses every boundary as a decimal string ("209875.00").
 */
export class Money {
  readonly #value: Dec;
  // The decimal text, written once: amounts are immutable and parameter amounts are shared.
  #text: string | undefined;

  private constructor(value: Dec) {
    // -0 and 0 are one amount.
    this.#value = value.isZero() ? ZERO : value;
  }

  /** Money.of("123.45"), Money.of(100). A number with a fraction is refused: floats lose fen. */
  static of(input: MoneyInput): Money {
    if (input instanceof Money) return input;
    if (typeof input === 'number') {
      if (!Number.isSafeInteger(input))
        throw new DomainError('MONEY_NOT_INTEGER_NUMBER', { input: String(input) });
      return new Money(new Dec(input));
    }
    if (typeof input !== 'string' || !FEN_PATTERN.test(input)) {
      throw new DomainError('MONEY_INVALID', { input: String(input) });
    }
    return new Money(new Dec(input));
  }

  static zero(): Money {
    return ZERO_MONEY;
  }

  /** From a whole number of fen (分), e.g. for ledgers kept in integers. */
  static fromFen(fen: bigint): Money {
    return new Money(new Dec(fen.toString()).dividedBy(100));
  }

  /** Sum of many amounts, exact. */
  static sum(amounts: Iterable<MoneyInput>): Money {
    let total = new Dec(0);
    for (const a of amounts) total = total.plus(Money.of(a).#value);
    return new Money(total);
  }

  plus(other: MoneyInput): Money {
    return new Money(this.#value.plus(Money.of(other).#value));
  }

  minus(other: MoneyInput): Money {
    return new Money(this.#value.minus(Money.of(other).#value));
  }

  /** Multiply by a ratio or a count. Exact; no rounding. */
  times(factor: Factor): Money {
    return new Money(this.#value.times(toFactor(factor)));
  }

  /** Divide by a number of days, a day-count basis… Exact to 60 significant digits; no rounding. */
  dividedBy(divisor: Factor): Money {
    const d = toFactor(divisor, 'divisor');
    if (d.isZero()) throw new DomainError('RATIO_INVALID', { input: '0', field: 'divisor' });
    return new Money(this.#value.dividedBy(d));
  }

  min(...others: MoneyInput[]): Money {
    return others.map(Money.of).reduce<Money>((m, o) => (o.compare(m) < 0 ? o : m), this);
  }

  max(...others: MoneyInput[]): Money {
    return others.map(Money.of).reduce<Money>((m, o) => (o.compare(m) > 0 ? o : m), this);
  }

  /** -1, 0 or 1. */
  compare(other: MoneyInput): -1 | 0 | 1 {
    return this.#value.comparedTo(Money.of(other).#value) as -1 | 0 | 1;
  }

  equals(other: MoneyInput): boolean {
    return this.compare(other) === 0;
  }

  isZero(): boolean {
    return this.#value.isZero();
  }

  isNegative(): boolean {
    return this.#value.isNegative() && !this.#value.isZero();
  }

  isPositive(): boolean {
    return this.#value.isPositive() && !this.#value.isZero();
  }

  /** Round half up (四舍五入, away from zero at exactly half) to the fen. */
  round(): Money {
    return this.isRounded() ? this : new Money(this.#value.toDecimalPlaces(2, Dec.ROUND_HALF_UP));
  }

  /** True when the amount is a whole number of fen. */
  isRounded(): boolean {
    return this.#value.decimalPlaces() <= 2;
  }

  /** "1234.50". Throws MONEY_NOT_ROUNDED for an amount with fractions of a fen: round() first. */
  toString(): string {
    if (this.#text !== undefined) return this.#text;
    if (!this.isRounded()) throw new DomainError('MONEY_NOT_ROUNDED', { value: this.#value.toFixed() });
    return (this.#text = this.#value.toFixed(2));
  }

  toJSON(): string {
    return this.toString();
  }

  /** The exact value with every digit, for traces ("349791.6666…"); never for display of a payable sum. */
  toExactString(): string {
    return this.#value.toFixed();
  }

  /** Whole fen (分) as a bigint; requires a rounded amount. */
  toFen(): bigint {
    return BigInt(new Dec(this.toString()).times(100).toFixed(0));
  }

  /** The exact value as a Decimal, for callers computing with ratios (Decimals are immutable, so no copy is needed). */
  toDecimal(): Dec {
    return this.#value;
  }
}

/** Parse a ratio ("0.6") that must be in (0, 1]. */
export function parseRatio(input: string, field: string): Dec {
  const r = toFactor(input, field);
  if (r.lessThanOrEqualTo(0) || r.greaterThan(1)) {
    throw new DomainError('RATIO_OUT_OF_RANGE', { field, value: input });
  }
  return r;
}

const ZERO_MONEY = Money.of(0);
