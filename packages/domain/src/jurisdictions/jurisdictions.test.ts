import { describe, expect, it } from 'vitest';
import { assess } from '../rules/assess.js';
import { builtInPolicies, ningxia } from '../policy/policy-book.js';

const run = (claim: unknown, context: Record<string, unknown>) =>
  assess(claim as never, { policy: builtInPolicies, ...context } as never);
import { parseClaim } from '../claims/parse-claim.js';
import { ipAssetSchema } from '../matching/ip-assets.js';
import { COUNTRY_NAMES } from './country-names.js';
import { jurisdictionName, jurisdictionOptions } from './jurisdiction-names.js';
import {
  acceptedJurisdictions,
  checkJurisdiction,
  COUNTRY_CODES,
  notAbroadOn,
  REGIONAL_OFFICES,
} from './jurisdictions.js';
import { findProvision, overrideParameters } from '../policy/policy-book.js';

const ON = '2025-06-01';
const NOT_ABROAD = notAbroadOn(findProvision(ningxia, 'M1.7'), ON);

const grant = (jurisdiction: string) => ({
  provision: 'M1.7',
  grants: [{ jurisdiction, number: '11223344' }],
});
const mark = (jurisdiction: string) => ({
  provision: 'M1.8',
  registrations: [{ jurisdiction, number: '1234567' }],
});

describe('jurisdictions abroad (国外)', () => {
  it('is a dated parameter of M1.7 and M1.8, an interpretation with the clause words, naming CN, HK, MO, TW', () => {
    for (const id of ['M1.7', 'M1.8']) {
      const p = findProvision(ningxia, id).parameters.notAbroad!;
      expect(p.source).toBe('interpretation');
      expect(p.unit).toBe('jurisdictions');
      expect(p.reference).toContain('对获得国外授权的');
      expect([...notAbroadOn(findProvision(ningxia, id), ON)]).toEqual(['CN', 'HK', 'MO', 'TW']);
    }
  });

  it('takes a new reading from its date: a claim made before it keeps the old one', () => {
    // Suppose a later reading counted Taiwan as abroad from 2026-01-01.
    const [later] = overrideParameters(ningxia, {});
    const m17 = findProvision(later!, 'M1.7');
    const dated = {
      ...m17,
      parameters: {
        ...m17.parameters,
        notAbroad: {
          ...m17.parameters.notAbroad!,
          values: [...m17.parameters.notAbroad!.values, { effectiveFrom: '2026-01-01', value: 'CN HK MO' }],
        },
      },
    };
    const version = { ...later!, provisions: later!.provisions.map((p) => (p.id === 'M1.7' ? dated : p)) };
    expect(() => parseClaim(grant('TW'), version, '2025-12-31')).toThrow(
      expect.objectContaining({ code: 'JURISDICTION_NOT_FOREIGN' }),
    );
    expect(parseClaim(grant('TW'), version, '2026-01-01')).toEqual(grant('TW'));
    expect(jurisdictionOptions('patent', notAbroadOn(dated, '2026-03-01')).map((o) => o.value)).toContain(
      'TW',
    );
  });

  it('refuses a parameter value that is not a list of two-letter codes when the version is parsed', () => {
    // overrideParameters parses the version it makes, as every version is parsed.
    expect(() => overrideParameters(ningxia, { 'M1.7.notAbroad': 'CN, HK' })).toThrow(
      expect.objectContaining({
        code: 'POLICY_INVALID',
        en: expect.stringMatching(/notAbroad\.values\.0\.value: must be two-letter codes/),
      }),
    );
  });

  it.each(['CN', 'HK', 'MO', 'TW'])(
    'refuses %s as a grant abroad, for patents and for trademarks',
    (code) => {
      expect(() => parseClaim(grant(code), ningxia, ON)).toThrow(
        expect.objectContaining({ code: 'JURISDICTION_NOT_FOREIGN' }),
      );
      expect(() => parseClaim(mark(code), ningxia, ON)).toThrow(
        expect.objectContaining({ code: 'JURISDICTION_NOT_FOREIGN' }),
      );
    },
  );

  it('counts a regional office as one jurisdiction, for what it grants', () => {
    const a = run(
      {
        provision: 'M1.7',
        grants: [
          { jurisdiction: 'EP', number: '3456789' },
          { jurisdiction: 'EA', number: '045678' },
          { jurisdiction: 'GC', number: '0012345' },
        ],
      },
      { fundingYear: 2025, asOf: '2025-06-01' },
    );
    expect(a.amount).toBe('60000.00');
    expect(run(mark('EM'), { fundingYear: 2025, asOf: '2025-06-01' }).amount).toBe('10000.00');
    expect(() => parseClaim(grant('EM'), ningxia, ON)).toThrow(
      expect.objectContaining({ code: 'JURISDICTION_WRONG_OFFICE' }),
    );
    expect(() => parseClaim(mark('EP'), ningxia, ON)).toThrow(
      expect.objectContaining({
        code: 'JURISDICTION_WRONG_OFFICE',
        zh: expect.stringContaining('欧洲专利局'),
      }),
    );
  });

  it('never counts a PCT publication (WO) as a granted patent', () => {
    expect(() => parseClaim(grant('WO'), ningxia, ON)).toThrow(
      expect.objectContaining({ code: 'JURISDICTION_PCT_NOT_A_GRANT', zh: expect.stringContaining('PCT') }),
    );
  });

  it('counts a Madrid registration per designated country where protection was granted', () => {
    expect(() => parseClaim(mark('WO'), ningxia, ON)).toThrow(
      expect.objectContaining({
        code: 'JURISDICTION_MADRID_PER_DESIGNATION',
        zh: expect.stringContaining('每个指定国家'),
      }),
    );
    // International registration 1234567 protected in Japan, the United States and the EU: three items.
    const madrid = {
      provision: 'M1.8',
      registrations: ['JP', 'US', 'EM'].map((jurisdiction) => ({
        jurisdiction,
        number: '1234567',
        family: 'IR1234567',
      })),
    };
    expect(run(madrid, { fundingYear: 2025, asOf: '2025-06-01' }).amount).toBe('30000.00');
  });

  it('refuses an unknown code with a message naming the accepted list, in both languages', () => {
    const e = (() => {
      try {
        parseClaim(grant('XX'), ningxia, ON);
      } catch (err) {
        return err as { code: string; zh: string; en: string };
      }
    })();
    expect(e?.code).toBe('JURISDICTION_UNKNOWN');
    expect(e?.zh).toMatch(/可填写：EP, EA, GC, OA, AP, AD, AE/);
    expect(e?.en).toMatch(/Accepted: EP, EA, GC, OA, AP, AD, AE/);
    expect(e?.en).not.toMatch(/\bCN\b|\bEM\b/);
    expect(() => parseClaim(grant('USA'), ningxia, ON)).toThrow(
      expect.objectContaining({ code: 'JURISDICTION_UNKNOWN' }),
    );
    expect(() => parseClaim(grant(' '), ningxia, ON)).toThrow(
      expect.objectContaining({ code: 'JURISDICTION_MISSING', zh: expect.stringContaining('请选择') }),
    );
  });

  it('reads a code written in lower case or with spaces as the code', () => {
    expect(parseClaim(grant(' us '), ningxia, ON)).toEqual(grant('US'));
  });

  it('checks recorded assets with the same rule', () => {
    const r = ipAssetSchema.safeParse({
      kind: 'foreign-patent',
      date: '2024-03-01',
      number: 'WO2020123456',
      jurisdiction: 'WO',
    });
    expect(r.success).toBe(false);
    expect((r.error!.issues[0] as { params?: { zh?: string } }).params?.zh).toMatch(/PCT/);
    expect(
      ipAssetSchema.parse({
        kind: 'foreign-trademark',
        date: '2024-03-01',
        number: '018765432',
        jurisdiction: 'em',
      }).jurisdiction,
    ).toBe('EM');
  });

  it('has a Chinese and an English name for every code, and a picker list without the codes it refuses', () => {
    expect(COUNTRY_CODES).toHaveLength(249);
    for (const c of COUNTRY_CODES) expect(COUNTRY_NAMES[c]).toBeDefined();
    expect(Object.keys(COUNTRY_NAMES)).toHaveLength(249);
    expect(jurisdictionName('US')).toBe('美国');
    expect(jurisdictionName('TW')).toBe('中国台湾');
    expect(jurisdictionName('EP', 'en')).toBe('European Patent Office');
    const patents = jurisdictionOptions('patent', NOT_ABROAD);
    expect(patents.slice(0, 5).map((o) => o.value)).toEqual(['EP', 'EA', 'GC', 'OA', 'AP']);
    expect(patents.find((o) => o.value === 'US')?.label).toBe('美国（US）');
    expect(patents.map((o) => o.value)).not.toEqual(expect.arrayContaining(['CN']));
    for (const o of [...patents, ...jurisdictionOptions('trademark', NOT_ABROAD, 'en')])
      expect(checkJurisdiction(o.value, patents.includes(o) ? 'patent' : 'trademark', NOT_ABROAD)).toBeNull();
    expect(acceptedJurisdictions('trademark', NOT_ABROAD)).toEqual(
      expect.arrayContaining(['EM', 'BX', 'OA', 'AP']),
    );
    expect(Object.keys(REGIONAL_OFFICES)).toEqual(['EP', 'EA', 'GC', 'OA', 'AP', 'EM', 'BX']);
    // Countries in pinyin order: 阿 (a) before 美 (m) before 中 (z).
    const zh = patents.filter((o) => o.group === 'country').map((o) => o.value);
    expect(zh.indexOf('AL')).toBeLessThan(zh.indexOf('US'));
  });
});
