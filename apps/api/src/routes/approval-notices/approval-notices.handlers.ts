import { endpoints, type ClaimStatus, type ApprovalNotice, type NoticeVerification } from '@huiqi/contracts';
import {
  amountInWords,
  documentDate,
  findProvision,
  formatYuan,
  Money,
  ningxia,
  todayInChina,
} from '@huiqi/domain';
import { createHash } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import { withTx, type Db, type Tx } from '../../db/client.js';
import { agencies, claims, approvalNotices, enterprises, noticeNumberCounters } from '../../db/schema.js';
import { ApiError, conflict, notFound } from '../../lib/api-error.js';
import { auditBy } from '../../lib/audit-by.js';
import type { SessionUser } from '../../lib/context.js';
import { serve, type AppRouteHandler } from '../../lib/endpoints.js';
import type { Env } from '../../env.js';
import { noticeFonts, renderNotice } from '../../lib/notice-pdf.js';
import { checkSignature, noticeSigner, SIGNATURE_FORMAT } from '../../lib/notice-signing.js';
import { claimScope } from '../../lib/scope.js';
import { fileResponse } from '../../lib/evidence-upload.js';

const api = endpoints.approvalNotices;
const CLAIM = { zh: '申报', en: 'The claim' };
const NOTICE = { zh: '批准通知书', en: 'The approval notice' };
/** A claim approved by the region, whether or not published or paid since: what a notice is issued for. */
const APPROVED: readonly ClaimStatus[] = ['approved', 'published', 'paid'];
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

type NoticeRow = typeof approvalNotices.$inferSelect;

const sha256 = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');
const verifyUrl = (env: Env, id: string) => `${env.PUBLIC_ORIGIN}/portal/verify/${id}`;
const item = (provision: string) => findProvision(ningxia, provision).title;
/** 人民币壹拾万元整: the words the notice prints. */
const words = (amount: string) => `人民币${amountInWords(amount)}`;

function dto(env: Env, n: NoticeRow, caseNo: string | null, claimStatus: ClaimStatus): ApprovalNotice {
  const title = item(n.provision);
  return {
    id: n.id,
    claimId: n.claimId,
    number: n.number,
    year: n.year,
    serial: n.serial,
    authority: n.authority,
    issuedOn: n.issuedOn,
    issuedOnText: documentDate(n.issuedOn),
    enterpriseName: n.enterpriseName,
    caseNo,
    provision: n.provision,
    item: { zh: title.zh, en: title.en },
    amount: n.amount,
    amountInWords: words(n.amount),
    claimStatus,
    verifyUrl: verifyUrl(env, n.id),
    sha256: n.signedSha256,
    keyId: n.keyId,
  };
}

const noticeWithClaim = (db: Db | Tx) =>
  db
    .select({ n: approvalNotices, caseNo: claims.caseNo, status: claims.status })
    .from(approvalNotices)
    .innerJoin(claims, eq(claims.id, approvalNotices.claimId));

/** The claim in the caller's scope (another's is 404), with the applicant's name (an enterprise or, M11.1, an agency). */
async function claimInScope(db: Db | Tx, user: SessionUser, id: string, lock = false) {
  const q = db
    .select({
      a: claims,
      name: sql<string>`coalesce(${enterprises.name}, ${agencies.name})`,
    })
    .from(claims)
    .leftJoin(enterprises, eq(enterprises.id, claims.enterpriseId))
    .leftJoin(agencies, eq(agencies.id, claims.agencyId))
    .where(and(eq(claims.id, id), claimScope(user)));
  const [row] = lock ? await q.for('update', { of: claims }) : await q;
  if (!row) throw notFound(CLAIM);
  return row;
}

/** The next 文号 serial of the year, in the caller's transaction: rolled back with it, so no number is lost. */
async function nextSerial(tx: Tx, year: number): Promise<number> {
  const [row] = await tx
    .insert(noticeNumberCounters)
    .values({ year, last: 1 })
    .onConflictDoUpdate({
      target: noticeNumberCounters.year,
      set: { last: sql`${noticeNumberCounters.last} + 1` },
    })
    .returning({ last: noticeNumberCounters.last });
  return row!.last;
}

const issue: AppRouteHandler<typeof api.issue> = async (c) => {
  const user = c.get('user');
  const { id } = c.req.valid('param');
  const { db, env, files } = c.get('deps');
  const signer = await noticeSigner(env);
  const out = await withTx(db, async (tx) => {
    // The claim's row is locked first: two requests for one claim's notice queue here, and the second
    // finds the first one's notice (and takes no number).
    const { a, name } = await claimInScope(tx, user, id, true);
    const [existing] = await noticeWithClaim(tx).where(eq(approvalNotices.claimId, id));
    if (existing) return { created: false, notice: dto(env, existing.n, existing.caseNo, existing.status) };
    if (!APPROVED.includes(a.status) || !a.approvedAmount || !Money.of(a.approvedAmount).isPositive())
      throw conflict(
        'NOT_APPROVED',
        '该申报尚未经自治区审核批准，批准后才能出具批准通知书。',
        'The claim has not been approved by the region: the approval notice is issued once it is.',
        { status: a.status },
      );
    const issuedOn = todayInChina();
    const year = Number(issuedOn.slice(0, 4));
    const serial = await nextSerial(tx, year);
    const number = `${env.NOTICE_NUMBER_PREFIX}〔${year}〕${serial}号`;
    const noticeId = crypto.randomUUID();
    const title = item(a.provision);
    const pdf = await renderNotice(
      {
        id: noticeId,
        authority: env.NOTICE_AUTHORITY,
        number,
        issuedOn,
        issuedOnText: documentDate(issuedOn),
        enterpriseName: name,
        item: title.zh,
        caseNo: a.caseNo,
        amountFigures: formatYuan(a.approvedAmount),
        amountWords: words(a.approvedAmount),
        verifyUrl: verifyUrl(env, noticeId),
      },
      noticeFonts(env.NOTICE_FONT_FILE),
    );
    const signed = signer.seal(pdf, noticeId);
    // Stored by content hash before the row that names it commits (a rollback leaves an unnamed file, never a dangling row).
    const pdfSha256 = await files.put(signed);
    const [row] = await tx
      .insert(approvalNotices)
      .values({
        id: noticeId,
        claimId: id,
        year,
        serial,
        number,
        authority: env.NOTICE_AUTHORITY,
        issuedOn,
        enterpriseName: name,
        provision: a.provision,
        amount: a.approvedAmount,
        keyId: signer.keyId,
        signedSha256: sha256(pdf),
        pdfSha256,
        pdfSize: signed.length,
        issuedBy: user.id,
      })
      .returning();
    await auditBy(c, tx, {
      action: 'approval-notice.issued',
      targetType: 'approval-notice',
      targetId: noticeId,
      after: {
        claimId: id,
        number,
        issuedOn,
        amount: a.approvedAmount,
        keyId: signer.keyId,
        signedSha256: row!.signedSha256,
      },
    });
    return { created: true, notice: dto(env, row!, a.caseNo, a.status) };
  });
  return c.json(out.notice, out.created ? 201 : 200);
};

const ofClaim: AppRouteHandler<typeof api.ofClaim> = async (c) => {
  const { id } = c.req.valid('param');
  const { db, env } = c.get('deps');
  await claimInScope(db, c.get('user'), id);
  const [row] = await noticeWithClaim(db).where(eq(approvalNotices.claimId, id));
  return c.json({ notice: row ? dto(env, row.n, row.caseNo, row.status) : null }, 200);
};

const pdf: AppRouteHandler<typeof api.pdf> = async (c) => {
  const { id } = c.req.valid('param');
  const { db, files } = c.get('deps');
  const [row] = await db
    .select({ n: approvalNotices })
    .from(approvalNotices)
    .innerJoin(claims, eq(claims.id, approvalNotices.claimId))
    .where(and(eq(approvalNotices.id, id), claimScope(c.get('user'))));
  if (!row) throw notFound(NOTICE);
  const data = await files.get(row.n.pdfSha256);
  return fileResponse(c, data, `批准通知书-${row.n.year}-${row.n.serial}.pdf`, 'application/pdf', {
    inline: true,
    asciiName: `approval-notice-${row.n.year}-${row.n.serial}.pdf`,
  });
};

/** A notice by its id or its 文号 (as printed; half-width brackets and spaces are tolerated). */
async function findNotice(db: Db, ref: string) {
  const trimmed = ref.replace(/\s+/g, '');
  const byNumber = trimmed.replace(/[[(（【]/g, '〔').replace(/[\])）】]/g, '〕');
  const [row] = await noticeWithClaim(db).where(
    UUID.test(trimmed) ? eq(approvalNotices.id, trimmed.toLowerCase()) : eq(approvalNotices.number, byNumber),
  );
  return row;
}

function publicDto(env: Env, r: { n: NoticeRow; caseNo: string | null; status: ClaimStatus }) {
  const { claimId: _, ...facts } = dto(env, r.n, r.caseNo, r.status);
  return facts;
}

const facts: AppRouteHandler<typeof api.facts> = async (c) => {
  const { ref } = c.req.valid('query');
  const { db, env } = c.get('deps');
  const row = await findNotice(db, ref);
  if (!row)
    throw new ApiError(
      404,
      'NOTICE_NOT_FOUND',
      `没有文号或编号为“${ref}”的批准通知书，请核对后重试。`,
      `No approval notice has the number or id “${ref}”: check it and try again.`,
    );
  return c.json(publicDto(env, row), 200);
};

const verify: AppRouteHandler<typeof api.verify> = async (c) => {
  const { file } = c.req.valid('form');
  const { db, env } = c.get('deps');
  const data = Buffer.from(await file.arrayBuffer());
  if (data.subarray(0, 5).toString('latin1') !== '%PDF-')
    throw new ApiError(
      415,
      'NOT_A_PDF',
      '请上传 PDF 格式的批准通知书（按文件内容识别）。',
      'Upload the approval notice as a PDF (recognised by its content).',
    );
  const signer = await noticeSigner(env);
  const check = checkSignature(data, signer.publicKey, signer.keyId);
  const hash = sha256(data);
  const byId = async (noticeId: string | null) =>
    noticeId ? (await noticeWithClaim(db).where(eq(approvalNotices.id, noticeId)))[0] : undefined;
  let answer: Omit<NoticeVerification, 'sha256'>;
  if (!check.signed) {
    const named = await byId(check.claimedId);
    answer = named
      ? {
          result: 'altered',
          zh: `文件自称批准通知书 ${named.n.number}，但其中的电子签名缺失或不完整：不是平台出具的原件。`,
          en: `The file claims to be notice ${named.n.number}, but its signature is missing or broken: it is not the copy the platform issued.`,
          notice: publicDto(env, named),
        }
      : {
          result: 'unknown',
          zh: '文件中没有平台的电子签名，不是本平台出具的批准通知书。',
          en: 'The file carries no signature of the platform: it is not an approval notice the platform issued.',
          notice: null,
        };
  } else {
    const named = await byId(check.noticeId);
    if (check.valid && named && sha256(check.signedBytes) === named.n.signedSha256)
      answer = {
        result: 'genuine',
        zh: `签名有效：这是平台出具的批准通知书 ${named.n.number}，内容未被改动。`,
        en: `The signature holds: this is approval notice ${named.n.number} as the platform issued it, unchanged.`,
        notice: publicDto(env, named),
      };
    else if (named)
      answer = {
        result: 'altered',
        zh: `文件自称批准通知书 ${named.n.number}，但签名校验不通过：内容已被改动，请以平台记录为准。`,
        en: `The file claims to be notice ${named.n.number}, but its signature does not hold: it has been altered. The platform's record is below.`,
        notice: publicDto(env, named),
      };
    else
      answer = {
        result: 'unknown',
        zh: '文件所称的批准通知书不在平台记录中，不是本平台出具的批准通知书。',
        en: 'The notice the file names is not in the platform’s records: it is not an approval notice the platform issued.',
        notice: null,
      };
  }
  return c.json({ ...answer, sha256: hash }, 200);
};

const publicKey: AppRouteHandler<typeof api.publicKey> = async (c) => {
  const signer = await noticeSigner(c.get('deps').env);
  return c.json(
    {
      algorithm: 'Ed25519' as const,
      keyId: signer.keyId,
      publicKeyPem: signer.publicKeyPem,
      format: SIGNATURE_FORMAT,
    },
    200,
  );
};

export const approvalNoticeRoutes = serve(api, { issue, ofClaim, pdf, facts, verify, publicKey });
