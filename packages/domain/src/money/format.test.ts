import { describe, expect, it } from 'vitest';
import { formatExact } from './format-exact.js';
import { formatWan } from './format-wan.js';
import { formatYuan } from './format-yuan.js';
import { Money } from './money.js';

describe('formatting', () => {
  it('formats yuan with thousands separators', () => {
    expect(formatYuan('1234567.89')).toBe('¥1,234,567.89');
    expect(formatYuan('0')).toBe('¥0.00');
    expect(formatYuan('999')).toBe('¥999.00');
    expect(formatYuan('-1234')).toBe('-¥1,234.00');
    expect(formatYuan(Money.of('0.01').times('0.5'))).toBe('¥0.01');
  });

  it('formats 万元 as the policy writes it', () => {
    expect(formatWan('200000')).toBe('20万元');
    expect(formatWan('123456')).toBe('12.35万元');
    expect(formatWan('205000')).toBe('20.5万元');
    expect(formatWan('200000000')).toBe('20000万元');
    expect(formatWan('0')).toBe('0万元');
  });

  it('shows exact intermediates readably', () => {
    expect(formatExact(Money.of('10000000').times('0.0345').times(365).dividedBy(360))).toBe('349791.6666…');
    expect(formatExact(Money.of('12345.67').times('0.9'))).toBe('11111.103');
    expect(formatExact(Money.of('5'))).toBe('5.00');
  });
});
