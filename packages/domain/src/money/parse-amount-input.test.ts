import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Money } from './money.js';
import { parseAmountInput } from './parse-amount-input.js';

const value = (input: string, o?: Parameters<typeof parseAmountInput>[1]) => {
  const r = parseAmountInput(input, o);
  return r.ok ? r.value : r.problem;
};

describe('parseAmountInput: amounts as people type them', () => {
  it('accepts full-width digits, thousands separators, spaces, ¥ and a trailing 元', () => {
    expect(value('５００００００')).toBe('5000000.00');
    expect(value('5,000,000')).toBe('5000000.00');
    expect(value('５，０００，０００．５')).toBe('5000000.50');
    expect(value(' 5 000 000 元 ')).toBe('5000000.00');
    expect(value('¥18,000.00')).toBe('18000.00');
    expect(value('￥18000圆')).toBe('18000.00');
    expect(value('0.1')).toBe('0.10');
  });

  it('reads 万 and 万元 as ten thousands, and a bare number as 万元 where the field asks in 万元', () => {
    expect(value('500万')).toBe('5000000.00');
    expect(value('12.3456万元')).toBe('123456.00');
    expect(value('500', { unit: 'wan' })).toBe('5000000.00');
    expect(value('5000元', { unit: 'wan' })).toBe('5000.00');
  });

  it('names the problem in plain Chinese, with an example', () => {
    const r = parseAmountInput('abc');
    expect(r).toEqual({
      ok: false,
      problem: 'invalid',
      zh: '“abc”不是金额，请只填数字，例如 5000000 或 500万',
      en: '"abc" is not an amount: use digits only, e.g. 5000000 or 500万',
    });
    expect(parseAmountInput('  ')).toMatchObject({
      ok: false,
      problem: 'empty',
      zh: '请填写金额，例如 5000000 或 500万',
    });
    expect(value('50,00')).toBe('invalid');
    expect(value('1e6')).toBe('invalid');
    expect(value('12.345')).toBe('fen');
    expect(value('1.234567万')).toBe('12345.67');
    expect(value('1.2345678万')).toBe('fen');
    expect(value('-100')).toBe('negative');
  });

  it('takes a negative amount only where the field allows one (a clawback)', () => {
    expect(value('-1,000', { allowNegative: true })).toBe('-1000.00');
    expect(value('－１０００元', { allowNegative: true })).toBe('-1000.00');
  });

  it('gives back what Money reads, for any amount written with separators and in full width', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 14n }), (fen) => {
        const exact = Money.fromFen(fen).toString();
        const [whole, frac] = exact.split('.') as [string, string];
        const grouped = whole.replace(/\B(?=(\d{3})+$)/g, ',');
        const fullWidth = `${grouped}.${frac}`.replace(/[0-9.,]/g, (c) =>
          String.fromCharCode(c.charCodeAt(0) + 0xfee0),
        );
        expect(value(`${grouped}.${frac}元`)).toBe(exact);
        expect(value(fullWidth)).toBe(exact);
      }),
    );
  });
});
