import { describe, expect, it } from 'vitest';
import { failure, startHarness, useHarness } from '../../test-support/harness.js';

const h = useHarness();

describe('policy, LPR and the calculator', () => {
  it('publishes the policy with every provision and parameter (public)', async () => {
    const p = await h.client().policy.get();
    const v = p.versions[0] as { provisions: { id: string }[] };
    expect(v.provisions).toHaveLength(32);
    expect((await h.client().policy.lpr()).confirmedThrough).toBe('2025-12-22');
  });

  it('assesses without login, with the trace', async () => {
    const a = await h.client().policy.assess({
      claim: {
        provision: 'M7.4',
        principal: '10000000.00',
        pledgeShareRatio: '0.6',
        disbursedOn: '2024-03-15',
        repaidOn: '2025-03-15',
        interestPaid: '350000.00',
      },
      context: { fundingYear: 2025, asOf: '2025-04-01' },
    });
    expect(a.amount).toBe('209875.00');
    expect(a.trace.length).toBeGreaterThan(5);
  });

  it('answers bad input with 4xx and the domain code', async () => {
    expect(
      await failure(h.client().policy.assess({ claim: { provision: 'M7.5', evaluationFeePaid: '1.234' } })),
    ).toMatchObject({ status: 422, code: 'MONEY_INVALID' });
    const early = await failure(
      h.client().policy.assess({
        claim: { provision: 'M7.5', evaluationFeePaid: '1.00' },
        context: { fundingYear: 1999 },
      }),
    );
    expect(early).toMatchObject({ status: 400 });
    expect(early.zh).toMatch(/context\.fundingYear — 数值过小/); // in Chinese too, with where
    const res = await h.app.request('/api/assess', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"claim":',
    });
    expect(res.status).toBe(400);
    const big = await h.app.request('/api/assess', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        claim: { provision: 'M1.4', patents: Array.from({ length: 30000 }, (_, i) => `ZL${i}`) },
      }),
    });
    expect(big.status).toBe(413);
  });

  it('a region admin adds a dated value (never backdated); assessments on its date use it', async () => {
    const region = await h.as('region');
    const tomorrow = new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10);
    expect(
      await failure(
        region.policy.addParameterValue({
          parameterId: 'M7.5.rate',
          effectiveFrom: '2024-01-01',
          value: '0.8',
          note: '测试',
        }),
      ),
    ).toMatchObject({ status: 422, code: 'BACKDATED' });
    expect(
      await failure(
        region.policy.addParameterValue({
          parameterId: 'M7.5.rate',
          effectiveFrom: tomorrow,
          value: '1.8',
          note: '测试',
        }),
      ),
    ).toMatchObject({ status: 422, code: 'POLICY_INVALID' });
    await region.policy.addParameterValue({
      parameterId: 'M7.5.rate',
      effectiveFrom: tomorrow,
      value: '0.8',
      note: '自治区财政厅文件',
    });
    expect(
      await failure(
        region.policy.addParameterValue({
          parameterId: 'M7.5.rate',
          effectiveFrom: tomorrow,
          value: '0.7',
          note: 'again',
        }),
      ),
    ).toMatchObject({ status: 409 });
    const claim = { provision: 'M7.5', evaluationFeePaid: '1000.00' };
    expect((await h.client().policy.assess({ claim, context: { asOf: '2025-06-01' } })).amount).toBe(
      '900.00',
    );
    expect((await h.client().policy.assess({ claim, context: { asOf: tomorrow } })).amount).toBe('800.00');
  });

  it('only a region admin edits the policy', async () => {
    const city = await h.as('yinchuan');
    expect(
      await failure(
        city.policy.addParameterValue({
          parameterId: 'M7.5.rate',
          effectiveFrom: '2099-01-01',
          value: '0.8',
          note: 'x',
        }),
      ),
    ).toMatchObject({ status: 403 });
    expect(
      await failure(h.client().policy.addLpr({ publishedOn: '2026-01-20', rate: '3.00' })),
    ).toMatchObject({ status: 401 });
  });

  it('a new LPR publication extends the table; implausible rates are refused', async () => {
    const region = await h.as('region');
    expect(await failure(region.policy.addLpr({ publishedOn: '2026-01-20', rate: '13.00' }))).toMatchObject({
      status: 422,
      code: 'IMPLAUSIBLE_RATE',
    });
    await region.policy.addLpr({ publishedOn: '2026-01-20', rate: '2.95' });
    const lpr = await h.client().policy.lpr();
    expect(lpr.confirmedThrough).toBe('2026-01-20');
    expect(lpr.publications.at(-1)).toEqual({ publishedOn: '2026-01-20', rate: '2.95' });
  });
});

describe('the public policy document', () => {
  it('carries an ETag, answers 304 to a client that has it, and a new parameter value changes it at once', async () => {
    const h2 = await startHarness();
    try {
      const first = await h2.app.request('http://huiqi.test/api/policy');
      const etag = first.headers.get('etag')!;
      expect(first.headers.get('cache-control')).toBe('no-cache');
      expect(
        (await h2.app.request('http://huiqi.test/api/policy', { headers: { 'if-none-match': etag } })).status,
      ).toBe(304);
      await (
        await h2.as('region')
      ).policy.addParameterValue({
        parameterId: 'M7.5.rate',
        effectiveFrom: '2099-01-01',
        value: '0.8',
        note: '终稿调整',
      });
      const after = await h2.app.request('http://huiqi.test/api/policy', {
        headers: { 'if-none-match': etag },
      });
      expect(after.status).toBe(200);
      expect(after.headers.get('etag')).not.toBe(etag);
      expect(await after.text()).toContain('2099-01-01');
    } finally {
      await h2.close();
    }
  });
});
