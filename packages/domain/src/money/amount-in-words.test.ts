import { describe, expect, it } from 'vitest';
import { amountInWords } from './amount-in-words.js';

describe('amountInWords (大写金额, payment-settlement rules)', () => {
  it.each([
    ['1409.50', '壹仟肆佰零玖元伍角'],
    ['16409.02', '壹万陆仟肆佰零玖元零贰分'],
    ['1005', '壹仟零伍元整'],
    ['10', '壹拾元整'],
    ['325.04', '叁佰贰拾伍元零肆分'],
    ['6007.14', '陆仟零柒元壹角肆分'],
    ['1680.32', '壹仟陆佰捌拾元零叁角贰分'],
    ['107000.53', '壹拾万柒仟元零伍角叁分'],
    ['100500', '壹拾万零伍佰元整'],
    ['209875.00', '贰拾万玖仟捌佰柒拾伍元整'],
    ['0.05', '伍分'],
    ['0.50', '伍角'],
    ['0', '零元整'],
    ['100000000', '壹亿元整'],
    ['100010000', '壹亿零壹万元整'],
    ['110000000', '壹亿壹仟万元整'],
    ['100000100', '壹亿零壹佰元整'],
    ['999999999999.99', '玖仟玖佰玖拾玖亿玖仟玖佰玖拾玖万玖仟玖佰玖拾玖元玖角玖分'],
  ])('%s → %s', (amount, words) => {
    expect(amountInWords(amount)).toBe(words);
  });

  it('writes 整 only after 元', () => {
    expect(amountInWords('1409.50').endsWith('整')).toBe(false);
    expect(amountInWords('1409.00').endsWith('元整')).toBe(true);
  });

  it('refuses negative amounts and amounts of a trillion or more', () => {
    expect(() => amountInWords('-1.00')).toThrow(
      expect.objectContaining({ code: 'AMOUNT_NEGATIVE_FOR_WORDS' }),
    );
    expect(() => amountInWords('1000000000000.00')).toThrow(
      expect.objectContaining({ code: 'AMOUNT_TOO_LARGE_FOR_WORDS' }),
    );
  });
});
