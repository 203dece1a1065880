import type { HuiqiClient } from '@huiqi/api-client';
import { describe, expect, it } from 'vitest';
import { useHarness } from '../../../test-support/harness.js';

// M13.1 counts every record kind a provision declares through the registry: the generic records
// (the region's matchmaking events, its mutual-aid funds) and a kind kept by its own flow (M9.3's
// adjudication register), each its provision's figure on the scorecard with its records behind it.

const h = useHarness();

type Card = Awaited<ReturnType<HuiqiClient['reports']['scorecard']>>;
const figure = (card: Card, provision: string, id: string) =>
  card.measures.find((m) => m.provision === provision && m.figure === id);

describe('the scorecard’s records source (M13.1)', () => {
  it('counts the region’s matchmaking event by the distinct enterprises attending, each in its own area', async () => {
    const [a, b, c] = await Promise.all([
      h.enterprise({ areaCode: '640100' }),
      h.enterprise({ areaCode: '640100' }),
      h.enterprise({ areaCode: '640400' }),
    ]);
    const region = await h.as('region');
    const before = figure(
      await region.reports.scorecard({ fundingYear: h.year }),
      'M5.2',
      'matchmaking-event',
    );
    expect(before, 'the record kind is a figure of its provision, not waiting').toBeDefined();
    await region.records.create({
      kind: 'matchmaking-event',
      data: {
        title: '高校院所与专精特新企业专利对接会',
        place: '银川iBi育成中心',
        heldOn: `${h.year}-01-03`,
        institutions: ['宁夏大学', '北方民族大学'],
        enterprises: [a.enterprise.id, b.enterprise.id, c.enterprise.id],
      },
    });
    const card = await region.reports.scorecard({ fundingYear: h.year });
    const m = figure(card, 'M5.2', 'matchmaking-event')!;
    expect(m).toMatchObject({ unit: 'enterprises', rule: 'reported', goal: null, met: null });
    expect(Number(m.value) - Number(before!.value)).toBe(3);
    const area = (code: string) => Number(m.areas.find((x) => x.areaCode === code)!.value);
    const areaBefore = (code: string) => Number(before!.areas.find((x) => x.areaCode === code)!.value);
    expect(area('640100') - areaBefore('640100')).toBe(2);
    expect(area('640400') - areaBefore('640400')).toBe(1);
    expect(card.untracked.map((u) => u.figure?.zh)).not.toContain('高校院所与企业对接活动');

    const drill = await region.reports.scorecardRecords({
      fundingYear: h.year,
      provision: 'M5.2',
      figure: 'matchmaking-event',
    });
    const mine = drill.items.filter((i) => i.what.zh.includes('高校院所与专精特新企业专利对接会'));
    expect(mine.map((i) => i.enterpriseId).sort()).toEqual(
      [a.enterprise.id, b.enterprise.id, c.enterprise.id].sort(),
    );
    expect(mine.every((i) => i.ref.kind === 'record')).toBe(true);
    // A city's drill-down is its own area's.
    const gy = await h.as('guyuan');
    const theirs = await gy.reports.scorecardRecords({
      fundingYear: h.year,
      provision: 'M5.2',
      figure: 'matchmaking-event',
    });
    expect(theirs.items.every((i) => i.areaCode === '640400')).toBe(true);
    expect(theirs.items.map((i) => i.enterpriseId)).toContain(c.enterprise.id);
  });

  it('counts a region-wide record in the region’s figure and in no area’s; a kind of its own flow from its table', async () => {
    const region = await h.as('region');
    const before = await region.reports.scorecard({ fundingYear: h.year });
    await region.records.create({
      kind: 'mutual-aid-fund',
      data: {
        name: '宁夏知识产权海外维权互助基金',
        founders: ['宁夏知识产权保护中心', '宁夏某新材料有限公司'],
        size: '5000000.00',
        establishedOn: `${h.year}-01-04`,
        rules: '会员企业按年缴纳互助金，海外纠纷发生时按章程垫付维权费用。',
      },
    });
    const mine = await h.enterprise({ areaCode: '640100' });
    const city = await h.as('yinchuan');
    await city.adjudication.create({
      requester: { enterpriseId: mine.enterprise.id },
      respondent: { name: '某某机械制造有限公司' },
      patentNumber: 'ZL202310123456.7',
      patentTitle: '一种高强度耐磨合金的制备方法',
      assertedClaims: '权利要求1—3',
      requests: '责令被请求人立即停止制造、销售侵权产品。',
      receivedOn: `${h.year}-01-05`,
    });
    const after = await region.reports.scorecard({ fundingYear: h.year });
    const fund = (c: Card) => figure(c, 'M10.2', 'mutual-aid-fund')!;
    expect(Number(fund(after).value) - Number(fund(before).value)).toBe(1);
    expect(fund(after).areas.map((a) => a.value)).toEqual(fund(before).areas.map((a) => a.value));
    const cases = (c: Card) => figure(c, 'M9.3', 'adjudication-case')!;
    expect(Number(cases(after).value) - Number(cases(before).value)).toBe(1);
    const yc = (c: Card) => Number(cases(c).areas.find((a) => a.areaCode === '640100')!.value);
    expect(yc(after) - yc(before)).toBe(1);

    const drill = await region.reports.scorecardRecords({
      fundingYear: h.year,
      provision: 'M10.2',
      figure: 'mutual-aid-fund',
    });
    expect(drill.items).toContainEqual(
      expect.objectContaining({
        areaCode: null,
        what: expect.objectContaining({ zh: '海外维权互助基金：宁夏知识产权海外维权互助基金' }),
      }),
    );
    // A city sees the region's own record in the region's figure (the figure is regional).
    const cityCard = await city.reports.scorecard({ fundingYear: h.year });
    expect(fund(cityCard).value).toBe(fund(after).value);
  });
});
