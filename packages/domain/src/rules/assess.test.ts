import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors/domain-error.js';
import { builtInPolicies, ningxia, withParameterValue } from '../policy/policy-book.js';
import { assess } from './assess.js';
import { REASON_CODES, REASONS } from './reasons.js';
import { M7_4_WORKED_LOAN } from './test-support/worked-examples.js';

const policy = builtInPolicies;
const loan = M7_4_WORKED_LOAN;
const run = (claim: unknown, context: Record<string, unknown>) =>
  assess(claim as never, { policy, ...context } as never);

describe('assess', () => {
  it('explains the M7.4 worked example step by step, with clause ids and the values used', () => {
    const a = assess(loan, { policy, fundingYear: 2025, asOf: '2025-04-01' });
    expect(a.amount).toBe('209875.00');
    expect(a.trace.map((s) => s.step)).toEqual([
      'lpr',
      'days',
      'interestAtLpr',
      'lesserInterest',
      'pledgeShare',
      'annualCap',
      'rounded',
    ]);
    expect(a.trace[0]!.zh).toContain('3.45%');
    expect(a.trace[2]!.values.interestAtLpr).toMatch(/^349791\.6666/);
    expect(a.trace[5]!.values).toMatchObject({
      cap: '500000.00',
      grantedThisYear: '0.00',
      left: '500000.00',
      capped: 'no',
    });
    expect(a.parameters.map((p) => p.id).sort()).toEqual([
      'M7.4.annualCap',
      'M7.4.dayCountBasis',
      'M7.4.maxDays',
    ]);
    expect(a).toMatchObject({ policyVersion: 'ningxia-2023-draft', asOf: '2025-04-01', fundingYear: 2025 });
  });

  it('writes each sentence from the step values when read, and serializes them', () => {
    const a = assess(
      { provision: 'M5.1', transactionAmount: '3000000.00', mode: 'license', contractDate: '2025-03-01' },
      { policy, asOf: '2025-06-01' },
    );
    expect(a.trace[0]!.zh).toBe('转化交易额（许可） ¥3,000,000.00 × 5% = 150000.00 元。');
    expect(a.trace[0]!.en).toBe('Transaction amount (licence) ¥3,000,000.00 × 5% = 150000.00 yuan.');
    const json = JSON.parse(JSON.stringify(a));
    expect(json.trace[0]).toEqual({
      clause: 'M5.1',
      step: 'share',
      zh: a.trace[0]!.zh,
      en: a.trace[0]!.en,
      values: { ...a.trace[0]!.values },
      parameters: ['M5.1.rate'],
    });
  });

  it('lists every failed condition at once, each with a code that has its text', () => {
    const a = assess(
      { provision: 'M1.1', recognizedOn: '2025-09-01' },
      { policy, fundingYear: 2023, asOf: '2025-06-01', alreadyPaid: true },
    );
    expect(a.eligible).toBe(false);
    expect(a.amount).toBe('0.00');
    expect(a.reasons.map((r) => r.code)).toEqual([
      'NOT_NEWLY_RECOGNIZED',
      'RECOGNITION_IN_FUTURE',
      'ALREADY_PAID',
    ]);
    expect(a.reasons.every((r) => r.clause === 'M1.1' && r.zh && r.en)).toBe(true);
    for (const r of a.reasons) expect(REASON_CODES).toContain(r.code);
    expect(typeof REASONS.ALREADY_PAID.en).toBe('function');
  });

  it('chooses the version by the application date, or the funding year — never by the claim date or today', () => {
    const a = assess(loan, { policy, fundingYear: 2025 });
    expect(a.asOf).toBe('2025-12-31');
    expect(a.fundingYear).toBe(2025);
    expect(assess(loan, { policy, asOf: '2025-04-01' }).fundingYear).toBe(2025);
    expect(() => run(loan, {})).toThrow(expect.objectContaining({ code: 'AS_OF_REQUIRED' }));
  });

  it('applies no policy unless told which', () => {
    expect(() => assess(loan as never, { fundingYear: 2025 } as never)).toThrow(
      expect.objectContaining({ code: 'POLICY_REQUIRED' }),
    );
  });

  it('refuses a misspelled context key instead of ignoring it', () => {
    expect(() => run(loan, { fundingYear: 2025, grantedThisYaer: '1.00' })).toThrow(
      expect.objectContaining({ code: 'CONTEXT_KEY_UNKNOWN' }),
    );
  });

  it('throws DomainError with zh/en messages for invalid input, never a number', () => {
    for (const [claim, code] of [
      [null, 'CLAIM_INVALID'],
      ['M7.4', 'CLAIM_INVALID'],
      [{ provision: 'M7.4' }, 'CLAIM_INVALID'],
      [{ ...loan, principal: '-5.00' }, 'MONEY_NEGATIVE'],
      [{ ...loan, repaidOn: '2024-01-01' }, 'DATE_ORDER'],
      [{ ...loan, extra: true }, 'CLAIM_INVALID'],
      [{ provision: 'M3.1' }, 'UNKNOWN_PROVISION'],
    ] as const) {
      try {
        run(claim, { fundingYear: 2025 });
        expect.unreachable(`${JSON.stringify(claim)} should throw`);
      } catch (e) {
        expect(e).toBeInstanceOf(DomainError);
        expect((e as DomainError).code).toBe(code);
        expect((e as DomainError).zh).toMatch(/[\u4e00-\u9fa5]/);
      }
    }
  });

  it('validates the context', () => {
    expect(() => run(loan, { fundingYear: 1999 })).toThrow(
      expect.objectContaining({ code: 'FUNDING_YEAR_INVALID' }),
    );
    expect(() => run(loan, { fundingYear: 2025.5 })).toThrow(
      expect.objectContaining({ code: 'FUNDING_YEAR_INVALID' }),
    );
    expect(() => run(loan, { fundingYear: 2025, grantedThisYear: '-1.00' })).toThrow(
      expect.objectContaining({ code: 'MONEY_NEGATIVE' }),
    );
    expect(() => run(loan, { asOf: '2025-02-30' })).toThrow(
      expect.objectContaining({ code: 'DATE_INVALID' }),
    );
  });

  it('names the field in Chinese in the message', () => {
    try {
      run({ ...loan, principal: '-5.00' }, { fundingYear: 2025 });
      expect.unreachable();
    } catch (e) {
      expect((e as DomainError).zh).toBe('贷款本金不能为负数（收到 -5.00）。');
      expect((e as DomainError).en).toBe('Principal must not be negative (got -5.00).');
    }
  });

  it('accepts exactly what the claim schema accepts: the quick check and the schema agree', () => {
    // What the schema only trims goes through the schema and comes back trimmed.
    const a = run({ provision: 'M1.4', patents: [' ZL201910123456.7 '] }, { fundingYear: 2025 });
    expect(a.trace[0]!.values.perItem).toBe('500000.00');
  });
});

describe('an agency claim with text lists (M11.1: the parks and the free services)', () => {
  const award = {
    provision: 'M11.1',
    recognizedOn: '2025-05-20',
    evaluationResult: 'good',
    parks: ['银川经济技术开发区'],
    freeServices: ['专利申请代理 12件', '专利信息分析 3次'],
  } as const;
  const at = { fundingYear: 2025, asOf: '2025-06-01' };

  it('pays the award and keeps the lists as written (trimmed)', () => {
    expect(run(award, at).amount).toBe('200000.00');
    const trimmed = run({ ...award, parks: ['  石嘴山高新区 '] }, at);
    expect(trimmed.eligible).toBe(true);
  });

  it('refuses an empty list, an empty entry and a repeated entry, naming the field in Chinese', () => {
    for (const [claim, code, zh] of [
      [{ ...award, parks: [] }, 'LIST_LENGTH', '托管园区须填写 1 至 50 项'],
      [{ ...award, parks: ['  '] }, 'ENTRY_LENGTH', '托管园区第 1 项'],
      [
        { ...award, freeServices: ['专利申请代理 12件', '专利申请代理 12件'] },
        'DUPLICATE_ITEM',
        '提供的无偿服务',
      ],
      [{ ...award, parks: Array.from({ length: 51 }, (_, i) => `园区${i}`) }, 'LIST_LENGTH', '收到 51 项'],
      [{ ...award, evaluationResult: 'failed' }, 'CLAIM_INVALID', 'evaluationResult'],
    ] as const) {
      try {
        run(claim, at);
        expect.unreachable(`${JSON.stringify(claim)} should throw`);
      } catch (e) {
        expect((e as DomainError).code).toBe(code);
        expect((e as DomainError).zh).toContain(zh);
      }
    }
  });

  it('is paid once per agency per year: a second claim that year is not eligible', () => {
    const a = run(award, { ...at, alreadyPaid: true });
    expect(a.eligible).toBe(false);
    expect(a.reasons.map((r) => r.code)).toContain('ALREADY_PAID');
  });
});

describe('titles under 分别 (M1.1–M1.3): the titleStacking reading', () => {
  const at = {
    fundingYear: 2025,
    asOf: '2025-06-01',
    paidTitles: [{ provision: 'M1.3', amount: '100000.00' }],
  };
  const reading = (value: string) =>
    ['M1.1', 'M1.2', 'M1.3'].reduce(
      (v, p) => withParameterValue(v, `${p}.titleStacking`, { effectiveFrom: '2024-01-01', value }),
      ningxia,
    );

  it('stacks by default: each title is paid its own amount', () => {
    expect(assess({ provision: 'M1.1', recognizedOn: '2025-04-01' }, { policy, ...at }).amount).toBe(
      '200000.00',
    );
  });

  it('就高不重复: a lower title after a higher one is not paid', () => {
    const a = assess(
      { provision: 'M1.3', recognizedOn: '2025-04-01' },
      { policy: reading('highest'), ...at, paidTitles: [{ provision: 'M1.1', amount: '200000.00' }] },
    );
    expect(a.reasons.map((r) => r.code)).toEqual(['HIGHER_TITLE_PAID']);
    expect(a.parameters.find((p) => p.id === 'M1.3.titleStacking')).toMatchObject({
      source: 'interpretation',
      value: 'highest',
    });
  });

  it('晋级补差: an upgrade pays the difference to the title already paid', () => {
    const a = assess(
      { provision: 'M1.1', recognizedOn: '2025-04-01' },
      { policy: reading('upgrade-difference'), ...at },
    );
    expect(a.amount).toBe('100000.00');
    expect(a.trace.map((s) => s.step)).toContain('upgradeDifference');
  });
});
