import {
  assess,
  builtInPolicies,
  Money,
  ningxia,
  parameterAt,
  policyRegistry,
  type CalendarDate,
} from '@huiqi/domain';
import type { Tx } from '../client.js';
import { claims, attachments, budgets, navigationReports, reviews } from '../schema.js';
import { ledger } from '../../lib/ledger.js';
import type { DemoEvidence } from './demo-evidence.js';

type Enterprise = { id: string; areaCode: string; name: string };

/** Plans the demo's navigation projects are made from (the 六新六特六优 industries the field lists). */
const PLANS = [
  {
    projectName: '高纯电子级多晶硅关键技术攻关专利导航',
    coreTechnologies: ['电子级多晶硅提纯', '冷氢化工艺'],
    industry: 'new-materials',
    navigationScope: ['多晶硅提纯工艺', '光伏材料产业链'],
    budgetRequested: '300000.00',
    undertaker: 'service-base',
    team: ['张明 宁夏专利导航服务基地 项目负责人', '李华 本企业 技术分析'],
  },
  {
    projectName: '枸杞多糖高值化提取专利导航',
    coreTechnologies: ['枸杞多糖提取纯化'],
    industry: 'goji',
    navigationScope: ['枸杞功能食品', '植物多糖提取装备'],
    budgetRequested: '250000.00',
    undertaker: 'enterprise',
    team: ['王芳 本企业 项目负责人', '赵磊 本企业 专利分析'],
  },
  {
    projectName: '煤基新材料催化剂专利导航',
    coreTechnologies: ['费托合成催化剂', '煤制烯烃分离'],
    industry: 'modern-chemicals',
    navigationScope: ['煤化工催化剂', '宁东能源化工产业链'],
    budgetRequested: '280000.00',
    undertaker: 'service-base',
    team: ['刘强 宁夏专利导航服务基地 项目负责人', '陈静 本企业 研发负责人'],
  },
  {
    projectName: '酿酒葡萄低醇发酵专利导航',
    coreTechnologies: ['低醇葡萄酒发酵控制'],
    industry: 'wine',
    navigationScope: ['葡萄酒酿造工艺'],
    budgetRequested: '200000.00',
    undertaker: 'enterprise',
    team: ['孙丽 本企业 项目负责人'],
  },
] as const;

/**
 * The demo's patent navigation projects (the provisions whose amount the region sets, from the
 * registry): the year's budget somewhat above the floor; one approved project of the demo
 * enterprise with its report still to file, one approved with its report filed, one awaiting the
 * region's amount and one the city's review — so the year stays short of the floor and the console
 * warns, as a region would see it in December.
 */
export async function seedNavigationProjects(
  tx: Tx,
  o: {
    year: number;
    asOf: CalendarDate;
    roundId: string;
    demo: Enterprise;
    others: readonly Enterprise[];
    regionAdminId: string;
    evidence: readonly DemoEvidence[];
  },
) {
  for (const id of policyRegistry(ningxia).reviewerSetsAmount) {
    const floor = parameterAt(ningxia, `${id}.floor`, `${o.year}-12-31`).value!;
    await tx
      .insert(budgets)
      .values({ provision: id, year: o.year, total: Money.of(floor).times('1.2').round().toString() });
    const projects = [
      { e: o.demo, status: 'approved' as const, amount: '270000.00', report: false },
      { e: o.others[0]!, status: 'approved' as const, amount: '230000.00', report: true },
      { e: o.others[1]!, status: 'city-approved' as const, amount: null, report: false },
      { e: o.others[2]!, status: 'submitted' as const, amount: null, report: false },
    ];
    for (const [i, p] of projects.entries()) {
      const plan = PLANS[i]!;
      const claim = {
        provision: id,
        ...plan,
        coreTechnologies: [...plan.coreTechnologies],
        navigationScope: [...plan.navigationScope],
        team: [...plan.team],
        startsOn: `${o.year}-03-01`,
        endsOn: `${o.year}-11-30`,
      };
      const a = assess(claim as never, { policy: builtInPolicies, fundingYear: o.year, asOf: o.asOf });
      const ceiling = a.amount;
      const [app] = await tx
        .insert(claims)
        .values({
          enterpriseId: p.e.id,
          roundId: o.roundId,
          provision: id,
          status: p.status,
          claim,
          assessment: a,
          assessedAmount: ceiling,
          approvedAmount: p.status === 'submitted' ? null : (p.amount ?? ceiling),
          amountReason: p.amount ? '按导航范围与进度安排核定，核减外围检索经费' : null,
          areaCode: p.e.areaCode,
          fundingYear: o.year,
          submittedAt: new Date(Date.now() - (20 - i * 4) * 86_400_000).toISOString(),
        })
        .returning();
      const budget = { provision: id, year: o.year, claimId: app!.id, requestId: 'seed' };
      if (o.evidence.length)
        await tx
          .insert(attachments)
          .values(o.evidence.map((f) => ({ ...f, claimId: app!.id, uploadedBy: o.regionAdminId })));
      if (p.status === 'submitted') continue;
      await ledger(tx, 'reserve', { ...budget, amount: ceiling });
      await tx.insert(reviews).values({
        claimId: app!.id,
        stage: 'city',
        decision: 'approve',
        comment: '实施方案完整，导航范围明确，同意报送自治区。',
        amount: ceiling,
        reviewerId: o.regionAdminId,
      });
      if (p.status !== 'approved') continue;
      await ledger(tx, 'post', { ...budget, amount: p.amount! });
      await ledger(tx, 'void', { ...budget, amount: Money.of(ceiling).minus(p.amount!).toString() });
      await tx.insert(reviews).values({
        claimId: app!.id,
        stage: 'region',
        decision: 'approve',
        comment: '同意立项，按核定金额安排专项资金。',
        amount: p.amount,
        reviewerId: o.regionAdminId,
      });
      if (p.report && o.evidence.length) {
        const f = o.evidence.find((x) => x.mime === 'application/pdf') ?? o.evidence[0]!;
        await tx.insert(navigationReports).values({
          claimId: app!.id,
          summary:
            '检索分析枸杞多糖提取相关专利 860 件，识别核心专利 42 件，提出两条研发路径和一项侵权风险预警，建议围绕低温膜分离工艺布局。',
          filename: '专利导航报告（示例）.pdf',
          mime: f.mime,
          size: f.size,
          sha256: f.sha256,
          // Filed on paper at the region's service window and scanned in, like the others' evidence.
          filedBy: o.regionAdminId,
        });
      }
    }
  }
}
