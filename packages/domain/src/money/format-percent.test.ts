import { describe, expect, it } from 'vitest';
import { formatPercent } from './format-percent.js';

describe('formatPercent', () => {
  it('reads a ratio of up to four decimals exactly, without trailing zeros', () => {
    expect(formatPercent('0.035')).toBe('3.5%');
    expect(formatPercent('0.0350')).toBe('3.5%');
    expect(formatPercent('0.03')).toBe('3%');
    expect(formatPercent('0.0001')).toBe('0.01%');
    expect(formatPercent('0.9999')).toBe('99.99%');
  });
});
