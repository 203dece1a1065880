import { describe, expect, it } from 'vitest';
import { failure, useHarness } from '../../test-support/harness.js';

const h = useHarness();

describe('funding rounds and budgets', () => {
  it('a region admin opens a round for claimable provisions only', async () => {
    const region = await h.as('region');
    const r = await region.rounds.create({
      year: h.year + 1,
      name: '下一年度申报',
      opensOn: `${h.year + 1}-03-01`,
      closesOn: `${h.year + 1}-05-31`,
      provisions: ['M5.1', 'M7.4'],
    });
    expect(r).toMatchObject({ open: false, provisions: ['M5.1', 'M7.4'] });
    expect((await h.client().rounds.list()).items.map((x) => x.id)).toContain(r.id);
    expect(
      await failure(
        region.rounds.create({
          year: h.year,
          name: '服务类',
          opensOn: `${h.year}-01-01`,
          closesOn: `${h.year}-12-31`,
          provisions: ['M9.2'],
        }),
      ),
    ).toMatchObject({ status: 422, code: 'NOT_CLAIMABLE' });
    expect(
      await failure(
        region.rounds.create({
          year: h.year,
          name: '倒序',
          opensOn: `${h.year}-12-01`,
          closesOn: `${h.year}-01-01`,
          provisions: ['M5.1'],
        }),
      ),
    ).toMatchObject({ status: 400 });
  });

  it('a claim in a round that is not open is refused', async () => {
    const region = await h.as('region');
    const r = await region.rounds.create({
      year: h.year + 2,
      name: '未开放',
      opensOn: `${h.year + 2}-03-01`,
      closesOn: `${h.year + 2}-05-31`,
      provisions: ['M7.5'],
    });
    const { client } = await h.enterprise();
    expect(
      await failure(
        client.claims.create({
          roundId: r.id,
          claim: { provision: 'M7.5', evaluationFeePaid: '1.00' },
        }),
      ),
    ).toMatchObject({ status: 422, code: 'ROUND_CLOSED' });
  });

  it('budgets are set once per provision and year, and show what is available', async () => {
    const region = await h.as('region');
    const b = await region.budgets.create({ provision: 'M1.8', year: h.year, total: '500000.00' });
    expect(b).toMatchObject({ total: '500000.00', reserved: '0.00', posted: '0.00', available: '500000.00' });
    expect(
      await failure(region.budgets.create({ provision: 'M1.8', year: h.year, total: '1.00' })),
    ).toMatchObject({ status: 409 });
    expect(
      await failure(region.budgets.create({ provision: 'M1.8', year: h.year + 1, total: '-1.00' })),
    ).toMatchObject({ status: 400 });
    expect(
      (await (await h.as('auditor')).budgets.list({ year: h.year })).items.find(
        (x) => x.provision === 'M1.8',
      ),
    ).toBeTruthy();
  });
});
