import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkPatentApplicationNumber, patentApplicationCheckChar } from './patent-application-number.js';

describe('checkPatentApplicationNumber', () => {
  it('computes the mod-11 check character (X for 10)', () => {
    expect(patentApplicationCheckChar('202410123456')).toBe('0');
    // 2·2+0·3+1·4+9·5+1·6+0·7+1·8+2·9+3·2+4·3+5·4+6·5 = 153, 153 mod 11 = 10
    expect(patentApplicationCheckChar('201910123456')).toBe('X');
  });

  it('reads spaces, full-width digits, a CN prefix and a missing point as one number', () => {
    for (const s of [
      '2024 1 0123456.0',
      '２０２４１０１２３４５６．０',
      'CN202410123456.0',
      '2024101234560',
      ' 201910123456.x ',
    ])
      expect(checkPatentApplicationNumber(s, 2026)).toMatchObject({ valid: true });
    expect(checkPatentApplicationNumber('２０２４ １ ０１２３４５６．０', 2026)).toEqual({
      valid: true,
      number: '202410123456.0',
      year: 2024,
      kind: '1',
    });
  });

  it('says what is wrong: empty, format, year, kind, check character', () => {
    const problem = (s: string) => {
      const c = checkPatentApplicationNumber(s, 2026);
      return c.valid ? 'valid' : c.problem;
    };
    expect(problem('  ')).toBe('empty');
    expect(problem('2024101234')).toBe('format');
    expect(problem('ZL2024.10123456')).toBe('format');
    expect(problem('202710123456.3')).toBe('year');
    expect(problem('200210123456.1')).toBe('year');
    expect(problem('202440123456.4')).toBe('kind');
    expect(problem('202410123456.1')).toBe('checksum');
    const c = checkPatentApplicationNumber('202410123456.1', 2026);
    expect(c.valid || [c.zh, c.en]).toEqual([
      '校验位不符：请核对是否有输错或颠倒的数字。',
      expect.stringContaining('check'),
    ]);
  });

  it('accepts every number with its own check character and refuses any other character', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2003, max: 2026 }),
        fc.constantFrom('1', '2', '3', '8', '9'),
        fc.integer({ min: 0, max: 9_999_999 }),
        fc.constantFrom(...'0123456789X'),
        (year, kind, serial, other) => {
          const first = `${year}${kind}${String(serial).padStart(7, '0')}`;
          const right = patentApplicationCheckChar(first);
          expect(checkPatentApplicationNumber(`${first}.${right}`, 2026).valid).toBe(true);
          if (other !== right)
            expect(checkPatentApplicationNumber(`${first}.${other}`, 2026).valid).toBe(false);
        },
      ),
    );
  });
});
