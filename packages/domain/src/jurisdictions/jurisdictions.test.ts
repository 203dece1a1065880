import { describe, expect, it } from 'vitest';
import { assess } from '../rules/assess.js';
import { builtInPolicies, ningxia } from '../policy/policy-book.js';

const run = (claim: unknown, context: Record<string, unknown>) => assess(claim as never, { policy: builtInPolicies, ...context } as never);
import { parseClaim } from '../claims/parse-claim.js';
import { ipAssetSchema } from '../matching/ip-assets.js';
import { COUNTRY_NAMES } from './country-names.js';
import { jurisdictionName, jurisdictionOptions } from './jurisdiction-names.js';
import { acceptedJurisdictions, checkJurisdiction, COUNTRY_CODES, NOT_ABROAD, REGIONAL_OFFICES } from './jurisdictions.js';

const grant = (jurisdiction: string) => ({ provision: 'M1.7', grants: [{ jurisdiction, number: '11223344' }] });
const mark = (jurisdiction: string) => ({ provision: 'M1.8', registrations: [{ jurisdiction, number: '1234567' }] });

describe('jurisdictions abroad (国外)', () => {
  it('is an interpretation with the clause words, and names CN, HK, MO, TW as not abroad', () => {
    expect(NOT_ABROAD.source).toBe('interpretation');
    expect(NOT_ABROAD.reference).toContain('对获得国外授权的发明专利');
    expect(NOT_ABROAD.value).toEqual(['CN', 'HK', 'MO', 'TW']);
  });

  it.each(['CN', 'HK', 'MO', 'TW'])('refuses %s as a grant abroad, for patents and for trademarks', (code) => {
    expect(() => parseClaim(grant(code), ningxia)).toThrow(expect.objectContaining({ code: 'JURISDICTION_NOT_FOREIGN' }));
    expect(() => parseClaim(mark(code), ningxia)).toThrow(expect.objectContaining({ code: 'JURISDICTION_NOT_FOREIGN' }));
  });

  it('counts a regional office as one jurisdiction, for what it grants', () => {
    const a = run({ provision: 'M1.7', grants: [{ jurisdiction: 'EP', number: '3456789' }, { jurisdiction: 'EA', number: '045678' }, { jurisdiction: 'GC', number: '0012345' }] }, { fundingYear: 2025, asOf: '2025-06-01' });
    expect(a.amount).toBe('60000.00');
    expect(run(mark('EM'), { fundingYear: 2025, asOf: '2025-06-01' }).amount).toBe('10000.00');
    expect(() => parseClaim(grant('EM'), ningxia)).toThrow(expect.objectContaining({ code: 'JURISDICTION_WRONG_OFFICE' }));
    expect(() => parseClaim(mark('EP'), ningxia)).toThrow(expect.objectContaining({ code: 'JURISDICTION_WRONG_OFFICE', zh: expect.stringContaining('欧洲专利局') }));
  });

  it('never counts a PCT publication (WO) as a granted patent', () => {
    expect(() => parseClaim(grant('WO'), ningxia)).toThrow(expect.objectContaining({ code: 'JURISDICTION_PCT_NOT_A_GRANT', zh: expect.stringContaining('PCT') }));
  });

  it('counts a Madrid registration per designated country where protection was granted', () => {
    expect(() => parseClaim(mark('WO'), ningxia)).toThrow(expect.objectContaining({ code: 'JURISDICTION_MADRID_PER_DESIGNATION', zh: expect.stringContaining('每个指定国家') }));
    // International registration 1234567 protected in Japan, the United States and the EU: three items.
    const madrid = { provision: 'M1.8', registrations: ['JP', 'US', 'EM'].map((jurisdiction) => ({ jurisdiction, number: '1234567', family: 'IR1234567' })) };
    expect(run(madrid, { fundingYear: 2025, asOf: '2025-06-01' }).amount).toBe('30000.00');
  });

  it('refuses an unknown code with a message naming the accepted list, in both languages', () => {
    const e = (() => {
      try {
        parseClaim(grant('XX'), ningxia);
      } catch (err) {
        return err as { code: string; zh: string; en: string };
      }
    })();
    expect(e?.code).toBe('JURISDICTION_UNKNOWN');
    expect(e?.zh).toMatch(/可填写：EP, EA, GC, OA, AP, AD, AE/);
    expect(e?.en).toMatch(/Accepted: EP, EA, GC, OA, AP, AD, AE/);
    expect(e?.en).not.toMatch(/\bCN\b|\bEM\b/);
    expect(() => parseClaim(grant('USA'), ningxia)).toThrow(expect.objectContaining({ code: 'JURISDICTION_UNKNOWN' }));
    expect(() => parseClaim(grant(' '), ningxia)).toThrow(expect.objectContaining({ code: 'JURISDICTION_MISSING', zh: expect.stringContaining('请选择') }));
  });

  it('reads a code written in lower case or with spaces as the code', () => {
    expect(parseClaim(grant(' us '), ningxia)).toEqual(grant('US'));
  });

  it('checks recorded assets with the same rule', () => {
    const r = ipAssetSchema.safeParse({ kind: 'foreign-patent', date: '2024-03-01', number: 'WO2020123456', jurisdiction: 'WO' });
    expect(r.success).toBe(false);
    expect((r.error!.issues[0] as { params?: { zh?: string } }).params?.zh).toMatch(/PCT/);
    expect(ipAssetSchema.parse({ kind: 'foreign-trademark', date: '2024-03-01', number: '018765432', jurisdiction: 'em' }).jurisdiction).toBe('EM');
  });

  it('has a Chinese and an English name for every code, and a picker list without the codes it refuses', () => {
    expect(COUNTRY_CODES).toHaveLength(249);
    for (const c of COUNTRY_CODES) expect(COUNTRY_NAMES[c]).toBeDefined();
    expect(Object.keys(COUNTRY_NAMES)).toHaveLength(249);
    expect(jurisdictionName('US')).toBe('美国');
    expect(jurisdictionName('TW')).toBe('中国台湾');
    expect(jurisdictionName('EP', 'en')).toBe('European Patent Office');
    const patents = jurisdictionOptions('patent');
    expect(patents.slice(0, 5).map((o) => o.value)).toEqual(['EP', 'EA', 'GC', 'OA', 'AP']);
    expect(patents.find((o) => o.value === 'US')?.label).toBe('美国（US）');
    expect(patents.map((o) => o.value)).not.toEqual(expect.arrayContaining(['CN']));
    for (const o of [...patents, ...jurisdictionOptions('trademark', 'en')]) expect(checkJurisdiction(o.value, patents.includes(o) ? 'patent' : 'trademark')).toBeNull();
    expect(acceptedJurisdictions('trademark')).toEqual(expect.arrayContaining(['EM', 'BX', 'OA', 'AP']));
    expect(Object.keys(REGIONAL_OFFICES)).toEqual(['EP', 'EA', 'GC', 'OA', 'AP', 'EM', 'BX']);
    // Countries in pinyin order: 阿 (a) before 美 (m) before 中 (z).
    const zh = patents.filter((o) => o.group === 'country').map((o) => o.value);
    expect(zh.indexOf('AL')).toBeLessThan(zh.indexOf('US'));
  });
});
