import { endpoints } from '@huiqi/contracts';
import {
  checkCreditCode,
  claimForAssets,
  IP_ASSET_KIND_IDS,
  IP_ASSET_KINDS,
  ipAssetSchema,
  assetItemKey,
  todayInChina,
  yearInChina,
  type AnyClaim,
  type IpAsset,
  type IpAssetKind,
} from '@huiqi/domain';
import { and, asc, desc, eq, gte, inArray, lte, sql, type SQL } from 'drizzle-orm';
import { withTx } from '../../db/client.js';
import { claims, enterpriseIpAssets, enterprises, fundingRounds, srdiListEntries } from '../../db/schema.js';
import { conflict } from '../../lib/api-error.js';
import { auditBy } from '../../lib/audit-by.js';
import { claimedByEnterprise, versionOn } from '../../lib/claim-context.js';
import { actorOf } from '../../lib/context.js';
import { serve, type AppRouteHandler } from '../../lib/endpoints.js';
import { enterpriseScope } from '../../lib/scope.js';
import { workbookResponse } from '../../lib/spreadsheet.js';
import { readUpload, type Problem } from './import-sheet.js';

const api = endpoints.imports;

const RECOGNITION_COLUMNS = {
  creditCode: { zh: '统一社会信用代码', en: 'Credit code', required: true },
  name: { zh: '企业名称', en: 'Name', required: false },
  kind: { zh: '类别', en: 'Kind', required: true },
  date: { zh: '认定日期', en: 'Date', required: true },
  number: { zh: '编号', en: 'Number', required: false },
  jurisdiction: { zh: '法域', en: 'Jurisdiction', required: false },
};
const SRDI_COLUMNS = {
  creditCode: { zh: '统一社会信用代码', en: 'Credit code', required: true },
  name: { zh: '企业名称', en: 'Name', required: false },
  level: { zh: '专精特新级别', en: 'Level', required: true },
};
const LEVELS: Record<string, 'provincial' | 'little-giant'> = {
  自治区级: 'provincial',
  省级: 'provincial',
  provincial: 'provincial',
  国家级小巨人: 'little-giant',
  小巨人: 'little-giant',
  'little-giant': 'little-giant',
};

/** A kind given by its id or by its Chinese or English name. */
function kindOf(v: string): IpAssetKind | undefined {
  return IP_ASSET_KIND_IDS.find(
    (k) =>
      k === v ||
      IP_ASSET_KINDS[k].label.zh === v ||
      IP_ASSET_KINDS[k].label.en.toLowerCase() === v.toLowerCase(),
  );
}

const report = (
  kind: 'recognitions' | 'srdi-list',
  rows: number,
  problems: Problem[],
  committed: boolean,
  imported: number,
) => {
  const badRows = new Set(problems.map((p) => p.row)).size;
  return { kind, rows, good: rows - badRows, bad: badRows, problems, committed, imported };
};

/** Refuses a commit of everything when some rows are bad: the official chooses to import only the good ones. */
function assertCommittable(commit: 'none' | 'all' | 'good', problems: Problem[]) {
  if (commit === 'all' && problems.length) {
    throw conflict(
      'IMPORT_HAS_BAD_ROWS',
      `有 ${new Set(problems.map((p) => p.row)).size} 行有误，未导入任何数据；请改正，或选择只导入无误的行。`,
      `${new Set(problems.map((p) => p.row)).size} rows have problems; nothing was imported. Fix them, or choose to import only the good rows.`,
      problems,
    );
  }
}

const recognitions: AppRouteHandler<typeof api.recognitions> = async (c) => {
  const { commit } = c.req.valid('query');
  const { db } = c.get('deps');
  const rows = await readUpload(c, RECOGNITION_COLUMNS);
  const today = todayInChina();
  const problems: Problem[] = [];
  const good: {
    enterprise: typeof enterprises.$inferSelect;
    asset: IpAsset;
    claim: AnyClaim;
    roundId: string;
    year: number;
  }[] = [];
  const codes = rows.map((r) => r.get('creditCode').toUpperCase());
  const [found, rounds] = await Promise.all([
    codes.length ? db.select().from(enterprises).where(inArray(enterprises.creditCode, codes)) : [],
    db
      .select()
      .from(fundingRounds)
      .where(and(lte(fundingRounds.opensOn, today), gte(fundingRounds.closesOn, today)))
      .orderBy(asc(fundingRounds.closesOn)),
  ]);
  const claimed = new Map<string, Awaited<ReturnType<typeof claimedByEnterprise>>>();
  const version = versionOn(await c.get('deps').policy.get(), today);
  const seen = new Set<string>();
  for (const r of rows) {
    const before = problems.length;
    const add = (key: string, zh: string, en: string) =>
      problems.push({ row: r.row, column: r.where(key), zh, en });
    const code = r.get('creditCode').toUpperCase();
    const check = checkCreditCode(code);
    if (!check.valid) add('creditCode', check.zh, check.en);
    const enterprise = found.find((e) => e.creditCode === code);
    if (check.valid && !enterprise)
      add(
        'creditCode',
        `信用代码 ${code} 未在平台注册：请先通知企业注册。`,
        `Credit code ${code} is not registered on the platform: ask the enterprise to register first.`,
      );
    const kind = kindOf(r.get('kind'));
    if (!kind)
      add(
        'kind',
        `类别“${r.get('kind')}”无法识别：应为 ${IP_ASSET_KIND_IDS.map((k) => IP_ASSET_KINDS[k].label.zh).join('、')} 之一。`,
        `Kind "${r.get('kind')}" is unknown: one of ${IP_ASSET_KIND_IDS.join(', ')}.`,
      );
    let asset: IpAsset | undefined;
    if (kind) {
      const parsed = ipAssetSchema.safeParse({
        kind,
        date: r.get('date'),
        ...(r.get('number') ? { number: r.get('number') } : {}),
        ...(r.get('jurisdiction') ? { jurisdiction: r.get('jurisdiction').toUpperCase() } : {}),
      });
      if (!parsed.success) {
        for (const i of parsed.error.issues) {
          const p = (i as { params?: { zh?: string; en?: string } }).params;
          const key = String(i.path[0] ?? 'kind');
          add(key in RECOGNITION_COLUMNS ? key : 'kind', p?.zh ?? i.message, p?.en ?? i.message);
        }
      } else asset = parsed.data;
    }
    if (problems.length > before || !enterprise || !asset) continue;
    const claim = claimForAssets([asset], version, today);
    const round = rounds.find((x) => x.provisions.includes(claim.provision));
    if (!round) {
      add(
        'kind',
        `当前没有受理 ${claim.provision} 的申报批次。`,
        `No open funding round accepts ${claim.provision}.`,
      );
      continue;
    }
    if (!claimed.has(enterprise.id))
      claimed.set(enterprise.id, await claimedByEnterprise(db, enterprise.id, version));
    const taken = claimed.get(enterprise.id)!;
    const key = `${enterprise.id}|${claim.provision}|${assetItemKey(asset)}`;
    if (
      seen.has(key) ||
      taken.claimedTitles.includes(claim.provision) ||
      (IP_ASSET_KINDS[asset.kind].group !== 'title' && taken.claimedItems.includes(assetItemKey(asset)))
    ) {
      add(
        'creditCode',
        `该企业已有 ${claim.provision} 的同一事项申报（或本表重复）。`,
        `The enterprise already has a claim for this ${claim.provision} item (or the row repeats).`,
      );
      continue;
    }
    seen.add(key);
    good.push({ enterprise, asset, claim, roundId: round.id, year: round.year });
  }
  assertCommittable(commit, problems);
  if (commit === 'none' || !good.length)
    return c.json(report('recognitions', rows.length, problems, false, 0), 200);
  await withTx(db, async (tx) => {
    for (const g of good) {
      const itemKey = assetItemKey(g.asset);
      await tx
        .insert(enterpriseIpAssets)
        .values({
          enterpriseId: g.enterprise.id,
          kind: g.asset.kind,
          date: g.asset.date,
          number: g.asset.number ?? null,
          jurisdiction: g.asset.jurisdiction ?? null,
          itemKey,
          createdBy: actorOf(c).actorId!,
        })
        .onConflictDoNothing();
      const [row] = await tx
        .insert(claims)
        .values({
          enterpriseId: g.enterprise.id,
          roundId: g.roundId,
          provision: g.claim.provision,
          claim: g.claim,
          areaCode: g.enterprise.areaCode,
          fundingYear: g.year,
          origin: 'proactive',
        })
        .returning();
      await auditBy(c, tx, {
        action: 'claim.proactive',
        targetType: 'claim',
        targetId: row!.id,
        after: {
          status: 'draft',
          provision: g.claim.provision,
          claim: g.claim,
          comment: '根据认定名单预填（免申即享），请核对后提交。',
        },
      });
    }
  });
  return c.json(report('recognitions', rows.length, problems, true, good.length), 200);
};

const srdiList: AppRouteHandler<typeof api.srdiList> = async (c) => {
  const user = c.get('user');
  const { commit, year = yearInChina() } = c.req.valid('query');
  const { db } = c.get('deps');
  const rows = await readUpload(c, SRDI_COLUMNS);
  const codes = rows.map((r) => r.get('creditCode').toUpperCase());
  const found = codes.length
    ? await db.select().from(enterprises).where(inArray(enterprises.creditCode, codes))
    : [];
  const problems: Problem[] = [];
  const good: {
    enterprise: typeof enterprises.$inferSelect;
    level: 'provincial' | 'little-giant';
    name: string;
  }[] = [];
  for (const r of rows) {
    const add = (key: string, zh: string, en: string) =>
      problems.push({ row: r.row, column: r.where(key), zh, en });
    const code = r.get('creditCode').toUpperCase();
    const check = checkCreditCode(code);
    const enterprise = found.find((e) => e.creditCode === code);
    if (!check.valid) add('creditCode', check.zh, check.en);
    else if (!enterprise)
      add(
        'creditCode',
        `信用代码 ${code} 未在平台注册。`,
        `Credit code ${code} is not registered on the platform.`,
      );
    const level = LEVELS[r.get('level')];
    if (!level)
      add(
        'level',
        `级别“${r.get('level')}”无法识别：应为“自治区级”或“国家级小巨人”。`,
        `Level "${r.get('level')}" is unknown: "provincial" or "little-giant".`,
      );
    if (enterprise && level && check.valid) good.push({ enterprise, level, name: r.get('name') });
  }
  assertCommittable(commit, problems);
  if (commit === 'none' || !good.length)
    return c.json(report('srdi-list', rows.length, problems, false, 0), 200);
  await withTx(db, async (tx) => {
    for (const g of good) {
      // The year's list keeps the row (a second import of the year replaces it)…
      await tx
        .insert(srdiListEntries)
        .values({
          year,
          level: g.level,
          creditCode: g.enterprise.creditCode,
          name: g.name || g.enterprise.name,
          enterpriseId: g.enterprise.id,
          importedBy: user.id,
        })
        .onConflictDoUpdate({
          target: [srdiListEntries.year, srdiListEntries.creditCode],
          set: {
            level: g.level,
            name: g.name || g.enterprise.name,
            importedBy: user.id,
            updatedAt: sql`now()`,
          },
        });
      // …and the enterprise's registry entry takes the level it confirms.
      await tx
        .update(enterprises)
        .set({ srdiLevel: g.level, srdiVerified: true })
        .where(eq(enterprises.id, g.enterprise.id));
      await auditBy(c, tx, {
        action: 'enterprise.srdi-imported',
        targetType: 'enterprise',
        targetId: g.enterprise.id,
        before: { srdiLevel: g.enterprise.srdiLevel, srdiVerified: g.enterprise.srdiVerified },
        after: { srdiLevel: g.level, srdiVerified: true, year },
      });
    }
  });
  return c.json(report('srdi-list', rows.length, problems, true, good.length), 200);
};

const srdiLists: AppRouteHandler<typeof api.srdiLists> = async (c) => {
  const user = c.get('user');
  const q = c.req.valid('query');
  const { db } = c.get('deps');
  const years = (
    await db
      .selectDistinct({ year: srdiListEntries.year })
      .from(srdiListEntries)
      .orderBy(desc(srdiListEntries.year))
  ).map((r) => r.year);
  const year = q.year ?? years[0] ?? null;
  const rows =
    year === null
      ? []
      : await db
          .select({ l: srdiListEntries, areaCode: enterprises.areaCode })
          .from(srdiListEntries)
          .innerJoin(enterprises, eq(enterprises.id, srdiListEntries.enterpriseId))
          .where(
            and(
              eq(srdiListEntries.year, year),
              q.level ? eq(srdiListEntries.level, q.level) : undefined,
              enterpriseScope(user),
            ),
          )
          .orderBy(asc(srdiListEntries.level), asc(srdiListEntries.name))
          .limit(5000);
  return c.json(
    {
      years,
      year,
      items: rows.map(({ l, areaCode }) => ({
        year: l.year,
        level: l.level as 'provincial',
        creditCode: l.creditCode,
        name: l.name,
        enterpriseId: l.enterpriseId,
        areaCode,
        importedAt: l.updatedAt,
      })),
    },
    200,
  );
};

const exportEnterprises: AppRouteHandler<typeof api.exportEnterprises> = async (c) => {
  const user = c.get('user');
  const q = c.req.valid('query');
  const conds: (SQL | undefined)[] = [enterpriseScope(user)];
  if (q.status) conds.push(eq(enterprises.status, q.status));
  if (q.areaCode) conds.push(eq(enterprises.areaCode, q.areaCode));
  const rows = await c
    .get('deps')
    .db.select()
    .from(enterprises)
    .where(and(...conds))
    .orderBy(asc(enterprises.creditCode))
    .limit(100_000);
  const today = todayInChina();
  return workbookResponse(
    c,
    [
      {
        name: '企业库',
        columns: [
          { header: '统一社会信用代码', key: 'creditCode', width: 22 },
          { header: '企业名称', key: 'name', width: 36 },
          { header: '地区代码', key: 'areaCode' },
          { header: '所属产业', key: 'industry' },
          { header: '专精特新级别', key: 'srdiLevel' },
          { header: '资质已核验', key: 'srdiVerified' },
          { header: '审核状态', key: 'status' },
          { header: '联系人', key: 'contactName' },
          { header: '联系电话', key: 'contactPhone' },
        ],
        rows: rows.map((e) => ({
          creditCode: e.creditCode,
          name: e.name,
          areaCode: e.areaCode,
          industry: e.industry,
          srdiLevel: e.srdiLevel,
          srdiVerified: e.srdiVerified ? '是' : '否',
          status: e.status,
          contactName: e.contactName,
          contactPhone: e.contactPhone,
        })),
      },
    ],
    { name: `企业名录-${today}`, asciiName: `enterprises-${today}` },
  );
};

export const importRoutes = serve(api, { recognitions, srdiList, srdiLists, exportEnterprises });
