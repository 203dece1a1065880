import { describe, expect, it } from 'vitest';
import { assess } from '../../../rules/assess.js';
import { builtInPolicies, findProvision, versionInForce } from '../../policy-book.js';
import { policyRegistry } from '../../registry.js';
import { secondProvince } from './version.js';

describe('a second province as data only', () => {
  it('is its own region, with its own areas and clause texts', () => {
    expect(secondProvince).toMatchObject({ region: '620000', regionName: { zh: '甘肃省' } });
    expect(secondProvince.areas.map((a) => a.code)).toEqual(['620100', '620200', '620300']);
    expect(findProvision(secondProvince, 'M1.1').clause).toContain('30万元');
  });

  it('lists the added provision and not the removed one, in the registry too', () => {
    const ids = secondProvince.provisions.map((p) => p.id);
    expect(ids).toContain('GS14.1');
    expect(ids).not.toContain('M7.2');
    const registry = policyRegistry(secondProvince);
    expect(registry.claimProvisionIds).toContain('GS14.1');
    expect(registry.once.get('GS14.1')).toBe('per-funding-year');
    expect(registry.agencyProvisions.has('GS14.1')).toBe(true);
    expect(registry.budgetFloors.map((b) => b.id)).toEqual(['M4.2']);
  });

  it('in one book with Ningxia, the region picks the version; without it the book refuses to guess', () => {
    const book = [...builtInPolicies, secondProvince];
    const claim = { provision: 'M1.1', recognizedOn: '2025-04-10' } as const;
    expect(assess(claim, { policy: book, region: '620000', asOf: '2025-06-01' }).amount).toBe('300000.00');
    expect(assess(claim, { policy: book, region: '640000', asOf: '2025-06-01' }).amount).toBe('200000.00');
    expect(() => assess(claim, { policy: book, asOf: '2025-06-01' })).toThrow(
      expect.objectContaining({ code: 'POLICY_REGION_REQUIRED' }),
    );
    expect(() => versionInForce(book, '2025-06-01', '110000')).toThrow(
      expect.objectContaining({ code: 'POLICY_REGION_UNKNOWN' }),
    );
    expect(() =>
      assess({ provision: 'M7.2' } as never, { policy: secondProvince, asOf: '2025-06-01' }),
    ).toThrow(expect.objectContaining({ code: 'UNKNOWN_PROVISION' }));
  });
});
