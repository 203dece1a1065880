import {
  aboutUpperBound,
  isGreenChannelIndustry,
  parameterAt,
  patentApplicationCheckChar,
  policyRegistry,
  type CalendarDate,
  type PolicyVersion,
} from '@huiqi/domain';
import type { Tx } from '../client.js';
import { priorityExamApplications, priorityExamTallies, type enterprises, type users } from '../schema.js';

type Enterprise = typeof enterprises.$inferSelect;
type User = typeof users.$inferSelect;

const TITLES: Readonly<Record<string, readonly [title: string, field: string]>> = {
  'equipment-manufacturing': ['一种煤矿井下智能巡检机器人', '智能装备'],
  'new-materials': ['一种高纯单晶硅棒的拉制方法', '半导体材料'],
  'clean-energy': ['一种光伏组件热斑在线检测装置', '光伏发电'],
  'digital-information': ['一种算力调度方法及系统', '云计算'],
  'modern-chemicals': ['一种煤基费托合成催化剂的制备方法', '煤化工'],
};
const OTHER: readonly [string, string] = ['一种枸杞鲜果低温保鲜方法', '农产品加工'];

/**
 * The demo's M2.1 year, sized from the registry (its provision, its number and tolerance): a few
 * fewer recommended than the number, passed ones waiting for the region (focus industries among
 * them and not), some waiting for their city, returned and not recommended — so the console's
 * ranking, recommending up to "about N" and the export all have something to show.
 */
export async function seedPriorityExam(
  tx: Tx,
  o: {
    version: PolicyVersion<unknown>;
    asOf: CalendarDate;
    year: number;
    enterprises: readonly Enterprise[];
    admins: readonly User[];
    regionAdmin: User;
  },
) {
  const provision = policyRegistry(o.version).recommendation;
  if (!provision) return;
  const target = Number(parameterAt(o.version, `${provision.id}.count`, o.asOf).value);
  const tolerance = parameterAt(o.version, `${provision.id}.tolerance`, o.asOf).value ?? '0';
  const plan: { status: string; n: number }[] = [
    { status: 'recommended', n: Math.max(0, target - 4) },
    { status: 'not-recommended', n: 3 },
    { status: 'passed', n: aboutUpperBound(target, tolerance) - target + 8 },
    { status: 'submitted', n: 6 },
    { status: 'returned', n: 2 },
  ];
  const pool = o.enterprises.filter((e) => e.status === 'verified');
  // Most of those waiting for their city are Yinchuan's, so its demo account has some to check.
  const waiting = pool.filter((e) => e.areaCode === '640100').slice(0, 4);
  const rest = pool.filter((e) => !waiting.includes(e));
  const take = (status: string, n: number) =>
    status === 'submitted'
      ? [...waiting, ...rest.splice(0, Math.max(0, n - waiting.length))]
      : rest.splice(0, n);
  const cityOf = (area: string) =>
    o.admins.find((u) => u.role === 'city-admin' && u.areaCode === area) ?? o.regionAdmin;
  const now = Date.now();
  const at = (daysAgo: number) => new Date(now - daysAgo * 86_400_000).toISOString();
  let k = 0;
  const rows: (typeof priorityExamApplications.$inferInsert)[] = [];
  let rank = 0;
  for (const { status, n } of plan) {
    for (const e of take(status, n)) {
      k++;
      // Some apply under a focus industry of M2, some under their own (another of 六新六特六优).
      const industry = k % 3 === 2 ? e.industry : (Object.keys(TITLES)[k % 5] ?? e.industry);
      const [title, field] = TITLES[industry] ?? OTHER;
      const first = `${o.year - (k % 2)}${k % 4 === 3 ? '2' : '1'}${String(1_000_000 + k * 7_919).slice(-7)}`;
      const checked = status !== 'submitted';
      const decided = status === 'recommended' || status === 'not-recommended';
      rows.push({
        year: o.year,
        enterpriseId: e.id,
        areaCode: e.areaCode,
        applicationNumbers: [`${first}.${patentApplicationCheckChar(first)}`],
        patentTitle: title,
        technicalField: field,
        industry,
        focusIndustry: isGreenChannelIndustry(industry),
        reason: '该专利技术拟于年内实现产业化，产品即将上市，需尽快获得授权以防范仿冒风险。',
        status,
        checkReason: status === 'returned' ? '请补充说明技术领域与产品的对应关系' : null,
        checkedBy: checked ? cityOf(e.areaCode).id : null,
        checkedAt: checked ? at(20 - (k % 10)) : null,
        rank: decided ? ++rank : null,
        decisionReason: status === 'not-recommended' ? '该申请已进入实质审查后期，优先审查意义不大' : null,
        decidedBy: decided ? o.regionAdmin.id : null,
        decidedAt: decided ? at(5 - (k % 5)) : null,
        createdBy: o.regionAdmin.id, // taken on the enterprises' behalf (they have no accounts in the demo)
        submittedAt: at(30 - (k % 20)),
      });
    }
  }
  if (!rows.length) return;
  await tx.insert(priorityExamApplications).values(rows);
  await tx
    .insert(priorityExamTallies)
    .values({ year: o.year, recommended: rows.filter((r) => r.status === 'recommended').length });
}
