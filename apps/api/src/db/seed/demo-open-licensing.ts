import { patentApplicationCheckChar } from '@huiqi/domain';
import type { Tx } from '../client.js';
import { licenceInterests, licenceOffers, type enterprises } from '../schema.js';
import { notify, notifyEach } from '../../lib/notify.js';

type Enterprise = typeof enterprises.$inferSelect;

const patent = (first12: string) => `ZL${first12}.${patentApplicationCheckChar(first12)}`;

/**
 * The demo's M5.2 open licensing: patents of universities, institutes and an enterprise listed by
 * the region for this year and the next two, interests from enterprises (taken down by the region
 * for the enterprises without accounts), and licences concluded — the demo enterprise's one
 * concluded licence starts its M5.1 claim on the portal, another interest is still open, and a
 * third is in an offer the region withdrew (the listing hides it; the enterprise was told why).
 */
export async function seedOpenLicensing(
  tx: Tx,
  o: {
    year: number;
    today: string;
    provision: string;
    enterprises: Enterprise[];
    demoEnterprise: Enterprise;
    demoUserId: string;
    regionAdminId: string;
  },
) {
  const verified = o.enterprises.filter((e) => e.status === 'verified' && e.id !== o.demoEnterprise.id);
  const licensorEnterprise = verified[0]!;
  const period = { periodFrom: `${o.year}-01-01`, periodTo: `${o.year + 2}-12-31` };
  const base = { provision: o.provision, year: o.year, createdBy: o.regionAdminId, ...period };
  const offers = await tx
    .insert(licenceOffers)
    .values([
      {
        ...base,
        patentNumber: patent(`${o.year - 3}10345678`),
        patentTitle: '一种煤基碳材料的低温催化石墨化方法',
        technicalField: '新型材料',
        description: '在 1600 ℃ 以下完成石墨化，能耗约为传统工艺的一半，适用于锂电池负极材料。',
        licensorName: '宁夏大学',
        licensorKind: 'university',
        feeKind: 'lump-sum',
        feeAmount: '80000.00',
        areaCode: '640100',
      },
      {
        ...base,
        patentNumber: patent(`${o.year - 2}10567123`),
        patentTitle: '枸杞多糖的高效分离纯化工艺',
        technicalField: '生物医药',
        licensorName: '北方民族大学',
        licensorKind: 'university',
        feeKind: 'royalty',
        feeRate: '0.0300',
        areaCode: '640100',
        // Amended once by the region (its royalty lowered): the listing shows when.
        amendedAt: new Date().toISOString(),
        amendedBy: o.regionAdminId,
      },
      {
        ...base,
        patentNumber: patent(`${o.year - 4}10998877`),
        patentTitle: '滩羊肉冷链保鲜包装方法',
        technicalField: '食品加工',
        licensorName: '宁夏农林科学院',
        licensorKind: 'institute',
        feeKind: 'lump-sum',
        feeAmount: '50000.00',
        areaCode: '640300',
      },
      {
        ...base,
        patentNumber: patent(`${o.year - 1}20456789`),
        patentTitle: '光伏组件清扫机器人的行走机构',
        technicalField: '清洁能源',
        licensorName: '中国科学院宁波材料技术与工程研究所',
        licensorKind: 'institute',
        feeKind: 'free',
        areaCode: 'NINGDONG',
      },
      {
        ...base,
        patentNumber: patent(`${o.year - 2}10112233`),
        patentTitle: '硅基负极材料的包覆改性方法',
        technicalField: '新型材料',
        licensorName: licensorEnterprise.name,
        licensorKind: 'enterprise',
        licensorEnterpriseId: licensorEnterprise.id,
        feeKind: 'lump-sum',
        feeAmount: '120000.00',
        areaCode: licensorEnterprise.areaCode,
      },
      {
        // Withdrawn by the region at the licensor's request: off the listing, the interest in it told.
        ...base,
        patentNumber: patent(`${o.year - 3}10778899`),
        patentTitle: '一种葡萄酒酿造用酵母的筛选方法',
        technicalField: '食品加工',
        licensorName: '宁夏大学',
        licensorKind: 'university',
        feeKind: 'lump-sum',
        feeAmount: '30000.00',
        areaCode: '640100',
        status: 'withdrawn',
        withdrawnOn: o.today,
        withdrawalReason: '许可人已将该专利独占许可给区外企业',
        withdrawnBy: o.regionAdminId,
      },
    ])
    .returning();
  const concluded = { status: 'concluded', concludedOn: o.today, concludedAt: new Date().toISOString() };
  const interests = await tx
    .insert(licenceInterests)
    .values([
      {
        offerId: offers[0]!.id,
        enterpriseId: o.demoEnterprise.id,
        areaCode: o.demoEnterprise.areaCode,
        message: '拟用于负极材料产线的石墨化工序',
        createdBy: o.demoUserId,
        ...concluded,
        fee: '80000.00',
        concludedBy: o.regionAdminId,
      },
      {
        offerId: offers[4]!.id,
        enterpriseId: o.demoEnterprise.id,
        areaCode: o.demoEnterprise.areaCode,
        message: '希望了解包覆工艺的中试数据',
        createdBy: o.demoUserId,
      },
      {
        offerId: offers[5]!.id,
        enterpriseId: o.demoEnterprise.id,
        areaCode: o.demoEnterprise.areaCode,
        message: '拟用于贺兰山东麓酒庄的发酵工序',
        createdBy: o.demoUserId,
      },
      ...verified.slice(1, 4).map((e, i) => ({
        offerId: offers[i + 1]!.id,
        enterpriseId: e.id,
        areaCode: e.areaCode,
        message: '通过对接活动了解到该专利，希望洽谈许可',
        createdBy: o.regionAdminId,
        ...(i === 1 ? { ...concluded, fee: '50000.00', concludedBy: o.regionAdminId } : {}),
      })),
    ])
    .returning();
  // The interest in the enterprise's own offer reached it (and the region), as the API tells them.
  const i = interests[1]!;
  const title = { zh: '收到专利开放许可意向', en: 'Interest in an open licence' };
  const body = {
    zh: `${o.demoEnterprise.name}希望获得专利 ${offers[4]!.patentNumber}（${offers[4]!.patentTitle}）的许可。`,
    en: `${o.demoEnterprise.name} would like a licence of patent ${offers[4]!.patentNumber} (${offers[4]!.patentTitle}).`,
  };
  await notifyEach(tx, [{ kind: 'enterprise', id: licensorEnterprise.id }, { kind: 'region' }], {
    topic: 'licence.interest',
    subject: { type: 'licence-interest', id: i.id },
    title,
    body,
  });
  // The withdrawal reached the enterprise interested in it, as the API tells it.
  const w = offers[5]!;
  await notify(tx, {
    to: { kind: 'enterprise', id: o.demoEnterprise.id },
    topic: 'licence.withdrawn',
    subject: { type: 'licence-offer', id: w.id },
    title: { zh: '专利开放许可已撤回', en: 'Open licence withdrawn' },
    body: {
      zh: `${w.licensorName}已于 ${o.today} 撤回专利 ${w.patentNumber}（${w.patentTitle}）的开放许可，原因：${w.withdrawalReason}。撤回前已达成的许可继续有效。`,
      en: `${w.licensorName} withdrew the open licence of patent ${w.patentNumber} (${w.patentTitle}) on ${o.today}: ${w.withdrawalReason}. Licences concluded before stay in force.`,
    },
  });
  return { offers, interests };
}
