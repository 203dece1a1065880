import { assess, Money, statesFor, transition, type ClaimAction } from '@huiqi/domain';
import { eq } from 'drizzle-orm';
import { withTx } from '../../db/client.js';
import { applications, reviewerConflicts, reviews, type ApplicationStatus } from '../../db/schema.js';
import { forbidden, unprocessable } from '../../lib/api-error.js';
import { audit } from '../../lib/audit.js';
import { claimContext, claimUnder, versionOn } from '../../lib/claim-context.js';
import { actorOf, requireUser } from '../../lib/context.js';
import { ledger } from '../../lib/ledger.js';
import { router } from '../../lib/openapi.js';
import { applicationDto, lockApplication } from '../applications/applications.service.js';
import { declareConflict, decide } from './reviews.routes.js';

export const reviewRoutes = router()
  .openapi(decide, async (c) => {
    const user = requireUser(c, 'city-admin', 'region-admin');
    const { id } = c.req.valid('param');
    const d = c.req.valid('json');
    const deps = c.get('deps');
    const stage = user.role === 'city-admin' ? 'city' : 'region';
    const snapshot = await deps.policy.get();
    const { requestId } = actorOf(c);
    const out = await withTx(deps.db, async (tx) => {
      // The lifecycle says from which state this role's decision may be made, and where it leads.
      const action = `${stage}-${d.decision}` as ClaimAction;
      // A city approval locks the enterprise too: two of its claims decided at once cannot both take its annual cap.
      const { a, enterpriseName, conflicted } = await lockApplication(tx, user, id, [...statesFor(action)], d.version, { lockEnterprise: action === 'city-approve', conflictsOf: user.id });
      if (conflicted) throw forbidden('您与该企业存在利益关联，须回避，不能审核其申报。', 'You are linked to this enterprise (conflict of interest) and may not decide its claims.');
      const budget = { provision: a.provision, year: a.fundingYear, applicationId: a.id, requestId };
      let status: ApplicationStatus;
      let approvedAmount = a.approvedAmount;
      if (d.decision === 'approve') {
        const ceiling = Money.of(stage === 'city' ? a.assessedAmount! : a.approvedAmount!);
        const amount = d.amount === undefined ? ceiling : Money.of(d.amount);
        if (amount.compare(ceiling) > 0 || !amount.isPositive()) {
          throw unprocessable('AMOUNT_OUT_OF_RANGE', `核定金额须大于零且不超过 ¥${ceiling.toString()}。`, `The approved amount must be above zero and at most ¥${ceiling.toString()}.`);
        }
        if (stage === 'city') {
          // The annual cap, again, against what is decided now (the enterprise is locked above).
          const asOf = (a.assessment as { asOf: string }).asOf;
          const claim = claimUnder(snapshot, a.claim, asOf);
          const now = assess(claim, { ...(await claimContext(tx, a, claim, versionOn(snapshot, asOf), asOf)), fundingYear: a.fundingYear, asOf, policy: snapshot.versions, lprTable: snapshot.lpr });
          if (!now.eligible || amount.compare(now.amount) > 0) {
            throw unprocessable('CAP_REACHED', `按本年度已核定金额重新测算，最多可核定 ¥${now.amount}。`, `Counting what is already approved this year, at most ¥${now.amount} can be approved.`, { reassessed: now });
          }
          await ledger(tx, 'reserve', { ...budget, amount: amount.toString() });
          status = transition(action).to as ApplicationStatus;
        } else {
          await ledger(tx, 'post', { ...budget, amount: amount.toString() });
          const rest = ceiling.minus(amount);
          if (rest.isPositive()) await ledger(tx, 'void', { ...budget, amount: rest.toString() });
          status = transition(action).to as ApplicationStatus;
        }
        approvedAmount = amount.toString();
      } else {
        if (stage === 'region') await ledger(tx, 'void', { ...budget, amount: a.approvedAmount! });
        status = transition(action).to as ApplicationStatus;
        approvedAmount = null;
      }
      const [row] = await tx
        .update(applications)
        .set({ status, approvedAmount, amountReason: d.amount !== undefined ? d.amountReason! : a.amountReason, version: a.version + 1, updatedAt: new Date().toISOString() })
        .where(eq(applications.id, id))
        .returning();
      await tx.insert(reviews).values({ applicationId: id, stage, decision: d.decision, comment: d.comment, fixItems: d.fixItems ?? null, amount: d.decision === 'approve' ? approvedAmount : null, reviewerId: user.id });
      await audit(tx, { ...actorOf(c), action: `review.${stage}.${d.decision}`, targetType: 'application', targetId: id, before: { status: a.status, approvedAmount: a.approvedAmount }, after: { status, approvedAmount, comment: d.comment, fixItems: d.fixItems } });
      return applicationDto(row!, enterpriseName);
    });
    return c.json(out, 200);
  })
  .openapi(declareConflict, async (c) => {
    const user = requireUser(c, 'city-admin', 'region-admin');
    const input = c.req.valid('json');
    if (user.role !== 'region-admin' && input.userId !== user.id) {
      throw forbidden('只能为自己申报回避关系。', 'You may declare conflicts for yourself only.');
    }
    await withTx(c.get('deps').db, async (tx) => {
      await tx.insert(reviewerConflicts).values(input);
      await audit(tx, { ...actorOf(c), action: 'review.conflict-declared', targetType: 'user', targetId: input.userId, after: input });
    });
    return c.json({ ok: true as const }, 201);
  });
