import { describe, expect, it } from 'vitest';
import type { DomainError } from '../errors/domain-error.js';
import { Money } from './money.js';

const code = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    return (e as DomainError).code;
  }
  return 'no error';
};

describe('Money.of', () => {
  it('takes decimal strings with at most two decimals and safe integers', () => {
    expect(Money.of('123.45').toString()).toBe('123.45');
    expect(Money.of('7').toString()).toBe('7.00');
    expect(Money.of('0.5').toString()).toBe('0.50');
    expect(Money.of(100).toString()).toBe('100.00');
    expect(Money.of('-3.10').toString()).toBe('-3.10');
  });

  it('refuses non-integer numbers, floats lose fen', () => {
    expect(code(() => Money.of(0.1))).toBe('MONEY_NOT_INTEGER_NUMBER');
    expect(code(() => Money.of(Number.MAX_SAFE_INTEGER + 2))).toBe('MONEY_NOT_INTEGER_NUMBER');
  });

  it.each(['', ' 1.00', '1,000.00', '1e5', '+1', '1.234', '01.00', 'abc', '.5', '1.'])(
    'refuses %j',
    (input) => {
      expect(code(() => Money.of(input))).toBe('MONEY_INVALID');
    },
  );

  it('says what to fix in both languages', () => {
    try {
      Money.of('1.234');
    } catch (e) {
      const err = e as DomainError;
      expect(err.zh).toContain('最多两位小数');
      expect(err.en).toContain('at most two decimals');
    }
  });
});

describe('arithmetic is exact and rounding happens once', () => {
  it('adds without float error', () => {
    expect(Money.of('0.10').plus('0.20').toString()).toBe('0.30');
    expect(Money.of('1000000000000.01').minus('0.02').toString()).toBe('999999999999.99');
  });

  it('keeps fractions of a fen until round()', () => {
    const m = Money.of('12345.67').times('0.9');
    expect(m.toExactString()).toBe('11111.103');
    expect(m.isRounded()).toBe(false);
    expect(code(() => m.toString())).toBe('MONEY_NOT_ROUNDED');
    expect(m.round().toString()).toBe('11111.10');
  });

  it('rounds half up at exactly half a fen, away from zero for negatives', () => {
    expect(Money.of('0.01').times('0.5').round().toString()).toBe('0.01');
    expect(Money.of('0.03').times('0.5').round().toString()).toBe('0.02');
    expect(Money.of('-0.01').times('0.5').round().toString()).toBe('-0.01');
    expect(Money.of('10.00').dividedBy(3).round().toString()).toBe('3.33');
    expect(Money.of('20.00').dividedBy(3).round().toString()).toBe('6.67');
  });

  it('handles amounts up to 10^12 with no loss', () => {
    const big = Money.of('999999999999.99');
    expect(big.plus('0.01').toString()).toBe('1000000000000.00');
    expect(big.times('0.05').toExactString()).toBe('49999999999.9995');
    expect(big.times('0.05').round().toString()).toBe('50000000000.00');
    expect(Money.of('1000000000000.00').times(365).dividedBy(360).times('0.0345').round().toString()).toBe(
      '34979166666.67',
    );
  });

  it('compares, min and max', () => {
    expect(Money.of('1.00').compare('2.00')).toBe(-1);
    expect(Money.of('2').equals('2.00')).toBe(true);
    expect(Money.of('5').min('3', '4').toString()).toBe('3.00');
    expect(Money.of('5').max('3', '9').toString()).toBe('9.00');
    expect(Money.sum(['1.10', '2.20', 3]).toString()).toBe('6.30');
  });

  it('serialises to JSON as a string and to whole fen', () => {
    expect(JSON.stringify({ amount: Money.of('209875') })).toBe('{"amount":"209875.00"}');
    expect(Money.of('1234.56').toFen()).toBe(123456n);
    expect(Money.fromFen(123456n).toString()).toBe('1234.56');
    expect(Money.of('-0.00').toString()).toBe('0.00');
  });

  it('refuses a divisor of zero', () => {
    expect(code(() => Money.of(1).dividedBy(0))).toBe('RATIO_INVALID');
    expect(code(() => Money.of(1).times(0.5))).toBe('RATIO_INVALID');
  });
});
