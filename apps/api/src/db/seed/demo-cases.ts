import { addDays, AREAS, creditCodeCheckChar, yearOf } from '@huiqi/domain';
import type { Tx } from '../client.js';
import { adjudicationCases, type enterprises } from '../schema.js';
import type { EvidenceStore } from '../../lib/file-store.js';
import { pdf } from './demo-evidence.js';

type Enterprise = typeof enterprises.$inferSelect;

/**
 * The M9.3 register of the demo: cases at every step, dated from today so that the console shows
 * a limit running, one about to pass, one passed, and decided cases with their documents.
 */
export async function seedAdjudicationCases(
  tx: Tx,
  o: { today: string; enterprises: Enterprise[]; filedBy: string; files?: EvidenceStore },
) {
  const inArea = (area: string) =>
    o.enterprises.filter((e) => e.areaCode === area && e.status === 'verified');
  const yinchuan = inArea('640100');
  const shizuishan = inArea('640200');
  if (yinchuan.length < 4 || shizuishan.length < 1) return;
  const srdi = yinchuan.filter((e) => e.srdiVerified && e.srdiLevel !== 'none');
  const d = (n: number) => addDays(o.today, n);
  const decisionPdf = pdf([
    'Huiqi demo: administrative adjudication decision (sample data)',
    'Patent ZL202210456789.2 - infringement found; the respondent shall stop',
    'making and selling the infringing products.',
    'This file was generated for the demonstration.',
  ]);
  const decision = o.files ? await o.files.put(decisionPdf) : null;
  const shop = '92640100MA7611110';
  const seq = new Map<string, number>();
  const caseNo = (area: string, receivedOn: string) => {
    const key = `${area}:${yearOf(receivedOn)}`;
    seq.set(key, (seq.get(key) ?? 0) + 1);
    return `${AREAS.find((a) => a.code === area)!.name.zh}知裁〔${yearOf(receivedOn)}〕${seq.get(key)}号`;
  };
  const party = (e: Enterprise) => ({ enterpriseId: e.id, name: e.name, creditCode: e.creditCode });
  const outside = (name: string, creditCode: string | null = null) => ({
    enterpriseId: null,
    name,
    creditCode,
  });
  type Party = { enterpriseId: string | null; name: string; creditCode: string | null };
  const between = (requester: Party, respondent: Party) => ({ requester, respondent });
  // The patent a case is about and the claims the requester asserts.
  const asserting = (patentNumber: string, patentTitle: string, assertedClaims: string) => ({
    patentNumber,
    patentTitle,
    assertedClaims,
  });
  type Insert = typeof adjudicationCases.$inferInsert;
  const rows: (Omit<Insert, 'caseNo' | 'createdBy' | 'requesterName' | 'respondentName'> & {
    requester: Party;
    respondent: Party;
  })[] = [
    {
      areaCode: '640100',
      ...between(party(srdi[0] ?? yinchuan[0]!), outside('甘肃某机械制造有限公司')),
      ...asserting('ZL202310567890.1', '一种煤矿井下输送带自动纠偏装置', '权利要求1—5'),
      requests: '责令被请求人停止制造、销售侵权产品，销毁专用模具。',
      receivedOn: d(-2),
    },
    {
      areaCode: '640100',
      ...between(
        party(srdi[1] ?? yinchuan[1]!),
        outside('某电子商务经营部', shop + creditCodeCheckChar(shop)),
      ),
      ...asserting('ZL202120987654.3', '枸杞鲜果分选机', '权利要求1、2'),
      requests: '责令被请求人停止在电商平台许诺销售侵权产品。',
      receivedOn: d(-12),
    },
    {
      areaCode: '640100',
      ...between(party(yinchuan[2]!), party(yinchuan[3]!)),
      ...asserting('ZL202210345678.9', '一种高纯电子级多晶硅的还原炉', '权利要求1—8'),
      requests: '责令被请求人立即停止使用侵权方法，停止销售依该方法直接获得的产品。',
      receivedOn: d(-84),
      acceptedOn: d(-80),
      servedOn: d(-77),
      hearingOn: d(8),
      hearingNotifiedOn: d(-3),
    },
    {
      areaCode: '640100',
      ...between(party(srdi[2] ?? yinchuan[0]!), outside('陕西某新材料科技有限公司', null)),
      ...asserting('ZL202210456789.2', '一种高强度耐磨合金的制备方法', '权利要求1—3'),
      requests: '责令被请求人立即停止制造、销售侵权产品。',
      receivedOn: d(-150),
      acceptedOn: d(-146),
      servedOn: d(-142),
      hearingOn: d(-110),
      hearingNotifiedOn: d(-120),
      closedOn: d(-70),
      outcome: 'infringement',
      decisionSummary:
        '认定被请求人制造、销售的产品落入涉案专利权利要求1—3的保护范围，责令立即停止侵权行为。',
      ...(decision
        ? {
            documentSha256: decision,
            documentFilename: '行政裁决书（示例）.pdf',
            documentMime: 'application/pdf',
            documentSize: decisionPdf.length,
          }
        : {}),
    },
    {
      areaCode: '640100',
      ...between(outside('个人专利权人 王某'), party(yinchuan[1]!)),
      ...asserting('ZL201920111222.5', '一种滴灌带', '权利要求1'),
      requests: '确认被请求人侵权并赔偿损失。',
      receivedOn: d(-30),
      refusedOn: d(-27),
      refusalReason:
        '请求人请求赔偿损失，不属于行政裁决处理事项；已告知可就赔偿数额申请调解或向人民法院起诉。',
    },
    {
      areaCode: '640200',
      ...between(party(shizuishan[0]!), outside('内蒙古某碳素有限公司')),
      ...asserting('ZL202110222333.4', '一种石墨电极接头', '权利要求1—4'),
      requests: '责令被请求人停止制造、销售侵权产品。',
      receivedOn: d(-100),
      acceptedOn: d(-96),
      servedOn: d(-93),
      extended: true,
      extensionReason: '需委托技术鉴定，经局负责人批准延长一个月。',
    },
  ];
  await tx.insert(adjudicationCases).values(
    rows.map(({ requester, respondent, ...r }) => ({
      ...r,
      status: r.closedOn ? 'closed' : r.refusedOn ? 'refused' : r.acceptedOn ? 'accepted' : 'received',
      caseNo: caseNo(r.areaCode, r.receivedOn),
      requesterEnterpriseId: requester.enterpriseId,
      requesterName: requester.name,
      requesterCreditCode: requester.creditCode,
      respondentEnterpriseId: respondent.enterpriseId,
      respondentName: respondent.name,
      respondentCreditCode: respondent.creditCode,
      createdBy: o.filedBy,
    })),
  );
}
