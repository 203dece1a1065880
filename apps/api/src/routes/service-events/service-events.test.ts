import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { useHarness } from '../../test-support/harness.js';

const h = useHarness();

describe("agencies' events seen by officials", () => {
  it('with attendance, scoped: a city sees its own enterprises among the attendees; counted per provision', async () => {
    const a = await h.enterprise();
    const b = await h.enterprise({ areaCode: '640400' });
    const agency = await h.as('agency');
    const event = await agency.agency.createEvent({
      clientId: randomUUID(),
      kind: 'campaign',
      title: '知识产权服务万里行·银川站',
      heldOn: `${h.year}-01-02`,
      place: '银川市民大厅',
      enterpriseIds: [a.enterprise.id, b.enterprise.id],
    });
    await agency.agency.createEvent({
      clientId: randomUUID(),
      kind: 'training',
      title: '专利导航实务培训',
      heldOn: `${h.year - 1}-06-01`,
      place: '银川',
      enterpriseIds: [a.enterprise.id],
    });

    const region = await h.as('region');
    const all = await region.serviceEvents.list({ year: h.year });
    expect(all.items.map((e) => e.id)).toEqual([event.id]);
    expect(all.items[0]).toMatchObject({ provision: 'M11.2', attendance: 2, agency: { areaCode: '640100' } });
    expect(all.totals).toEqual([{ provision: 'M11.2', events: 1, enterprises: 2 }]);

    const guyuan = await h.as('guyuan');
    const theirs = await guyuan.serviceEvents.list({ year: h.year });
    expect(theirs.items[0]!.attendance).toBe(2);
    expect(theirs.items[0]!.attendees.map((x) => x.id)).toEqual([b.enterprise.id]);
    expect(theirs.totals).toEqual([{ provision: 'M11.2', events: 1, enterprises: 1 }]);

    const lastYear = await region.serviceEvents.list({ year: h.year - 1, provision: 'M4.1' });
    expect(lastYear.totals).toEqual([{ provision: 'M4.1', events: 1, enterprises: 1 }]);
    const ningdong = await region.serviceEvents.list({ year: h.year, provision: 'M4.1' });
    expect(ningdong.items).toEqual([]);
  });
});
