import { addDays, EVENT_KINDS, parseRecordData, RECORD_KINDS, type RecordKindId } from '@huiqi/domain';
import type { Tx } from '../client.js';
import type { users } from '../schema.js';
import { provisionRecords, serviceEventAttendees, serviceEvents } from '../schema.js';

type User = typeof users.$inferSelect;
type Ent = { id: string; areaCode: string; name: string };

/**
 * Demo records of every kind the provisions declare (checked by the domain like any other), and
 * agencies' training, matchmaking and campaign events with attendees, so every records page, the station's and
 * the portal's lists and the scorecard's figures show data. Dates are days before today, so the
 * demo reads the same whenever it is loaded.
 */
export async function seedRecords(
  tx: Tx,
  o: {
    asOf: string;
    verified: Ent[];
    demo: { enterprise: Ent; user: User };
    admins: User[];
    agencies: { id: string; areaCode: string }[];
    stationWorker: User;
  },
) {
  const region = o.admins.find((u) => u.role === 'region-admin')!;
  const cityAdmin = (area: string | null) =>
    o.admins.find((u) => u.role === 'city-admin' && u.areaCode === area);
  const ago = (days: number) => addDays(o.asOf, -days);
  const year = (d: string) => Number(d.slice(0, 4));
  const pool = o.verified.filter((e) => e.id !== o.demo.enterprise.id);
  const at = (i: number) => pool[i % pool.length]!;
  // Some of Yinchuan's records wait for its official (the demo city admin), so its queue is never empty.
  const yinchuan = pool.filter((e) => e.areaCode === '640100');
  const waitingAt = (i: number) => yinchuan[i % yinchuan.length] ?? at(i);

  const rows: (typeof provisionRecords.$inferInsert)[] = [];
  function add(
    kind: RecordKindId,
    data: Record<string, unknown>,
    by: { user: User; recorder: 'enterprise' | 'agency' | 'city' | 'region'; agencyId?: string },
    e: Ent | null,
    state: { verify?: boolean; close?: boolean } = {},
  ) {
    const k = RECORD_KINDS[kind];
    const parsed = parseRecordData(k, data, { closing: Boolean(state.close) });
    if (!parsed.ok) throw new Error(`demo ${kind}: ${parsed.issues.map((i) => i.en).join('; ')}`);
    const d = parsed.data[k.dateField];
    // City-verified records are verified where the demo has that city's official (others wait).
    const verifier = k.verifiedBy === 'city' ? cityAdmin(e?.areaCode ?? null) : region;
    const verified = Boolean(state.verify && k.verifiedBy && verifier && (!k.closes || state.close));
    rows.push({
      kind,
      provision: k.provision,
      enterpriseId: e?.id ?? null,
      areaCode: e?.areaCode ?? (by.recorder === 'region' ? null : (by.user.areaCode ?? null)),
      recorder: by.recorder,
      agencyId: by.agencyId ?? null,
      data: parsed.data,
      year: typeof d === 'number' ? d : typeof d === 'string' ? year(d) : null,
      closedAt: state.close ? new Date().toISOString() : null,
      verification: k.verifiedBy ? (verified ? 'verified' : 'pending') : null,
      verifiedBy: verified ? verifier!.id : null,
      verifiedAt: verified ? new Date().toISOString() : null,
      createdBy: by.user.id,
    });
  }
  const station = { user: o.stationWorker, recorder: 'agency' as const, agencyId: o.agencies[0]!.id };
  const byRegion = { user: region, recorder: 'region' as const };
  const byYinchuan = { user: cityAdmin('640100')!, recorder: 'city' as const };

  // M3.1: 44 assessments, most assessed and verified; some waiting for the city, some only enrolled.
  // The waiting ones belong to three Yinchuan enterprises with no other assessment, so verifying one
  // always counts one more enterprise against the target of 50.
  const waitingFor = yinchuan.slice(-3);
  const assessedPool = pool.filter((e) => !waitingFor.includes(e));
  for (let i = 0; i < 44; i++) {
    const enrolled = ago(200 - i * 3);
    const assessed = i % 11 !== 10;
    add(
      'graded-assessment',
      {
        enrolledOn: enrolled,
        ...(assessed
          ? { assessedOn: addDays(enrolled, 20), grade: ['二级', '三级', '三级', '四级'][i % 4] }
          : {}),
      },
      station,
      i % 7 === 3 ? (waitingFor[i % waitingFor.length] ?? at(i)) : assessedPool[i % assessedPool.length]!,
      { close: assessed, verify: i % 7 !== 3 },
    );
  }
  // M6.1: 26 products filed, most recognized.
  const products = ['高纯石墨电极', '枸杞多糖提取物', '单晶硅片', '煤基碳材料', '智能仪表', '锂电正极材料'];
  for (let i = 0; i < 26; i++)
    add(
      'patent-intensive-product',
      {
        product: products[i % products.length],
        filingNumber: `ZLMJ-${year(o.asOf)}-${String(i + 1).padStart(4, '0')}`,
        filedOn: ago(180 - i * 5),
        recognition: i % 9 === 8 ? 'pending' : i % 13 === 12 ? 'not-recognized' : 'recognized',
      },
      station,
      i % 6 === 5 ? waitingAt(i + 1) : at(i + 50),
      { verify: i % 6 !== 5 },
    );
  // M12.1: IP managers, title applications and appointments, kept by the enterprises (the demo's other
  // enterprises have no accounts: the region's service window took them down on their behalf).
  const names = ['李娜', '王强', '张敏', '刘洋', '陈静', '杨帆', '赵磊', '马丽', '周杰', '吴霞'];
  for (let i = 0; i < 32; i++) {
    const e = at(i + 80);
    add(
      'ip-manager',
      { name: names[i % names.length], position: '知识产权部经理', since: ago(400 - i * 7) },
      { user: region, recorder: 'enterprise' },
      e,
      { verify: i % 5 !== 4 },
    );
  }
  for (let i = 0; i < 20; i++)
    add(
      'ip-title-application',
      {
        name: names[(i + 3) % names.length],
        level: ['junior', 'intermediate', 'senior'][i % 3],
        year: year(o.asOf),
        result: i % 4 === 3 ? 'failed' : i % 5 === 4 ? 'pending' : 'passed',
      },
      { user: region, recorder: 'enterprise' },
      at(i + 80),
      { verify: i % 6 !== 5 },
    );
  for (let i = 0; i < 9; i++)
    add(
      'ip-title-appointment',
      {
        name: names[(i + 3) % names.length],
        level: ['junior', 'intermediate', 'senior'][i % 3],
        post: '知识产权工程师',
        appointedOn: ago(60 - i * 4),
      },
      { user: region, recorder: 'enterprise' },
      at(i + 80),
      { verify: true },
    );
  // The demo enterprise's own: its IP manager (waiting for the city), an assessment, a policy.
  const demo = { user: o.demo.user, recorder: 'enterprise' as const };
  add('ip-manager', { name: '孙悦', position: '知识产权专员', since: ago(30) }, demo, o.demo.enterprise);
  add('graded-assessment', { enrolledOn: ago(20) }, demo, o.demo.enterprise);
  // M10.2: two funds, and overseas dispute cases the region's assistance desk follows.
  add(
    'mutual-aid-fund',
    {
      name: '宁夏知识产权海外维权互助基金',
      founders: ['宁夏知识产权保护中心', '宁夏新材料产业联盟', '宁夏枸杞产业协会'],
      size: '5000000.00',
      establishedOn: ago(300),
      rules: '会员企业按年缴纳互助金；单起海外维权案件垫付不超过50万元，胜诉或和解后返还。',
    },
    byRegion,
    null,
  );
  add(
    'mutual-aid-fund',
    {
      name: '银川经开区海外维权互助资金池',
      founders: ['银川经济技术开发区管委会', '宁夏某装备制造有限公司'],
      size: '2000000.00',
      establishedOn: ago(120),
      rules: '园区企业自愿加入，专家评估后按案件垫付律师费的70%。',
    },
    byYinchuan,
    null,
  );
  const disputes = [
    ['US', 'Acme Industrial Inc.', 'patent'],
    ['DE', 'Muster Technik GmbH', 'patent'],
    ['JP', '株式会社サンプル', 'trademark'],
    ['EM', 'Exemplo Lda.', 'trademark'],
    ['KZ', 'ТОО Пример', 'copyright'],
    ['AE', 'Sample Trading LLC', 'trade-secret'],
  ] as const;
  disputes.forEach(([country, counterpart, disputeKind], i) => {
    const opened = ago(240 - i * 35);
    const closed = i % 2 === 0;
    add(
      'overseas-dispute',
      {
        country,
        counterpart,
        disputeKind,
        openedOn: opened,
        advanced: ['120000.00', '0', '45000.00', '80000.00', '0', '30000.00'][i],
        ...(closed ? { closedOn: addDays(opened, 90), outcome: ['settled', 'won', 'withdrawn'][i / 2] } : {}),
      },
      byRegion,
      at(i + 120),
      { close: closed },
    );
  });
  // M7.1: campaign events and matchmaking, with the enterprises met.
  const met = (from: number, n: number) => Array.from({ length: n }, (_, j) => at(from + j).id);
  add(
    'finance-event',
    {
      format: 'campaign',
      title: '知识产权质押融资“入园惠企”银川经开区专场',
      place: '银川经济技术开发区',
      heldOn: ago(150),
      banks: ['宁夏银行', '中国银行宁夏分行', '黄河农村商业银行'],
      enterprises: met(0, 12),
    },
    byRegion,
    null,
  );
  add(
    'finance-event',
    {
      format: 'matchmaking',
      title: '“专精特新”银企对接会（石嘴山）',
      place: '石嘴山高新技术产业开发区',
      heldOn: ago(90),
      banks: ['石嘴山银行', '建设银行宁夏分行'],
      enterprises: met(20, 8),
    },
    byRegion,
    null,
  );
  add(
    'finance-event',
    {
      format: 'campaign',
      title: '“入园惠企”宁东基地专场',
      place: '宁东能源化工基地',
      heldOn: ago(40),
      banks: ['宁夏银行', '工商银行宁夏分行'],
      enterprises: met(30, 6),
    },
    station,
    null,
  );
  // M5.2: university–enterprise matchmaking held by the region (with the industry department).
  add(
    'matchmaking-event',
    {
      title: '高校院所专利开放许可与“专精特新”企业对接会',
      place: '宁夏大学科技园',
      heldOn: ago(60),
      institutions: ['宁夏大学', '北方民族大学', '宁夏农林科学院'],
      enterprises: met(40, 9),
    },
    byRegion,
    null,
  );
  // Bundled pledges, IP insurance products and the policies taken up.
  for (let i = 0; i < 9; i++)
    add(
      'bundled-pledge',
      {
        bank: ['宁夏银行', '黄河农村商业银行', '中国银行宁夏分行'][i % 3],
        loanAmount: `${(i + 2) * 500000}.00`,
        registeredOn: ago(160 - i * 12),
        items: [
          { kind: 'patent', number: `ZL2021100${String(i).padStart(5, '0')}.1` },
          { kind: 'trademark', number: `5${String(1234567 + i)}` },
          ...(i % 3 === 0 ? [{ kind: 'copyright', number: `宁作登字-2024-L-${1000 + i}` }] : []),
        ],
      },
      byRegion,
      at(i + 140),
      { verify: i % 4 !== 3 },
    );
  const insurers = [
    ['人保财险宁夏分公司', '专利被侵权损失保险', 'infringement'],
    ['平安财险宁夏分公司', '知识产权执行保险', 'enforcement'],
    ['太平洋财险宁夏分公司', '商标侵权责任保险', 'other'],
  ] as const;
  insurers.forEach(([insurer, product, coverage], i) =>
    add('insurance-product', { insurer, product, coverage, launchedOn: ago(330 - i * 60) }, byRegion, null),
  );
  for (let i = 0; i < 12; i++) {
    const [insurer, , coverage] = insurers[i % 2]!;
    add(
      'insurance-policy',
      {
        insurer,
        coverage,
        policyNumber: `NXIP-${year(o.asOf)}-${String(i + 1).padStart(4, '0')}`,
        premium: `${6000 + i * 500}.00`,
        sumInsured: `${(i % 3) + 3}00000.00`,
        startsOn: ago(200 - i * 14),
      },
      byRegion,
      at(i + 160),
      { verify: i % 4 !== 2 },
    );
  }
  // M7.2: guaranteed loans the region records from the guarantee institutions' reports (the demo enterprise has one).
  const guarantors = ['宁夏融资担保集团有限公司', '银川市融资担保有限公司', '石嘴山市融资担保有限公司'];
  const loan = (i: number, e: Ent) =>
    add(
      'guaranteed-loan',
      {
        guarantor: guarantors[i % 3],
        bank: ['宁夏银行', '黄河农村商业银行', '中国银行宁夏分行'][i % 3],
        amount: `${(i % 5) + 4}000000.00`,
        disbursedOn: ago(300 - i * 15),
        dueOn: addDays(ago(300 - i * 15), 364),
        pledged: [
          { kind: 'patent', number: `ZL2020100${String(i).padStart(5, '0')}.2` },
          ...(i % 2 ? [{ kind: 'trademark', number: `6${String(2345678 + i)}` }] : []),
        ],
      },
      byRegion,
      e,
    );
  for (let i = 0; i < 17; i++) loan(i, at(i + 180));
  loan(17, o.demo.enterprise);

  await tx.insert(provisionRecords).values(rows);

  // Agencies' training (M4.1), matchmaking (M5.2) and campaign (M11.2) events with their attendees.
  const events = [
    ['training', '专利导航实务培训（第一期）', '宁夏知识产权保护中心', 210, 0, 15],
    ['training', '专利导航成果共享与工具应用培训', '银川市民大厅', 100, 15, 10],
    ['matchmaking', '高校院所专利开放许可供需对接会', '宁夏大学科技园', 60, 55, 10],
    ['campaign', '知识产权服务万里行·石嘴山站', '石嘴山市科技局报告厅', 170, 25, 12],
    ['campaign', '知识产权服务万里行·吴忠站', '吴忠市金积工业园区', 75, 37, 9],
    ['campaign', '知识产权服务万里行·宁东站', '宁东基地管委会', 35, 46, 8],
  ] as const;
  for (const [kind, title, place, days, from, n] of events) {
    const [ev] = await tx
      .insert(serviceEvents)
      .values({
        agencyId: o.agencies[0]!.id,
        kind,
        provision: EVENT_KINDS[kind].provision,
        title,
        heldOn: ago(days),
        place,
        createdBy: o.stationWorker.id,
      })
      .returning();
    await tx
      .insert(serviceEventAttendees)
      .values([...new Set(met(from, n))].map((enterpriseId) => ({ eventId: ev!.id, enterpriseId })));
  }
}
