import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors/domain-error.js';
import { assess } from './assess.js';

const loan = { provision: 'M7.4', principal: '10000000.00', pledgeShareRatio: '0.6', disbursedOn: '2024-03-15', repaidOn: '2025-03-15', interestPaid: '350000.00' };

describe('assess', () => {
  it('explains the M7.4 worked example step by step, with clause ids and the values used', () => {
    const a = assess(loan, { fundingYear: 2025, asOf: '2025-04-01' });
    expect(a.amount).toBe('209875.00');
    expect(a.trace.map((s) => Object.keys(s.values)[0])).toEqual(['disbursedOn', 'loanDays', 'principal', 'interestPaid', 'pledgeShareRatio', 'cap', 'exact']);
    expect(a.trace[0]!.zh).toContain('3.45%');
    expect(a.trace[2]!.values.interestAtLpr).toMatch(/^349791\.6666/);
    expect(a.parameters.map((p) => p.id).sort()).toEqual(['M7.4.annualCap', 'M7.4.dayCountBasis', 'M7.4.maxDays']);
    expect(a).toMatchObject({ policyVersion: 'ningxia-2023-draft', asOf: '2025-04-01', fundingYear: 2025 });
  });

  it('lists every failed condition at once', () => {
    const a = assess({ provision: 'M1.1', recognizedOn: '2025-09-01' }, { fundingYear: 2023, asOf: '2025-06-01', alreadyPaid: true });
    expect(a.eligible).toBe(false);
    expect(a.amount).toBe('0.00');
    expect(a.reasons.map((r) => r.code)).toEqual(['NOT_NEWLY_RECOGNIZED', 'RECOGNITION_IN_FUTURE', 'ALREADY_PAID']);
    expect(a.reasons.every((r) => r.clause === 'M1.1' && r.zh && r.en)).toBe(true);
  });

  it('defaults asOf to the claim date and the funding year to its year', () => {
    const a = assess(loan);
    expect(a.asOf).toBe('2025-03-15');
    expect(a.fundingYear).toBe(2025);
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
        assess(claim);
        expect.unreachable(`${JSON.stringify(claim)} should throw`);
      } catch (e) {
        expect(e).toBeInstanceOf(DomainError);
        expect((e as DomainError).code).toBe(code);
        expect((e as DomainError).zh).toMatch(/[\u4e00-\u9fa5]/);
      }
    }
  });

  it('validates the context', () => {
    expect(() => assess(loan, { fundingYear: 1999 })).toThrow(expect.objectContaining({ code: 'FUNDING_YEAR_INVALID' }));
    expect(() => assess(loan, { fundingYear: 2025.5 })).toThrow(expect.objectContaining({ code: 'FUNDING_YEAR_INVALID' }));
    expect(() => assess(loan, { grantedThisYear: '-1.00' })).toThrow(expect.objectContaining({ code: 'MONEY_NEGATIVE' }));
    expect(() => assess(loan, { asOf: '2025-02-30' })).toThrow(expect.objectContaining({ code: 'DATE_INVALID' }));
  });

  it('names the field in Chinese in the message', () => {
    try {
      assess({ ...loan, principal: '-5.00' });
    } catch (e) {
      expect((e as DomainError).zh).toBe('贷款本金不能为负数（收到 -5.00）。');
      expect((e as DomainError).en).toBe('Principal must not be negative (got -5.00).');
    }
  });
});
