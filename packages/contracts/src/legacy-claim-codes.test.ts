import { describe, expect, it } from 'vitest';
import { currentClaimCode, withLegacyClaimCode } from './legacy-claim-codes.js';

describe('claim codes of audit rows written before migration 0022', () => {
  it('asks for both vocabularies for a claim code, one code for any other', () => {
    expect(withLegacyClaimCode('claim')).toEqual(['claim', 'application']);
    expect(withLegacyClaimCode('claim.paid')).toEqual(['claim.paid', 'application.paid']);
    expect(withLegacyClaimCode('claims.x')).toEqual(['claims.x']);
    expect(withLegacyClaimCode('review.city.approve')).toEqual(['review.city.approve']);
  });
  it('reads an old code under its current name and leaves the rest alone', () => {
    expect(currentClaimCode('application')).toBe('claim');
    expect(currentClaimCode('application.clawed-back')).toBe('claim.clawed-back');
    expect(currentClaimCode('claim.paid')).toBe('claim.paid');
    expect(currentClaimCode('priority-exam.passed')).toBe('priority-exam.passed');
    expect(currentClaimCode('applications')).toBe('applications');
  });
});
