import { endpoints } from '@huiqi/contracts';
import {
  assess,
  findProvision,
  Money,
  policyRegistry,
  statesFor,
  transition,
  type ClaimAction,
} from '@huiqi/domain';
import { eq } from 'drizzle-orm';
import { lastly, withTx } from '../../db/client.js';
import { ph, prepared } from '../../db/prepared.js';
import { claims, reviewerConflicts, reviews, type ClaimStatus } from '../../db/schema.js';
import { forbidden, unprocessable } from '../../lib/api-error.js';
import { audit } from '../../lib/audit.js';
import { claimContext, claimUnder, versionOn } from '../../lib/claim-context.js';
import { actorOf } from '../../lib/context.js';
import { ledger } from '../../lib/ledger.js';
import { serve, type AppRouteHandler } from '../../lib/endpoints.js';
import { claimDto, lockClaim } from '../claims/claims.service.js';
import { textClaimDecision } from '../../lib/claim-sms.js';

const api = endpoints.reviews;

/**
 * A return's problems at the claim's fields and the guide's materials, checked against the
 * provision they name: a field the claim does not have, or a material the guide does not list, is
 * refused (nothing is recorded), so the enterprise is never told of something it cannot find.
 */
function returnIssues(
  version: ReturnType<typeof versionOn>,
  provisionId: string,
  d: {
    fieldIssues?: { field: string; reason: string }[] | undefined;
    materialIssues?: { material: number; reason: string }[] | undefined;
  },
) {
  if (!d.fieldIssues?.length && !d.materialIssues?.length) return null;
  const provision = findProvision(version, provisionId);
  const fields = new Map((provision.claim?.fields ?? []).map((f) => [f.key, f]));
  for (const i of d.fieldIssues ?? []) {
    if (!fields.has(i.field))
      throw unprocessable(
        'UNKNOWN_CLAIM_FIELD',
        `该申报没有“${i.field}”这一项，请在申报内容中选择要补正的项目。`,
        `This claim has no field "${i.field}": choose one of the claim's fields.`,
        { field: i.field },
      );
  }
  const materials = provision.guide?.materials.length ?? 0;
  for (const i of d.materialIssues ?? []) {
    if (i.material > materials)
      throw unprocessable(
        'UNKNOWN_MATERIAL',
        `申报指南只列有 ${materials} 项材料，没有第 ${i.material} 项。`,
        `The guide lists ${materials} materials: there is no number ${i.material}.`,
        { material: i.material },
      );
  }
  return { fields: d.fieldIssues ?? [], materials: d.materialIssues ?? [] };
}

/** A decision's change of the claim, built once (prepared.ts). */
const updateDecided = prepared((db) =>
  db
    .update(claims)
    .set({
      status: ph('status'),
      approvedAmount: ph('approvedAmount'),
      amountReason: ph('amountReason'),
      version: ph('version'),
      updatedAt: ph('updatedAt'),
    })
    .where(eq(claims.id, ph('id')))
    .returning(),
);

/** A decision's review row, built once. */
const insertReview = prepared((db) =>
  db.insert(reviews).values({
    claimId: ph('claimId'),
    stage: ph('stage'),
    decision: ph('decision'),
    comment: ph('comment'),
    fixItems: ph('fixItems'),
    issues: ph('issues'),
    amount: ph('amount'),
    reviewerId: ph('reviewerId'),
  }),
);

const decide: AppRouteHandler<typeof api.decide> = async (c) => {
  const user = c.get('user');
  const { id } = c.req.valid('param');
  const d = c.req.valid('json');
  const deps = c.get('deps');
  const stage = user.role === 'city-admin' ? 'city' : 'region';
  const snapshot = await deps.policy.get();
  const { requestId } = actorOf(c);
  let enterpriseName = '';
  const out = await withTx(deps.db, async (tx) => {
    // The lifecycle says from which state this role's decision may be made, and where it leads.
    const action = `${stage}-${d.decision}` as ClaimAction;
    // A city approval locks the enterprise too: two of its claims decided at once cannot both take its annual cap.
    const {
      a,
      enterpriseName: name,
      conflicted,
      decided,
    } = await lockClaim(tx, user, id, [...statesFor(action)], d.version, {
      lockApplicant: action === 'city-approve',
      conflictsOf: user.id,
      decided: action === 'city-approve',
    });
    enterpriseName = name;
    if (conflicted)
      throw forbidden(
        '您与该企业存在利益关联，须回避，不能审核其申报。',
        'You are linked to this enterprise (conflict of interest) and may not decide its claims.',
      );
    const issues = returnIssues(versionOn(snapshot), a.provision, d);
    const budget = { provision: a.provision, year: a.fundingYear, claimId: a.id, requestId };
    let status: ClaimStatus;
    let approvedAmount = a.approvedAmount;
    if (d.decision === 'approve') {
      // A project whose amount the text leaves to review (M4.2): the region names it and says why.
      if (
        stage === 'region' &&
        d.amount === undefined &&
        policyRegistry(versionOn(snapshot)).reviewerSetsAmount.has(a.provision)
      )
        throw unprocessable(
          'AMOUNT_REQUIRED',
          '该项目的支持金额由自治区审核核定：请填写核定金额及理由。',
          'The region sets the amount of this project: give the approved amount and its reason.',
          { field: 'amount' },
        );
      const ceiling = Money.of(stage === 'city' ? a.assessedAmount! : a.approvedAmount!);
      const amount = d.amount === undefined ? ceiling : Money.of(d.amount);
      if (amount.compare(ceiling) > 0 || !amount.isPositive()) {
        throw unprocessable(
          'AMOUNT_OUT_OF_RANGE',
          `核定金额须大于零且不超过 ¥${ceiling.toString()}。`,
          `The approved amount must be above zero and at most ¥${ceiling.toString()}.`,
        );
      }
      if (stage === 'city') {
        // The annual cap, again, against what is decided now (the enterprise is locked above).
        const asOf = (a.assessment as { asOf: string }).asOf;
        const claim = claimUnder(snapshot, a.claim, asOf);
        const now = assess(claim, {
          ...(await claimContext(tx, a, claim, versionOn(snapshot, asOf), asOf, decided)),
          fundingYear: a.fundingYear,
          asOf,
          policy: snapshot.versions,
          lprTable: snapshot.lpr,
        });
        if (!now.eligible || amount.compare(now.amount) > 0) {
          throw unprocessable(
            'CAP_REACHED',
            `按本年度已核定金额重新测算，最多可核定 ¥${now.amount}。`,
            `Counting what is already approved this year, at most ¥${now.amount} can be approved.`,
            { reassessed: now },
          );
        }
        // With the commit: nothing below reads the budget (its refusal is thrown by withTx).
        await ledger(tx, 'reserve', { ...budget, amount: amount.toString() }, 'last');
        status = transition(action).to as ClaimStatus;
      } else {
        await ledger(tx, 'post', { ...budget, amount: amount.toString() }, 'last');
        const rest = ceiling.minus(amount);
        if (rest.isPositive()) await ledger(tx, 'void', { ...budget, amount: rest.toString() }, 'last');
        status = transition(action).to as ClaimStatus;
      }
      approvedAmount = amount.toString();
    } else {
      if (stage === 'region') await ledger(tx, 'void', { ...budget, amount: a.approvedAmount! }, 'last');
      status = transition(action).to as ClaimStatus;
      approvedAmount = null;
    }
    // The claim's change and the review ride with the commit (writeLast): nothing below reads them.
    const amountReason = d.amount !== undefined ? d.amountReason! : a.amountReason;
    const updated = lastly(tx, () =>
      updateDecided(tx, {
        id,
        status,
        approvedAmount,
        amountReason,
        version: a.version + 1,
        updatedAt: new Date().toISOString(),
      }),
    );
    void lastly(tx, () =>
      insertReview(tx, {
        claimId: id,
        stage,
        decision: d.decision,
        comment: d.comment,
        fixItems: d.fixItems ?? null,
        issues,
        amount: d.decision === 'approve' ? approvedAmount : null,
        reviewerId: user.id,
      }),
    );
    await audit(tx, {
      ...actorOf(c),
      action: `review.${stage}.${d.decision}`,
      targetType: 'claim',
      targetId: id,
      before: { status: a.status, approvedAmount: a.approvedAmount },
      after: {
        status,
        approvedAmount,
        ...(d.amount !== undefined ? { amountReason: d.amountReason } : {}),
        comment: d.comment,
        fixItems: d.fixItems,
        ...(issues ? { issues } : {}),
      },
    });
    const assessedOn = (a.assessment as { asOf?: string } | null)?.asOf;
    await textClaimDecision(
      tx,
      { ...a, approvedAmount },
      { status, comment: d.comment },
      versionOn(snapshot, assessedOn),
    );
    // Not awaited here: the update is sent after this function returns (see lastly).
    return { updated };
  });
  const [row] = await out.updated;
  return c.json(claimDto(row!, enterpriseName), 200);
};

const declareConflict: AppRouteHandler<typeof api.declareConflict> = async (c) => {
  const user = c.get('user');
  const input = c.req.valid('json');
  if (user.role !== 'region-admin' && input.userId !== user.id) {
    throw forbidden('只能为自己申报回避关系。', 'You may declare conflicts for yourself only.');
  }
  await withTx(c.get('deps').db, async (tx) => {
    await tx.insert(reviewerConflicts).values(input);
    await audit(tx, {
      ...actorOf(c),
      action: 'review.conflict-declared',
      targetType: 'user',
      targetId: input.userId,
      after: input,
    });
  });
  return c.json({ ok: true as const }, 201);
};

export const reviewRoutes = serve(api, { decide, declareConflict });
