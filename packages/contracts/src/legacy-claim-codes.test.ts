import { describe, expect, it } from 'vitest';
import { currentCode, withLegacy } from './legacy-claim-codes.js';

describe('claim codes of audit rows written before migration 0022', () => {
  it('asks for both vocabularies for a claim code, one code for any other', () => {
    expect(withLegacy('claim')).toEqual(['claim', 'application']);
    expect(withLegacy('claim.paid')).toEqual(['claim.paid', 'application.paid']);
    expect(withLegacy('claims.x')).toEqual(['claims.x']);
    expect(withLegacy('review.city.approve')).toEqual(['review.city.approve']);
  });
  it('reads an old code under its current name and leaves the rest alone', () => {
    expect(currentCode('application')).toBe('claim');
    expect(currentCode('application.clawed-back')).toBe('claim.clawed-back');
    expect(currentCode('claim.paid')).toBe('claim.paid');
    expect(currentCode('priority-exam.passed')).toBe('priority-exam.passed');
    expect(currentCode('applications')).toBe('applications');
  });
});
