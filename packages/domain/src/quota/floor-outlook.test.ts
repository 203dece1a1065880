import { describe, expect, it } from 'vitest';
import { floorOutlook } from './floor-outlook.js';

const base = { floor: '1000000.00', budgetTotal: '1500000.00', year: 2026, today: '2026-12-02' };

describe('floorOutlook (a budget floor, M4.2)', () => {
  it('is met once granted reaches the floor', () => {
    expect(floorOutlook({ ...base, granted: '1000000.00', inReview: '0' })).toMatchObject({
      met: true,
      warning: null,
      shortfall: '0.00',
      daysLeft: 29,
    });
  });
  it('warns when even everything in review would not reach it', () => {
    expect(floorOutlook({ ...base, granted: '300000.00', inReview: '200000.00' })).toMatchObject({
      met: false,
      inReach: '500000.00',
      shortfall: '700000.00',
      warning: 'not-in-reach',
    });
    expect(floorOutlook({ ...base, granted: '300000.00', inReview: '700000.00' }).warning).toBeNull();
  });
  it('warns when the budget itself is below the floor, or none is set', () => {
    expect(
      floorOutlook({ ...base, budgetTotal: '800000.00', granted: '0', inReview: '900000.00' }).warning,
    ).toBe('budget-below-floor');
    expect(floorOutlook({ ...base, budgetTotal: null, granted: '0', inReview: '0' }).warning).toBe(
      'no-budget',
    );
  });
  it('says missed once the year is over (China time)', () => {
    expect(
      floorOutlook({ ...base, today: '2027-01-01', granted: '900000.00', inReview: '500000.00' }),
    ).toMatchObject({ warning: 'missed', daysLeft: 0 });
  });
});
