import { endpoints } from '@huiqi/contracts';
import { yearInChina } from '@huiqi/domain';
import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import { withTx, type Db, type Tx } from '../../db/client.js';
import {
  agencies,
  brandEvidence,
  brandNominations,
  brandSelectionPlaces,
  enterprises,
} from '../../db/schema.js';
import { conflict, notFound, unprocessable } from '../../lib/api-error.js';
import { auditBy } from '../../lib/audit-by.js';
import { notify, reasonText, type Notice } from '../../lib/notify.js';
import type { SessionUser } from '../../lib/context.js';
import { serve, type AppRouteHandler } from '../../lib/endpoints.js';
import { evidenceType, fileResponse, safeFilename } from '../../lib/evidence-upload.js';
import { brandScope } from '../../lib/scope.js';
import { brandSelection } from './brand-provision.js';

const api = endpoints.brands;
const NOMINATION = { zh: '品牌提名', en: 'The brand nomination' };

type Row = { n: typeof brandNominations.$inferSelect; enterpriseName: string; agencyName: string | null };
type Evidence = typeof brandEvidence.$inferSelect;

const select = { n: brandNominations, enterpriseName: enterprises.name, agencyName: agencies.name };
const fromNominations = (db: Db | Tx) =>
  db
    .select(select)
    .from(brandNominations)
    .innerJoin(enterprises, eq(enterprises.id, brandNominations.enterpriseId))
    .leftJoin(agencies, eq(agencies.id, brandNominations.agencyId));

function dto({ n, enterpriseName, agencyName }: Row, evidence: Evidence[]) {
  return {
    id: n.id,
    year: n.year,
    enterpriseId: n.enterpriseId,
    enterpriseName,
    areaCode: n.areaCode,
    trademarkName: n.trademarkName,
    registrationNo: n.registrationNo,
    niceClass: n.niceClass,
    owner: n.owner,
    statement: n.statement,
    status: n.status as 'nominated' | 'selected' | 'refused',
    reason: n.reason,
    agencyName,
    decidedAt: n.decidedAt,
    version: n.version,
    evidence: evidence.map((e) => ({
      id: e.id,
      kind: e.kind as 'distinctiveness' | 'reputation',
      filename: e.filename,
      mime: e.mime,
      size: e.size,
      createdAt: e.createdAt,
    })),
    createdAt: n.createdAt,
  };
}

/** The nominations with their evidence: one query for all the files, grouped by nomination. */
async function withEvidence(db: Db | Tx, rows: Row[]) {
  const ids = rows.map((r) => r.n.id);
  const files = ids.length
    ? await db
        .select()
        .from(brandEvidence)
        .where(inArray(brandEvidence.nominationId, ids))
        .orderBy(asc(brandEvidence.createdAt))
    : [];
  const by = new Map<string, Evidence[]>();
  for (const f of files) by.set(f.nominationId, [...(by.get(f.nominationId) ?? []), f]);
  return rows.map((r) => dto(r, by.get(r.n.id) ?? []));
}

async function findInScope(db: Db | Tx, user: SessionUser, id: string): Promise<Row> {
  const [row] = await fromNominations(db).where(and(eq(brandNominations.id, id), brandScope(user)));
  if (!row) throw notFound(NOMINATION);
  return row;
}

async function placesOf(db: Db | Tx, year: number, cap: number) {
  const [p] = await db.select().from(brandSelectionPlaces).where(eq(brandSelectionPlaces.year, year));
  const used = p?.used ?? 0;
  return { year, cap, used, remaining: Math.max(0, cap - used) };
}

const nominate: AppRouteHandler<typeof api.nominate> = async (c) => {
  const user = c.get('user');
  const input = c.req.valid('json');
  const { db, policy } = c.get('deps');
  // An enterprise nominates its own; a station names the enterprise it nominates for.
  const enterpriseId = user.role === 'enterprise' ? user.enterpriseId : input.enterpriseId;
  if (!enterpriseId)
    throw unprocessable(
      'ENTERPRISE_REQUIRED',
      '请选择为哪家企业提名。',
      'Choose the enterprise the nomination is for.',
      [
        {
          path: 'enterpriseId',
          zh: '请选择为哪家企业提名。',
          en: 'Choose the enterprise the nomination is for.',
        },
      ],
    );
  if (user.role === 'enterprise' && input.enterpriseId && input.enterpriseId !== user.enterpriseId)
    throw notFound({ zh: '企业', en: 'The enterprise' });
  const [e] = await db.select().from(enterprises).where(eq(enterprises.id, enterpriseId));
  if (!e) throw notFound({ zh: '企业', en: 'The enterprise' });
  // The clause selects 专精特新企业商标品牌: the enterprise must be a verified SRDI enterprise.
  if (e.status !== 'verified' || e.srdiLevel === 'none' || !e.srdiVerified)
    throw unprocessable(
      'NOT_SRDI_ENTERPRISE',
      `${e.name}尚未核验为专精特新企业：“百城百品”遴选专精特新企业的商标品牌。`,
      `${e.name} is not a verified SRDI enterprise: the selection is of SRDI enterprises' brands.`,
    );
  const year = yearInChina();
  const { provision } = await brandSelection(policy, year);
  const row = await withTx(db, async (tx) => {
    const [n] = await tx
      .insert(brandNominations)
      .values({
        provision: provision.id,
        year,
        enterpriseId: e.id,
        areaCode: e.areaCode,
        trademarkName: input.trademarkName,
        registrationNo: input.registrationNo,
        niceClass: input.niceClass,
        owner: input.owner,
        statement: input.statement,
        agencyId: user.role === 'agency' ? user.agencyId : null,
        nominatedBy: user.id,
      })
      .onConflictDoNothing()
      .returning();
    if (!n) {
      const zh = `注册号 ${input.registrationNo}（第 ${input.niceClass} 类）已在 ${year} 年度提名。`;
      const en = `Registration ${input.registrationNo} (class ${input.niceClass}) is already nominated for ${year}.`;
      // At the field, as a validation failure is: the form shows it under the registration number.
      throw conflict('BRAND_ALREADY_NOMINATED', zh, en, [{ path: 'registrationNo', zh, en }]);
    }
    await auditBy(c, tx, {
      action: 'brand.nominated',
      targetType: 'brand-nomination',
      targetId: n.id,
      after: { ...input, enterpriseId: e.id, year },
    });
    return n;
  });
  const agencyName =
    user.role === 'agency'
      ? ((await db.select({ name: agencies.name }).from(agencies).where(eq(agencies.id, user.agencyId!)))[0]
          ?.name ?? null)
      : null;
  return c.json(dto({ n: row, enterpriseName: e.name, agencyName }, []), 201);
};

const list: AppRouteHandler<typeof api.list> = async (c) => {
  const user = c.get('user');
  const q = c.req.valid('query');
  const { db, policy } = c.get('deps');
  const year = q.year ?? yearInChina();
  const { cap } = await brandSelection(policy, year);
  const rows = await fromNominations(db)
    .where(
      and(
        brandScope(user),
        eq(brandNominations.year, year),
        q.status ? eq(brandNominations.status, q.status) : undefined,
      ),
    )
    .orderBy(desc(brandNominations.createdAt), asc(brandNominations.id));
  return c.json({ items: await withEvidence(db, rows), places: await placesOf(db, year, cap) }, 200);
};

const get: AppRouteHandler<typeof api.get> = async (c) => {
  const { db } = c.get('deps');
  const row = await findInScope(db, c.get('user'), c.req.valid('param').id);
  const [out] = await withEvidence(db, [row]);
  return c.json(out!, 200);
};

const addEvidence: AppRouteHandler<typeof api.addEvidence> = async (c) => {
  const user = c.get('user');
  const { id } = c.req.valid('param');
  const form = c.req.valid('form');
  const { db, files } = c.get('deps');
  const row = await findInScope(db, user, id);
  if (row.n.status !== 'nominated')
    throw conflict(
      'BRAND_DECIDED',
      '该提名已有遴选结果，不能再补充材料。',
      'The nomination has been decided: no more evidence can be added.',
    );
  const data = new Uint8Array(await form.file.arrayBuffer());
  const mime = await evidenceType(data);
  const sha256 = await files.put(data);
  const filename = safeFilename(form.file.name);
  await withTx(db, async (tx) => {
    const [f] = await tx
      .insert(brandEvidence)
      .values({
        nominationId: id,
        kind: form.kind,
        filename,
        mime,
        size: data.length,
        sha256,
        uploadedBy: user.id,
      })
      .returning();
    await auditBy(c, tx, {
      action: 'brand.evidence-added',
      targetType: 'brand-nomination',
      targetId: id,
      after: { evidenceId: f!.id, kind: form.kind, filename, sha256, size: data.length },
    });
  });
  const [out] = await withEvidence(db, [row]);
  return c.json(out!, 201);
};

const evidence: AppRouteHandler<typeof api.evidence> = async (c) => {
  const user = c.get('user');
  const { id } = c.req.valid('param');
  const { db, files } = c.get('deps');
  const [f] = await db
    .select({ f: brandEvidence })
    .from(brandEvidence)
    .innerJoin(brandNominations, eq(brandNominations.id, brandEvidence.nominationId))
    .where(and(eq(brandEvidence.id, id), brandScope(user)));
  if (!f) throw notFound({ zh: '证明材料', en: 'The evidence file' });
  const data = await files.get(f.f.sha256);
  return fileResponse(c, data, f.f.filename, f.f.mime, { inline: true });
};

/**
 * The decision told to the nominated enterprise and, when a station nominated it, to that agency,
 * in the decision's transaction (lib/notify.ts).
 */
async function tellNominators(
  tx: Tx,
  n: typeof brandNominations.$inferSelect,
  decision: 'select' | 'refuse' | 'deselect',
) {
  const mark = {
    zh: `“${n.trademarkName}”（注册号 ${n.registrationNo}，第 ${n.niceClass} 类）`,
    en: `“${n.trademarkName}” (registration ${n.registrationNo}, class ${n.niceClass})`,
  };
  const text: Pick<Notice, 'title' | 'body'> = {
    select: {
      title: { zh: '品牌入选“百城百品”', en: 'Brand selected for 百城百品' },
      body: {
        zh: `${mark.zh}入选 ${n.year} 年度“百城百品”，将在门户公布。`,
        en: `${mark.en} is selected for ${n.year} and will be published on the portal.`,
      },
    },
    refuse: {
      title: { zh: '品牌未入选“百城百品”', en: 'Brand not selected for 百城百品' },
      body: {
        zh: `${mark.zh}未入选 ${n.year} 年度“百城百品”：${reasonText(n.reason)}。`,
        en: `${mark.en} is not selected for ${n.year}: ${reasonText(n.reason)}.`,
      },
    },
    deselect: {
      title: { zh: '品牌撤销入选“百城百品”', en: 'Brand selection withdrawn (百城百品)' },
      body: {
        zh: `${mark.zh}的 ${n.year} 年度“百城百品”入选已撤销：${reasonText(n.reason)}。`,
        en: `The ${n.year} selection of ${mark.en} is withdrawn: ${reasonText(n.reason)}.`,
      },
    },
  }[decision];
  const notice = { topic: `brand.${decision}`, subject: { type: 'brand-nomination', id: n.id }, ...text };
  // Every decision ends the nomination (or its selection): the enterprise is also texted.
  await notify(tx, { ...notice, to: { kind: 'enterprise', id: n.enterpriseId }, sms: 'contact' });
  if (n.agencyId) await notify(tx, { ...notice, to: { kind: 'agency', id: n.agencyId } });
}

const decide: AppRouteHandler<typeof api.decide> = async (c) => {
  const { id } = c.req.valid('param');
  const input = c.req.valid('json');
  const user = c.get('user');
  const { db, policy } = c.get('deps');
  // The year's number of places, read before the transaction (the policy store reads the database).
  const [target] = await db
    .select({ year: brandNominations.year })
    .from(brandNominations)
    .where(eq(brandNominations.id, id));
  if (!target) throw notFound(NOMINATION);
  const { cap } = await brandSelection(policy, target.year);
  const out = await withTx(db, async (tx) => {
    const [current] = await tx.select().from(brandNominations).where(eq(brandNominations.id, id));
    if (!current) throw notFound(NOMINATION);
    if (current.version !== input.version)
      throw conflict(
        'STALE_VERSION',
        '该提名已被他人处理，请刷新后重试。',
        'The nomination was changed by someone else: reload and try again.',
        { current: current.version },
      );
    const from = input.decision === 'deselect' ? 'selected' : 'nominated';
    if (current.status !== from)
      throw conflict(
        'WRONG_STATE',
        input.decision === 'deselect'
          ? '只有已入选的品牌可以撤销入选。'
          : '只有待遴选的提名可以入选或不予入选。',
        input.decision === 'deselect'
          ? 'Only a selected brand can be withdrawn.'
          : 'Only a waiting nomination can be selected or refused.',
      );
    if (input.decision === 'select') {
      const kinds = await tx
        .selectDistinct({ kind: brandEvidence.kind })
        .from(brandEvidence)
        .where(eq(brandEvidence.nominationId, id));
      if (kinds.length < 2)
        throw unprocessable(
          'BRAND_EVIDENCE_MISSING',
          '入选须有显著性和市场信誉两类证明材料。',
          'Selecting needs evidence of both distinctiveness and reputation.',
        );
    }
    // The nomination first, guarded by its version and state (one decision wins), then the places:
    // every decision locks in that order, so two at once never wait on each other crosswise.
    const [n] = await tx
      .update(brandNominations)
      .set({
        status:
          input.decision === 'select' ? 'selected' : input.decision === 'refuse' ? 'refused' : 'nominated',
        reason: input.decision === 'select' ? null : input.reason,
        decidedBy: user.id,
        decidedAt: sql`now()`,
        version: sql`${brandNominations.version} + 1`,
        updatedAt: sql`now()`,
      })
      .where(
        and(
          eq(brandNominations.id, id),
          eq(brandNominations.version, input.version),
          eq(brandNominations.status, from),
        ),
      )
      .returning();
    if (!n)
      throw conflict(
        'STALE_VERSION',
        '该提名已被他人处理，请刷新后重试。',
        'The nomination was changed by someone else: reload and try again.',
      );
    if (input.decision !== 'refuse') {
      await tx.insert(brandSelectionPlaces).values({ year: n.year }).onConflictDoNothing();
      // The guarded increment is the cap: under the row lock, a place is taken only while one is left
      // (the number read from the registry for the year, so a changed parameter applies at once).
      const [p] = await tx
        .update(brandSelectionPlaces)
        .set({
          used:
            input.decision === 'select'
              ? sql`${brandSelectionPlaces.used} + 1`
              : sql`${brandSelectionPlaces.used} - 1`,
        })
        .where(
          and(
            eq(brandSelectionPlaces.year, n.year),
            input.decision === 'select'
              ? sql`${brandSelectionPlaces.used} < ${cap}`
              : sql`${brandSelectionPlaces.used} > 0`,
          ),
        )
        .returning();
      if (!p)
        throw conflict(
          'BRAND_PLACES_FULL',
          `${n.year} 年度 ${cap} 个入选名额已满：撤销一个入选品牌后才能再遴选。`,
          `All ${cap} places of ${n.year} are taken: withdraw a selected brand to select another.`,
          { cap },
        );
    }
    await auditBy(c, tx, {
      action:
        input.decision === 'select'
          ? 'brand.selected'
          : input.decision === 'refuse'
            ? 'brand.refused'
            : 'brand.deselected',
      targetType: 'brand-nomination',
      targetId: id,
      before: { status: current.status, version: current.version },
      after: { status: n.status, version: n.version, reason: n.reason },
    });
    await tellNominators(tx, n, input.decision);
    const [row] = await fromNominations(tx).where(eq(brandNominations.id, id));
    const [nomination] = await withEvidence(tx, [row!]);
    return { nomination: nomination!, places: await placesOf(tx, n.year, cap) };
  });
  return c.json(out, 200);
};

const selected: AppRouteHandler<typeof api.selected> = async (c) => {
  const q = c.req.valid('query');
  const rows = await c
    .get('deps')
    .db.select({
      trademarkName: brandNominations.trademarkName,
      niceClass: brandNominations.niceClass,
      owner: brandNominations.owner,
      enterpriseName: enterprises.name,
      areaCode: brandNominations.areaCode,
      year: brandNominations.year,
    })
    .from(brandNominations)
    .innerJoin(enterprises, eq(enterprises.id, brandNominations.enterpriseId))
    .where(
      and(eq(brandNominations.status, 'selected'), q.year ? eq(brandNominations.year, q.year) : undefined),
    )
    .orderBy(
      desc(brandNominations.year),
      asc(brandNominations.areaCode),
      asc(brandNominations.trademarkName),
    );
  return c.json({ items: rows }, 200);
};

export const brandRoutes = serve(api, { nominate, list, get, addEvidence, evidence, decide, selected });
