import { ningxia, parameterAt } from '@huiqi/domain';
import type { Tx } from '../client.js';
import { brandEvidence, brandNominations, brandSelectionPlaces, type enterprises } from '../schema.js';
import type { EvidenceStore } from '../../lib/file-store.js';
import { pdf } from './demo-evidence.js';

type Enterprise = typeof enterprises.$inferSelect;

const MARKS = [
  '塞上江南',
  '贺兰红',
  '六盘山',
  '沙湖',
  '西夏印象',
  '黄河金岸',
  '宁安堡',
  '枸杞之乡',
  '星海湖',
  '宁东煤化',
  '朔方',
  '凤城',
  '固原红',
  '中卫沙坡头',
  '盐池滩羊',
  '泾源黄牛',
];
// Nice classes a Ningxia SRDI maker would register in (foods, wine, chemicals, machines, instruments…).
const CLASSES = [29, 33, 1, 7, 9, 30, 31, 5, 42, 17, 11, 35];

/**
 * The demo's M8.2 selection: the provision and its number from the registry (the brand-counted
 * one, never named here), nominations of verified SRDI enterprises in every city — some selected
 * (well short of the number, so the console has places to give), some waiting with their evidence,
 * one refused with its reason, one nominated by the guidance station — and the demo enterprise's
 * own waiting nomination. The places counter equals the selected rows.
 */
export async function seedBrandNominations(
  tx: Tx,
  o: {
    year: number;
    today: string;
    enterprises: Enterprise[];
    demoEnterprise: Enterprise;
    regionAdminId: string;
    station: { agencyId: string; userId: string };
    files?: EvidenceStore;
  },
) {
  const provision = ningxia.provisions.find((p) => p.counts === 'brands');
  if (!provision) return;
  const cap = Number(parameterAt(ningxia, `${provision.id}.count`, `${o.year}-01-01`).value);
  const srdi = o.enterprises.filter(
    (e) =>
      e.status === 'verified' && e.srdiVerified && e.srdiLevel !== 'none' && e.id !== o.demoEnterprise.id,
  );
  if (srdi.length < MARKS.length) return;
  const evidence = o.files
    ? {
        distinctiveness: {
          filename: '商标注册证及显著性说明（示例）.pdf',
          data: pdf([
            'Huiqi demo evidence: trademark registration certificate',
            'Distinctiveness: coined mark, no descriptive meaning for the goods (sample data)',
            'This file was generated for the demonstration.',
          ]),
        },
        reputation: {
          filename: '市场信誉证明（示例）.pdf',
          data: pdf([
            'Huiqi demo evidence: market reputation',
            'Sales 2021-2025, awards, media coverage, no quality complaints (sample data)',
            'This file was generated for the demonstration.',
          ]),
        },
      }
    : null;
  const stored = evidence
    ? {
        distinctiveness: {
          ...evidence.distinctiveness,
          sha256: await o.files!.put(evidence.distinctiveness.data),
        },
        reputation: { ...evidence.reputation, sha256: await o.files!.put(evidence.reputation.data) },
      }
    : null;
  // Ten selected, four waiting, one refused, one the station nominated (waiting).
  const states = [
    ...Array(10).fill('selected'),
    ...Array(4).fill('nominated'),
    'refused',
    'nominated',
  ] as const;
  const decidedAt = `${o.today}T02:00:00.000Z`;
  const rows = MARKS.map((mark, i) => {
    const e = srdi[(i * 7) % srdi.length]!;
    const status = states[i]!;
    return {
      provision: provision.id,
      year: o.year,
      enterpriseId: e.id,
      areaCode: e.areaCode,
      trademarkName: mark,
      registrationNo: String(20_000_000 + i * 104_729),
      niceClass: CLASSES[i % CLASSES.length]!,
      owner: e.name,
      statement: `“${mark}”为企业主打产品商标，连续多年使用，产品销往区内外，获评地方知名品牌。`,
      status,
      reason: status === 'refused' ? '市场信誉证明材料不足，近三年销售与获奖情况未提供。' : null,
      agencyId: i === MARKS.length - 1 ? o.station.agencyId : null,
      nominatedBy: i === MARKS.length - 1 ? o.station.userId : o.regionAdminId,
      decidedBy: status === 'nominated' ? null : o.regionAdminId,
      decidedAt: status === 'nominated' ? null : decidedAt,
      version: status === 'nominated' ? 1 : 2,
    };
  });
  rows.push({
    provision: provision.id,
    year: o.year,
    enterpriseId: o.demoEnterprise.id,
    areaCode: o.demoEnterprise.areaCode,
    trademarkName: '惠企星',
    registrationNo: '35791113',
    niceClass: 9,
    owner: o.demoEnterprise.name,
    statement: '公司核心仪器产品商标，用于全部出口与内销产品。',
    status: 'nominated',
    reason: null,
    agencyId: null,
    nominatedBy: o.regionAdminId,
    decidedBy: null,
    decidedAt: null,
    version: 1,
  });
  const inserted = await tx.insert(brandNominations).values(rows).returning();
  if (stored)
    await tx.insert(brandEvidence).values(
      inserted.flatMap((n) =>
        (['distinctiveness', 'reputation'] as const).map((kind) => ({
          nominationId: n.id,
          kind,
          filename: stored[kind].filename,
          mime: 'application/pdf',
          size: stored[kind].data.length,
          sha256: stored[kind].sha256,
          uploadedBy: n.nominatedBy,
        })),
      ),
    );
  const used = inserted.filter((n) => n.status === 'selected').length;
  await tx.insert(brandSelectionPlaces).values({ year: o.year, used: Math.min(used, cap) });
}
