import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { useHarness } from '../../test-support/harness.js';

/** Deep pages take another path (ids first, then rows): both paths give the same order, no gaps, no repeats. */
const h = useHarness();
beforeAll(async () => {
  const { enterprise } = await h.enterprise();
  await h.db.execute(sql`
    insert into claims (enterprise_id, round_id, provision, status, claim, area_code, funding_year, assessed_amount, submitted_at)
    select ${enterprise.id}, ${h.round.id}, 'M7.5', 'submitted', '{"provision":"M7.5","evaluationFeePaid":"100.00"}'::jsonb, '640100', ${h.year},
           (g % 97)::numeric(18,2), now() - (g || ' seconds')::interval
    from generate_series(1, 1100) g`);
});

describe('paging through a long list', () => {
  it('page 51 of 20 by amount (past offset 1000) is exactly rows 1001–1020 of the full order', async () => {
    const region = await h.as('region');
    const all = (await h.db.execute(
      sql`select id from claims order by assessed_amount desc, id desc`,
    )) as unknown as { rows: { id: string }[] };
    const expected = all.rows.slice(1000, 1020).map((r) => r.id);
    const deep = await region.claims.list({
      page: 51,
      pageSize: 20,
      sort: 'assessedAmount',
      order: 'desc',
    } as never);
    expect(deep.items.map((x) => x.id)).toEqual(expected);
    expect(deep.total).toBe(all.rows.length);
    // The page before the switch (offset 980) joins up with it without a gap or a repeat.
    const before = await region.claims.list({
      page: 50,
      pageSize: 20,
      sort: 'assessedAmount',
      order: 'desc',
    } as never);
    expect([...before.items, ...deep.items].map((x) => x.id)).toEqual(
      all.rows.slice(980, 1020).map((r) => r.id),
    );
    expect(deep.items.every((x) => x.enterpriseName.startsWith('测试企业'))).toBe(true);
  });
});
