import {
  builtInPolicies,
  ningxia,
  policyRegistry,
  SERVICE_TYPES,
  AREAS,
  assess,
  assetItemKey,
  COUNTIES,
  creditCodeCheckChar,
  CREDIT_CODE_ALPHABET,
  FOCUS_INDUSTRIES,
  todayInChina,
  addDays,
  findProvision,
  type AreaCode,
  type IpAsset,
} from '@huiqi/domain';
import { count, eq } from 'drizzle-orm';
import { withTx, type Db } from '../client.js';
import {
  agencies,
  attachments,
  claims,
  budgets,
  disbursements,
  enterpriseIpAssets,
  enterprises,
  fundingRounds,
  noticeItems,
  notices,
  reviews,
  serviceRecords,
  settings,
  srdiListEntries,
  users,
  type ClaimStatus,
} from '../schema.js';
import { ningxiaDemo } from '@huiqi/domain/demo';
import { hashPassword } from '../../lib/passwords.js';
import { audit } from '../../lib/audit.js';
import type { EvidenceStore } from '../../lib/file-store.js';
import { ledger } from '../../lib/ledger.js';
import { nextCaseNo, timeLimitOf } from '../../lib/case-number.js';
import { storeDemoEvidence } from './demo-evidence.js';
import { seedRecords } from './records.js';
import { seedAdjudicationCases } from './demo-cases.js';
import { seedServiceRequests } from './demo-requests.js';
import { seedServiceRecords } from './demo-services.js';
import { seedPriorityExam } from './demo-priority-exam.js';
import { seedNavigationProjects } from './demo-navigation.js';
import { seedBrandNominations } from './demo-brands.js';
import { seedRatings } from './demo-ratings.js';
import { seedOpenLicensing } from './demo-open-licensing.js';

/** Demo accounts, printed at start-up. One password for all: it passes the password rules. */
export const DEMO_PASSWORD = 'Huiqi#2026demo';
export const DEMO_ACCOUNTS = [
  { username: 'region.admin', role: 'region-admin', displayName: '自治区知识产权局 审核员', areaCode: null },
  {
    username: 'yinchuan.admin',
    role: 'city-admin',
    displayName: '银川市市场监管局 审核员',
    areaCode: '640100',
  },
  { username: 'shizuishan.admin', role: 'city-admin', displayName: '石嘴山市 审核员', areaCode: '640200' },
  { username: 'ningdong.admin', role: 'city-admin', displayName: '宁东基地 审核员', areaCode: 'NINGDONG' },
  { username: 'auditor', role: 'auditor', displayName: '审计员', areaCode: null },
  // M9.1: the industry departments, read only (a city's, and the region's seeing every area).
  {
    username: 'yinchuan.industry',
    role: 'industry-dept',
    displayName: '银川市工业和信息化局',
    areaCode: '640100',
  },
  { username: 'region.industry', role: 'industry-dept', displayName: '自治区工业和信息化厅', areaCode: null },
] as const;

/** A deterministic pseudo-random sequence: the same demo data on every machine. */
function rng(seed: number) {
  let s = seed >>> 0;
  return () => (s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32;
}

const NAME_HEADS = [
  '塞上',
  '贺兰',
  '六盘',
  '黄河',
  '沙湖',
  '星海',
  '朔方',
  '西夏',
  '宁东',
  '清水',
  '红柳',
  '金沙',
  '银湖',
  '云雾',
  '长城',
  '枸杞',
  '滩羊',
  '凤城',
  '天元',
  '瀚海',
];
const NAME_TAILS = [
  '新材料',
  '智能装备',
  '清洁能源',
  '数字科技',
  '精细化工',
  '生物科技',
  '葡萄酒业',
  '乳业',
  '电子商务',
  '物流',
  '纺织',
  '光伏科技',
];

/** A valid credit code in a Ningxia county: registered by the market regulator (9), a company (1). */
function creditCode(county: string, next: () => number): string {
  let org = '';
  for (let i = 0; i < 9; i++) org += CREDIT_CODE_ALPHABET[Math.floor(next() * (i < 8 ? 10 : 31))];
  const first17 = `91${county}${org}`;
  return first17 + creditCodeCheckChar(first17);
}

export async function seedDemo(
  db: Db,
  opts: { enterprises?: number; files?: EvidenceStore } = {},
): Promise<{ seeded: boolean }> {
  const [{ n } = { n: 0 }] = await db.select({ n: count() }).from(users);
  if (n > 0) return { seeded: false }; // loaded once
  // With a store, every submitted claim carries evidence the console shows inline.
  const evidence = opts.files ? await storeDemoEvidence(opts.files) : [];
  const r = rng(20261128);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)]!;
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const year = Number(todayInChina().slice(0, 4));
  const total = opts.enterprises ?? 300;
  const registry = policyRegistry(ningxia);
  const demoOf = (provision: string) => ningxiaDemo.of(provision);

  await withTx(db, async (tx) => {
    const ctx = { actorId: null, actorRole: 'system', requestId: 'seed' };
    const admins = await tx
      .insert(users)
      .values(DEMO_ACCOUNTS.map((a) => ({ ...a, passwordHash })))
      .returning();
    const regionAdmin = admins.find((u) => u.role === 'region-admin')!;
    const [round] = await tx
      .insert(fundingRounds)
      .values({
        year,
        name: `${year}年度知识产权专项资金申报`,
        opensOn: `${year}-01-01`,
        closesOn: `${year}-12-31`,
        // Every provision the policy takes claims under (its registry), not a list of our own.
        provisions: [...registry.claimProvisionIds],
      })
      .returning();
    // Each provision's budget is the demo figure its module declares beside it (demo data, not policy).
    await tx.insert(budgets).values(
      registry.claimProvisionIds.map((provision) => ({
        provision,
        year,
        total: demoOf(provision).demoBudget,
      })),
    );
    const agencyRows = await tx
      .insert(agencies)
      .values([
        // Credit codes: the notice names a paid agency by it (M11.1).
        {
          name: '银川市商标品牌指导站',
          kind: 'trademark-station',
          areaCode: '640100',
          creditCode: creditCode('640104', r),
        },
        {
          name: '宁夏知识产权维权援助中心',
          kind: 'assistance-centre',
          areaCode: '640100',
          creditCode: creditCode('640106', r),
        },
        {
          name: '石嘴山市知识产权托管服务中心',
          kind: 'trusteeship',
          areaCode: '640200',
          creditCode: creditCode('640202', r),
        },
      ])
      .returning();
    // The station's demo worker is also its agency admin (manages the station's workers).
    const [stationWorker] = await tx
      .insert(users)
      .values({
        username: 'station.worker',
        displayName: '指导站 工作人员',
        passwordHash,
        role: 'agency',
        agencyId: agencyRows[0]!.id,
        agencyAdmin: true,
      })
      .returning();

    const areaCounties = (a: AreaCode) =>
      a === 'NINGDONG' ? ['640181'] : COUNTIES.filter((c) => c.city === a).map((c) => c.code);
    const rows = Array.from({ length: total }, (_, i) => {
      const area = pick(AREAS).code as AreaCode;
      return {
        creditCode: creditCode(pick(areaCounties(area)), r),
        name: `宁夏${pick(NAME_HEADS)}${pick(NAME_TAILS)}有限公司${i % 7 === 0 ? '' : `（${i + 1}）`}`,
        areaCode: area,
        industry: pick(FOCUS_INDUSTRIES).code,
        srdiLevel: r() < 0.15 ? 'little-giant' : r() < 0.8 ? 'provincial' : 'none',
        srdiVerified: i % 10 !== 0,
        status: i % 10 === 0 ? 'pending' : 'verified',
        contactName: `联系人${i + 1}`,
        contactPhone: `139${String(10000000 + i * 37).slice(0, 8)}`,
      };
    });
    const ents = await tx.insert(enterprises).values(rows).onConflictDoNothing().returning();
    const [demoUser] = await tx
      .insert(users)
      .values({
        username: 'enterprise.demo',
        displayName: ents[1]!.contactName,
        passwordHash,
        role: 'enterprise',
        enterpriseId: ents[1]!.id,
        enterpriseAdmin: true,
      })
      .returning();
    // The demo enterprise's profile holds a title, an award and marks abroad, so policy matching has something to find.
    const assets: IpAsset[] = [
      {
        kind: 'national-advantage',
        date: `${year - 1}-10-20`,
      },
      {
        kind: 'patent-excellence',
        date: `${year - 1}-07-12`,
        number: 'ZL201810456789.3',
      },
      {
        kind: 'foreign-trademark',
        date: `${year - 1}-04-02`,
        number: '6543210',
        jurisdiction: 'JP',
      },
      {
        kind: 'foreign-trademark',
        date: `${year - 1}-05-18`,
        number: '018765432',
        jurisdiction: 'EM',
      },
    ];
    await tx.insert(enterpriseIpAssets).values(
      assets.map((a) => ({
        ...a,
        number: a.number ?? null,
        jurisdiction: a.jurisdiction ?? null,
        itemKey: assetItemKey(a),
        enterpriseId: ents[1]!.id,
        createdBy: demoUser!.id,
      })),
    );

    // Claims in every state, consistent with the budget ledger.
    const states: ClaimStatus[] = [
      'draft',
      'submitted',
      'returned',
      'city-approved',
      'approved',
      'rejected',
      'withdrawn',
      'approved',
    ];
    const asOf = todayInChina();
    const verified = ents.filter((e) => e.status === 'verified');
    // Every provision enterprises claim under, from the registry — but those with a flow of their own:
    // the agencies' awards and the projects whose amount the region sets (seeded below).
    const kinds = registry.claimProvisionIds.filter(
      (id) => !registry.agencyProvisions.has(id) && !registry.reviewerSetsAmount.has(id),
    );
    for (let i = 0; i < Math.min(verified.length, 140); i++) {
      const e = verified[i]!;
      // The kind cycles, and each round of kinds moves every kind one state on, so every kind reaches
      // every state in 8 rounds (not only the few its place in the cycle meets) and each provision's
      // figures show work. The cycle starts from the last kind: the demo enterprise (the first
      // verified one) keeps the M7.5 draft its journeys were written against.
      const lap = Math.floor(i / kinds.length);
      const status = states[(lap + (i % kinds.length)) % states.length]!;
      const provision = kinds[(i + kinds.length - 1) % kinds.length]!;
      // Submitted over the last six weeks (10:00 China time), so the queue shows claims on time, due soon and overdue.
      const submittedOn = addDays(asOf, -((i * 3) % 43));
      const claim = demoOf(provision).exampleClaim({
        index: i,
        random: r,
        fundingYear: year,
        // Nothing the claim says happened after it was made.
        today: status === 'draft' ? asOf : submittedOn,
      });
      const a =
        status === 'draft'
          ? null
          : assess(claim as never, { policy: builtInPolicies, fundingYear: year, asOf });
      const approved = status === 'city-approved' || status === 'approved' ? a!.amount : null;
      const numbered = a
        ? {
            submittedAt: `${submittedOn}T02:00:00.000Z`,
            caseNo: await nextCaseNo(tx, e.areaCode, Number(submittedOn.slice(0, 4))),
            ...timeLimitOf(ningxia, claim.provision, submittedOn),
          }
        : {};
      const [app] = await tx
        .insert(claims)
        .values({
          enterpriseId: e.id,
          roundId: round!.id,
          provision: claim.provision,
          status,
          claim,
          assessment: a,
          assessedAmount: a?.amount ?? null,
          approvedAmount: approved,
          areaCode: e.areaCode,
          fundingYear: year,
          ...numbered,
        })
        .returning();
      const budget = {
        provision: claim.provision,
        year,
        amount: approved ?? '0',
        claimId: app!.id,
        requestId: 'seed',
      };
      if (a && evidence.length) {
        // The enterprise's own account uploads for the demo enterprise; the others' paper materials
        // were scanned in by the region's service window.
        const uploadedBy = e.id === ents[1]!.id ? demoUser!.id : regionAdmin.id;
        await tx.insert(attachments).values(evidence.map((f) => ({ ...f, claimId: app!.id, uploadedBy })));
      }
      if (approved) await ledger(tx, 'reserve', budget);
      if (status === 'approved') await ledger(tx, 'post', budget);
      if (['returned', 'city-approved', 'approved', 'rejected'].includes(status)) {
        await tx.insert(reviews).values({
          claimId: app!.id,
          stage: status === 'approved' ? 'region' : 'city',
          decision: status === 'returned' ? 'return' : status === 'rejected' ? 'reject' : 'approve',
          comment:
            status === 'returned'
              ? '材料不全，请补正后重新提交。'
              : status === 'rejected'
                ? '不符合申报条件。'
                : '材料齐全，同意。',
          fixItems: status === 'returned' ? ['补充合同扫描件（含双方盖章页）', '补充付款凭证'] : null,
          // 一次性告知 at the claim's first field and the guide's first material.
          issues:
            status === 'returned'
              ? {
                  fields: [
                    {
                      field: findProvision(ningxia, claim.provision).claim!.fields[0]!.key,
                      reason: '与证明材料不一致，请核对后重新填写',
                    },
                  ],
                  materials: [{ material: 1, reason: '扫描件不清晰，请重新上传' }],
                }
              : null,
          amount: approved,
          reviewerId: regionAdmin.id,
        });
      }
    }
    // The end of the road for some approved claims: a closed public notice, payment, one clawback.
    const approvedRows = await tx.select().from(claims).where(eq(claims.status, 'approved'));
    // Taken in turn from each provision (the first of each, then the second…): the first of each is
    // paid, so every provision with approved claims has money paid on the scorecard; two of the
    // second turn wait in the notice and one is paid and clawed back.
    const nth = new Map<string, number>();
    const turn = new Map(
      approvedRows.map((a) => [
        a.id,
        nth.set(a.provision, (nth.get(a.provision) ?? 0) + 1).get(a.provision)!,
      ]),
    );
    const published = [...approvedRows]
      .sort((a, b) => turn.get(a.id)! - turn.get(b.id)! || a.provision.localeCompare(b.provision))
      .slice(0, nth.size + 3);
    const paidUpTo = published.length - 3;
    if (published.length) {
      const [notice] = await tx
        .insert(notices)
        .values({
          title: `${year}年度知识产权专项资金第一批拟支持名单公示`,
          publishedAt: new Date(Date.now() - 20 * 86_400_000).toISOString(),
          closesAt: new Date(Date.now() - 13 * 86_400_000).toISOString(),
          objectionChannel: '如有异议，请于公示期内致电 0951-0000000 或致函自治区知识产权局',
          createdBy: regionAdmin.id,
        })
        .returning();
      await tx.insert(noticeItems).values(published.map((a) => ({ noticeId: notice!.id, claimId: a.id })));
      for (const [i, a] of published.entries()) {
        const status: ClaimStatus =
          i === published.length - 1 ? 'clawed-back' : i >= paidUpTo ? 'published' : 'paid';
        if (status !== 'published') {
          await tx.insert(disbursements).values({
            claimId: a.id,
            kind: 'payment',
            paidOn: asOf,
            amount: a.approvedAmount!,
            voucherNo: `NXZF-${year}-${String(i).padStart(4, '0')}`,
            createdBy: regionAdmin.id,
          });
        }
        if (status === 'clawed-back') {
          await tx.insert(disbursements).values({
            claimId: a.id,
            kind: 'clawback',
            paidOn: asOf,
            amount: `-${a.approvedAmount}`,
            voucherNo: `NXZH-${year}-0001`,
            reason: '重复申报，全额追回',
            createdBy: regionAdmin.id,
          });
          await ledger(tx, 'reverse', {
            provision: a.provision,
            year,
            amount: a.approvedAmount!,
            claimId: a.id,
            requestId: 'seed',
          });
        }
        await tx.update(claims).set({ status }).where(eq(claims.id, a.id));
      }
    }
    // Agencies' own claims for the awards paid to agencies (M11.1, from the registry): the station's
    // draft to finish, one awaiting the city's review, one approved by the region.
    for (const [i, id] of [...registry.agencyProvisions].entries()) {
      const agencyClaims = [
        { agency: agencyRows[0]!, status: 'draft' as const },
        { agency: agencyRows[2]!, status: 'submitted' as const },
        { agency: agencyRows[1]!, status: 'approved' as const },
      ];
      for (const [j, c] of agencyClaims.entries()) {
        // The demo's example for each in turn (the station's Yinchuan park, then Shizuishan's two…).
        const claim = demoOf(id).exampleClaim({
          index: i * agencyClaims.length + j,
          random: r,
          fundingYear: year,
          today: asOf,
        });
        const a =
          c.status === 'draft'
            ? null
            : assess(claim as never, { policy: builtInPolicies, fundingYear: year, asOf });
        const approved = c.status === 'approved' ? a!.amount : null;
        const [app] = await tx
          .insert(claims)
          .values({
            agencyId: c.agency.id,
            roundId: round!.id,
            provision: id,
            status: c.status,
            claim,
            assessment: a,
            assessedAmount: a?.amount ?? null,
            approvedAmount: approved,
            areaCode: c.agency.areaCode,
            fundingYear: year,
            submittedAt: a ? new Date().toISOString() : null,
          })
          .returning();
        if (a && evidence.length)
          await tx
            .insert(attachments)
            .values(evidence.map((f) => ({ ...f, claimId: app!.id, uploadedBy: regionAdmin.id })));
        if (approved) {
          const budget = { provision: id, year, amount: approved, claimId: app!.id, requestId: 'seed' };
          await ledger(tx, 'reserve', budget);
          await ledger(tx, 'post', budget);
          await tx.insert(reviews).values({
            claimId: app!.id,
            stage: 'region',
            decision: 'approve',
            comment: '考核认定材料齐全，托管园区无偿服务记录属实，同意。',
            amount: approved,
            reviewerId: regionAdmin.id,
          });
        }
      }
    }
    // Patent navigation projects (the amount set by the region): enterprises past the claims above.
    await seedNavigationProjects(tx, {
      year,
      asOf,
      roundId: round!.id,
      demo: ents[1]!,
      others: verified.filter((e) => e.id !== ents[1]!.id).slice(-3),
      regionAdminId: regionAdmin.id,
      evidence,
    });
    // Service records by the guidance station (M8.1) and coaching (M2.2).
    await tx.insert(serviceRecords).values(
      verified.slice(0, 60).map((e, i) => ({
        agencyId: agencyRows[i % 2]!.id,
        enterpriseId: e.id,
        serviceType: i % 2 ? 'application-coaching' : 'trademark-registration',
        provision: SERVICE_TYPES[i % 2 ? 'application-coaching' : 'trademark-registration'].provision,
        servedOn:
          `${year}-0${1 + (i % 9)}-${String(1 + (i % 27)).padStart(2, '0')}` <= asOf
            ? `${year}-0${1 + (i % 9)}-${String(1 + (i % 27)).padStart(2, '0')}`
            : asOf,
        durationMinutes: 30 + (i % 5) * 30,
        participants: 1 + (i % 4),
        notes: '上门服务',
        createdBy: admins[0]!.id,
      })),
    );
    // M9.1: the official SRDI and little-giant lists of last year and this one, as the region imported
    // them (the verified SRDI enterprises; a few of last year's provincial ones became little giants).
    const listed = verified.filter((e) => e.srdiVerified && e.srdiLevel !== 'none');
    if (listed.length)
      await tx.insert(srdiListEntries).values(
        [year - 1, year].flatMap((y) =>
          listed.map((e, i) => ({
            year: y,
            level: y < year && e.srdiLevel === 'little-giant' && i % 3 === 0 ? 'provincial' : e.srdiLevel,
            creditCode: e.creditCode,
            name: e.name,
            enterpriseId: e.id,
            importedBy: regionAdmin.id,
          })),
        ),
      );
    // Requests from enterprises: assigned, open, overdue and reassigned ones (the console's triage page).
    // (A small demo — fewer than 63 verified enterprises — takes its requesters from the start of the list.)
    const requests = await seedServiceRequests(tx, {
      today: asOf,
      requesters: verified.length > 63 ? verified.slice(60, 63) : verified.slice(0, 3),
      yinchuan: verified.filter((e) => e.areaCode === '640100' && e.id !== ents[1]!.id).slice(-3),
      station: agencyRows[0]!,
      centre: agencyRows[1]!,
      takenDownBy: regionAdmin.id,
      assignedBy: admins.find((u) => u.role === 'city-admin' && u.areaCode === '640100')!.id,
    });
    // Records kept under the provisions (every kind) and agencies' events with attendees.
    await seedRecords(tx, {
      asOf,
      verified,
      demo: { enterprise: ents[1]!, user: demoUser! },
      admins,
      agencies: agencyRows,
      stationWorker: stationWorker!,
    });
    // The Yinchuan office's adjudication register (M9.3), filed by its own account.
    await seedAdjudicationCases(tx, {
      today: asOf,
      enterprises: ents,
      filedBy: admins.find((u) => u.role === 'city-admin' && u.areaCode === '640100')!.id,
      files: opts.files,
    });
    // The year's recommendations for patent prioritized examination, sized from the registry
    // (the demo enterprise keeps none, so it can apply on the portal).
    await seedPriorityExam(tx, {
      version: ningxia,
      asOf,
      year,
      enterprises: verified.filter((e) => e.id !== ents[1]!.id),
      admins,
      regionAdmin,
    });
    // The year's "百城百品" nominations and selection (M8.2).
    await seedBrandNominations(tx, {
      year,
      today: asOf,
      enterprises: ents,
      demoEnterprise: ents[1]!,
      regionAdminId: regionAdmin.id,
      station: { agencyId: agencyRows[0]!.id, userId: stationWorker!.id },
      files: opts.files,
    });
    // M5.2 open licensing: offers listed on the portal, interests, and licences concluded (the
    // demo enterprise's one starts its M5.1 claim). The provision is the registry's open-licensing one.
    await seedOpenLicensing(tx, {
      year,
      today: asOf,
      provision: ningxia.provisions.find((p) => p.openLicensing)!.id,
      enterprises: ents,
      demoEnterprise: ents[1]!,
      demoUserId: demoUser!.id,
      regionAdminId: regionAdmin.id,
    });
    // 好差评 of the ended claims, with Yinchuan's poor ones (one followed up, one waiting).
    await seedRatings(tx, {
      year,
      today: asOf,
      demoEnterpriseId: ents[1]!.id,
      regionAdminId: regionAdmin.id,
      cityAdmins: admins.filter((u) => u.role === 'city-admin'),
    });
    // Services of every type the provisions declare, and the agencies' work on the requests they hold;
    // patent navigation and talent training by a navigation base (added last: the random sequence
    // above, and so every other demo row, stays as it was).
    const [base] = await tx
      .insert(agencies)
      .values({
        name: '宁夏专利导航服务基地',
        kind: 'navigation-base',
        areaCode: '640100',
        creditCode: creditCode('640105', r),
      })
      .returning();
    await seedServiceRecords(tx, {
      version: ningxia,
      today: asOf,
      enterprises: verified.length > 80 ? verified.slice(63) : verified,
      agencies: [...agencyRows, base!],
      requests,
      recordedBy: admins[0]!.id,
    });
    await tx.insert(settings).values({ key: 'demo.seededAt', value: new Date().toISOString() });
    await audit(tx, {
      ...ctx,
      action: 'system.demo-seeded',
      targetType: 'system',
      targetId: null,
      after: { enterprises: ents.length },
    });
  });
  const [{ n: apps } = { n: 0 }] = await db
    .select({ n: count() })
    .from(claims)
    .where(eq(claims.fundingYear, year));
  return { seeded: apps > 0 };
}
