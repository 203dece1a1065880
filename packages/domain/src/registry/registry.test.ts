import { describe, expect, it } from 'vitest';
import {
  AREAS,
  COUNTIES,
  areasForDivision,
  checkCreditCodeArea,
  cityOfRegionCode,
  divisionName,
} from './areas.js';
import { checkCreditCode, creditCodeCheckChar, isValidCreditCode } from './credit-code.js';
import { FOCUS_INDUSTRIES, GREEN_CHANNEL_INDUSTRIES, isGreenChannelIndustry } from './industries.js';

describe('credit codes (GB 32100-2015)', () => {
  it.each(['9144030071526726XG', '914403001922038216', '91350100M000100Y43'])(
    'accepts the real code %s',
    (code) => {
      expect(isValidCreditCode(code)).toBe(true);
    },
  );

  it('computes the check character', () => {
    expect(creditCodeCheckChar('9144030071526726X')).toBe('G');
  });

  it('says what is wrong', () => {
    expect(checkCreditCode('')).toMatchObject({ valid: false, problem: 'empty' });
    expect(checkCreditCode('91440300715267')).toMatchObject({ valid: false, problem: 'length' });
    expect(checkCreditCode('9144030071526726IG')).toMatchObject({
      valid: false,
      problem: 'alphabet',
      position: 17,
    });
    expect(checkCreditCode('9144030071526726XH')).toMatchObject({ valid: false, problem: 'checksum' });
    const swapped = checkCreditCode('9144030017526726XG');
    expect(swapped.valid).toBe(false);
    if (!swapped.valid) expect(swapped.zh).toContain('校验位');
  });

  it('normalises case and spaces for the check, but isValidCreditCode wants the canonical form', () => {
    expect(checkCreditCode(' 9144030071526726xg ').valid).toBe(true);
    expect(isValidCreditCode('9144030071526726xg')).toBe(false);
  });

  it('rejects every single-character change (the checksum catches it)', () => {
    const code = '91350100M000100Y43';
    for (let i = 0; i < 18; i++) {
      const other = code[i] === '1' ? '2' : '1';
      expect(isValidCreditCode(code.slice(0, i) + other + code.slice(i + 1)), `position ${i + 1}`).toBe(
        false,
      );
    }
  });
});

describe('areas and industries', () => {
  it('has the five cities and Ningdong with both names', () => {
    expect(AREAS.map((a) => a.code)).toEqual(['640100', '640200', '640300', '640400', '640500', 'NINGDONG']);
    expect(AREAS.every((a) => a.name.zh && a.name.en)).toBe(true);
  });

  it('maps county codes to their city', () => {
    expect(cityOfRegionCode('640181')).toBe('640100');
    expect(cityOfRegionCode('640522')).toBe('640500');
    expect(cityOfRegionCode('440300')).toBeUndefined();
    expect(COUNTIES.every((c) => cityOfRegionCode(c.code) === c.city)).toBe(true);
  });

  it('lists 六新六特六优 and the green-channel industries', () => {
    expect(FOCUS_INDUSTRIES).toHaveLength(18);
    expect(GREEN_CHANNEL_INDUSTRIES).toHaveLength(5);
    expect(isGreenChannelIndustry('clean-energy')).toBe(true);
    expect(isGreenChannelIndustry('wine')).toBe(false);
  });
});

describe("a credit code's division and the area chosen", () => {
  const code = (division: string) => {
    const first17 = `91${division}MA7HYG00`.slice(0, 17).padEnd(17, '1');
    return first17 + creditCodeCheckChar(first17);
  };

  it("a city takes its own districts and counties, and the region's authorities", () => {
    expect(checkCreditCodeArea(code('640104'), '640100')).toEqual({ valid: true, division: '640104' });
    expect(checkCreditCodeArea(code('640522'), '640500').valid).toBe(true);
    expect(checkCreditCodeArea(code('640000'), '640400').valid).toBe(true);
    // A division since merged (Yinchuan's former 城区, 640102) still fits its city.
    expect(checkCreditCodeArea(code('640102'), '640100').valid).toBe(true);
  });

  it("Ningdong takes Lingwu and Yinchuan's city-level code, not Yinchuan's other districts", () => {
    expect(checkCreditCodeArea(code('640181'), 'NINGDONG').valid).toBe(true);
    expect(checkCreditCodeArea(code('640100'), 'NINGDONG').valid).toBe(true);
    expect(checkCreditCodeArea(code('640001'), 'NINGDONG').valid).toBe(true);
    expect(checkCreditCodeArea(code('640104'), 'NINGDONG')).toMatchObject({
      valid: false,
      problem: 'other-area',
      fits: ['640100'],
    });
    expect(areasForDivision('640181')).toEqual(['640100', 'NINGDONG']);
  });

  it("another city's code is refused with where it was registered and what to choose", () => {
    const r = checkCreditCodeArea(code('640402'), '640100');
    expect(r).toMatchObject({ valid: false, problem: 'other-area', division: '640402', fits: ['640400'] });
    if (!r.valid) {
      expect(r.zh).toBe(
        '统一社会信用代码的登记地为原州区（640402），与所选地区“银川市”不符：请选择“固原市”，或核对信用代码。',
      );
      expect(r.en).toContain('Yuanzhou District (640402)');
    }
  });

  it('a code registered outside Ningxia is refused', () => {
    expect(checkCreditCodeArea('9144030071526726XG', '640100')).toMatchObject({
      valid: false,
      problem: 'outside-ningxia',
      division: '440300',
    });
    expect(checkCreditCodeArea(code('649900'), '640100')).toMatchObject({
      valid: false,
      problem: 'outside-ningxia',
    });
    expect(divisionName('640181')).toEqual({ zh: '灵武市', en: 'Lingwu' });
  });
});
