import { describe, expect, it } from 'vitest';
import { assess } from '../rules/assess.js';
import { ningxiaDraft } from './ningxia/version.js';
import { parsePolicyVersion } from './parse-policy-version.js';
import {
  builtInPolicies,
  ningxia as defaultPolicy,
  deriveVersion,
  parameterAt,
  parametersAt,
  versionInForce,
  withParameterValue,
} from './policy-book.js';

const ALL_IDS = [
  'M1.1',
  'M1.2',
  'M1.3',
  'M1.4',
  'M1.5',
  'M1.6',
  'M1.7',
  'M1.8',
  'M2.1',
  'M2.2',
  'M3.1',
  'M4.1',
  'M4.2',
  'M5.1',
  'M5.2',
  'M6.1',
  'M7.1',
  'M7.2',
  'M7.3',
  'M7.4',
  'M7.5',
  'M8.1',
  'M8.2',
  'M9.1',
  'M9.2',
  'M9.3',
  'M10.1',
  'M10.2',
  'M11.1',
  'M11.2',
  'M12.1',
  'M13.1',
];

describe('the Ningxia draft as data', () => {
  it('has every provision of PROVISIONS.md, ids exactly as there', () => {
    expect(defaultPolicy.provisions.map((p) => p.id)).toEqual(ALL_IDS);
    expect(defaultPolicy.measures).toHaveLength(13);
  });

  it('gives every provision a kind, both titles and its clause text', () => {
    for (const p of defaultPolicy.provisions) {
      expect(p.title.zh && p.title.en && p.clause, p.id).toBeTruthy();
    }
  });

  it('carries every number of the policy as a dated parameter with its source', () => {
    const at = (id: string) => parameterAt(defaultPolicy, id, '2025-01-01').value;
    expect(at('M1.1.amount')).toBe('200000.00');
    expect(at('M1.2.amount')).toBe('150000.00');
    expect(at('M1.3.amount')).toBe('100000.00');
    expect(at('M1.4.amountPerItem')).toBe('500000.00');
    expect(at('M1.5.amountPerItem')).toBe('300000.00');
    expect(at('M1.6.amountPerItem')).toBe('100000.00');
    expect(at('M1.7.amountPerItem')).toBe('20000.00');
    expect(at('M1.8.amountPerItem')).toBe('10000.00');
    expect(at('M2.1.count')).toBe('50');
    expect(at('M2.2.count')).toBe('50');
    expect(at('M3.1.count')).toBe('50');
    expect(at('M4.2.floor')).toBe('1000000.00');
    expect(at('M5.1.rate')).toBe('0.05');
    expect(at('M5.1.annualCap')).toBe('1000000.00');
    expect(at('M6.1.count')).toBe('50');
    expect(at('M7.2.floor')).toBe('200000000.00');
    expect(at('M7.4.annualCap')).toBe('500000.00');
    expect(at('M7.4.maxDays')).toBe('365');
    expect(at('M7.4.dayCountBasis')).toBe('360');
    expect(at('M7.5.rate')).toBe('0.9');
    expect(at('M7.5.annualCap')).toBe('500000.00');
    expect(at('M8.1.count')).toBe('50');
    expect(at('M8.2.count')).toBe('50');
    expect(at('M11.1.amount')).toBe('200000.00');
    expect(parameterAt(defaultPolicy, 'M7.4.dayCountBasis', '2025-01-01').source).toBe('interpretation');
    expect(parameterAt(defaultPolicy, 'M5.1.rate', '2025-01-01').source).toBe('policy-text');
    expect(parametersAt(defaultPolicy, '2025-01-01').length).toBeGreaterThan(20);
  });
});

describe('strict validation of policy files', () => {
  it('refuses a misplaced key instead of dropping it', () => {
    const bad = structuredClone(ningxiaDraft) as unknown as { provisions: Record<string, unknown>[] };
    bad.provisions[0]!.reference = 'misplaced';
    expect(() => parsePolicyVersion(bad)).toThrow(expect.objectContaining({ code: 'POLICY_INVALID' }));
    try {
      parsePolicyVersion(bad);
    } catch (e) {
      expect((e as Error).message).toContain('provisions.0');
    }
  });

  it('refuses a value that does not fit its unit', () => {
    const bad = structuredClone(ningxiaDraft) as unknown as {
      provisions: { parameters: Record<string, { values: { value: string }[] }> }[];
    };
    bad.provisions[0]!.parameters.amount!.values[0]!.value = '200000';
    expect(() => parsePolicyVersion(bad)).toThrow(/two decimals/);
  });

  it('refuses a null value where the parameter is not nullable', () => {
    const bad = structuredClone(ningxiaDraft) as unknown as {
      provisions: { parameters: Record<string, { values: { value: string | null }[] }> }[];
    };
    bad.provisions[0]!.parameters.amount!.values[0]!.value = null;
    expect(() => parsePolicyVersion(bad)).toThrow(/not nullable/);
  });

  it('refuses duplicate provisions and provisions under the wrong measure', () => {
    const dup = structuredClone(ningxiaDraft) as unknown as { provisions: { id: string }[] };
    dup.provisions[1]!.id = 'M1.1';
    expect(() => parsePolicyVersion(dup)).toThrow(/duplicate provision/);
    const wrong = structuredClone(ningxiaDraft) as unknown as { provisions: { measure: number }[] };
    wrong.provisions[0]!.measure = 99;
    expect(() => parsePolicyVersion(wrong)).toThrow(/measure 99 is not listed/);
  });

  it('refuses a provision that lacks what its kind needs, naming the provision and the parameter or field', () => {
    const noBasis = structuredClone(ningxiaDraft) as unknown as {
      provisions: {
        id: string;
        parameters: Record<string, unknown>;
        claim?: { fields: { role?: string }[] };
      }[];
    };
    delete noBasis.provisions.find((p) => p.id === 'M7.4')!.parameters.dayCountBasis;
    expect(() => parsePolicyVersion(noBasis)).toThrow(
      /provision M7\.4 of kind interest-subsidy lacks the parameter "dayCountBasis"/,
    );
    const noBase = structuredClone(ningxiaDraft) as unknown as typeof noBasis;
    delete noBase.provisions.find((p) => p.id === 'M7.5')!.claim!.fields[0]!.role;
    expect(() => parsePolicyVersion(noBase)).toThrow(
      /provision M7\.5 of kind percentage-with-cap lacks a claim field with role "base"/,
    );
    const noCount = structuredClone(ningxiaDraft) as unknown as typeof noBasis;
    delete noCount.provisions.find((p) => p.id === 'M2.1')!.parameters.tolerance;
    expect(() => parsePolicyVersion(noCount)).toThrow(
      /provision M2\.1 of kind count-approx lacks the parameter "tolerance"/,
    );
  });

  it('takes any provision id of the documented pattern, and refuses others', () => {
    const renamed = structuredClone(ningxiaDraft) as unknown as { provisions: { id: string }[] };
    renamed.provisions[0]!.id = 'GZ3.12';
    expect(parsePolicyVersion(renamed).provisions[0]!.id).toBe('GZ3.12');
    for (const bad of ['m1.1', 'M1', 'M 1.1', "M1.1'", 'M1/1']) {
      const v = structuredClone(ningxiaDraft) as unknown as { provisions: { id: string }[] };
      v.provisions[0]!.id = bad;
      expect(() => parsePolicyVersion(v), bad).toThrow(/must be a provision id/);
    }
  });

  it('returns frozen data', () => {
    expect(Object.isFrozen(defaultPolicy.provisions[0]!.parameters)).toBe(true);
  });
});

describe('versions and dated values', () => {
  const final = deriveVersion(defaultPolicy, {
    id: 'ningxia-2026-final',
    status: 'final',
    effectiveFrom: '2026-01-01',
    values: { 'M5.1.rate': '0.06' },
  });
  const book = [...builtInPolicies, final];
  const claim = {
    provision: 'M5.1',
    transactionAmount: '1000000.00',
    mode: 'license',
    contractDate: '2025-03-01',
  };

  it('a second version is data only, and an assessment picks the version in force on its date', () => {
    const before = assess(claim, { asOf: '2025-12-31', policy: book });
    const after = assess(claim, { asOf: '2026-01-01', policy: book });
    expect(before.policyVersion).toBe('ningxia-2023-draft');
    expect(before.amount).toBe('50000.00');
    expect(after.policyVersion).toBe('ningxia-2026-final');
    expect(after.amount).toBe('60000.00');
    expect(after.parameters.find((p) => p.id === 'M5.1.rate')).toMatchObject({
      value: '0.06',
      effectiveFrom: '2026-01-01',
    });
  });

  it('versionInForce chooses the latest version on or before the date', () => {
    expect(versionInForce(book, '2026-06-01').id).toBe('ningxia-2026-final');
    expect(versionInForce(book, '2023-01-01').id).toBe('ningxia-2023-draft');
    expect(() => versionInForce(book, '2022-12-31')).toThrow(
      expect.objectContaining({ code: 'POLICY_NOT_IN_FORCE' }),
    );
  });

  it('a new dated value is appended, never overwriting history', () => {
    const edited = withParameterValue(defaultPolicy, 'M7.5.rate', {
      effectiveFrom: '2025-07-01',
      value: '0.8',
    });
    expect(parameterAt(edited, 'M7.5.rate', '2025-06-30').value).toBe('0.9');
    expect(parameterAt(edited, 'M7.5.rate', '2025-07-01').value).toBe('0.8');
    expect(parameterAt(defaultPolicy, 'M7.5.rate', '2025-07-01').value).toBe('0.9');
    const fee = { provision: 'M7.5', evaluationFeePaid: '1000.00' } as const;
    expect(assess(fee, { asOf: '2025-06-30', policy: edited }).amount).toBe('900.00');
    expect(assess(fee, { asOf: '2025-07-01', policy: edited }).amount).toBe('800.00');
  });

  it('refuses a dated value that would rewrite history or break the unit', () => {
    expect(() =>
      withParameterValue(defaultPolicy, 'M7.5.rate', { effectiveFrom: '2023-01-01', value: '0.8' }),
    ).toThrow(/increasing date order/);
    expect(() =>
      withParameterValue(defaultPolicy, 'M7.5.rate', { effectiveFrom: '2025-01-01', value: '1.5' }),
    ).toThrow(/ratio between 0 and 1/);
    expect(() =>
      withParameterValue(defaultPolicy, 'M7.5.nothing', { effectiveFrom: '2025-01-01', value: '1' }),
    ).toThrow(expect.objectContaining({ code: 'PARAMETER_UNKNOWN' }));
  });
});
