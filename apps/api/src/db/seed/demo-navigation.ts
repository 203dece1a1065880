import { assess, builtInPolicies, Money, ningxia, policyRegistry, type CalendarDate } from '@huiqi/domain';
import { ningxiaDemo } from '@huiqi/domain/demo';
import type { Tx } from '../client.js';
import { claims, attachments, navigationReports, reviews } from '../schema.js';
import { ledger } from '../../lib/ledger.js';
import type { DemoEvidence } from './demo-evidence.js';

type Enterprise = { id: string; areaCode: string; name: string };

/**
 * The demo's patent navigation projects (the provisions whose amount the region sets, from the
 * registry), each plan its module's demo example, under the demo budget it declares (somewhat above
 * the floor, inserted with the other provisions' budgets): one approved project of the demo
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
    const projects = [
      { e: o.demo, status: 'approved' as const, amount: '270000.00', report: false },
      { e: o.others[0]!, status: 'approved' as const, amount: '230000.00', report: true },
      { e: o.others[1]!, status: 'city-approved' as const, amount: null, report: false },
      { e: o.others[2]!, status: 'submitted' as const, amount: null, report: false },
    ];
    for (const [i, p] of projects.entries()) {
      const claim = ningxiaDemo
        .of(id)
        .exampleClaim({ index: i, random: () => 0, fundingYear: o.year, today: o.asOf });
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
