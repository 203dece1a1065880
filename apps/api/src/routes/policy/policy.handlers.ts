import { endpoints } from '@huiqi/contracts';
import { assess, createLprTable, todayInChina, withParameterValue, type AnyClaim } from '@huiqi/domain';
import { and, eq } from 'drizzle-orm';
import { withTx } from '../../db/client.js';
import { lprPublications, parameterValues, settings } from '../../db/schema.js';
import { ApiError, conflict } from '../../lib/api-error.js';
import { auditBy } from '../../lib/audit-by.js';
import { actorOf } from '../../lib/context.js';
import { serve, type AppRouteHandler } from '../../lib/endpoints.js';

const api = endpoints.policy;

const get: AppRouteHandler<typeof api.get> = async (c) => {
  const { bytes, etag } = await c.get('deps').policy.document();
  // Revalidated on every use (a changed parameter must show at once in the console); unchanged, it is a 304.
  c.header('Cache-Control', 'no-cache');
  c.header('ETag', etag);
  if (c.req.header('if-none-match') === etag) return c.body(null, 304) as never;
  // The bytes are encoded once per policy version, not on every request.
  return c.body(bytes as never, 200, { 'Content-Type': 'application/json; charset=UTF-8' }) as never;
};

const lpr: AppRouteHandler<typeof api.lpr> = async (c) => {
  const { lpr } = await c.get('deps').policy.get();
  return c.json({ confirmedThrough: lpr.confirmedThrough, publications: [...lpr.publications] }, 200);
};

const assessClaim: AppRouteHandler<typeof api.assess> = async (c) => {
  const { claim, context } = c.req.valid('json');
  const snapshot = await c.get('deps').policy.get();
  // The application date is today (China) unless the caller gives a date or a funding year: the
  // endpoint says so, and the assessment it returns states the date it used.
  const asOf = context?.asOf ?? (context?.fundingYear === undefined ? todayInChina() : undefined);
  const a = assess(claim as AnyClaim, {
    ...context,
    ...(asOf ? { asOf } : {}),
    policy: snapshot.versions,
    lprTable: snapshot.lpr,
  });
  return c.json(a as never, 200);
};

const addParameterValue: AppRouteHandler<typeof api.addParameterValue> = async (c) => {
  const input = c.req.valid('json');
  const deps = c.get('deps');
  const [taken] = await deps.db
    .select()
    .from(parameterValues)
    .where(
      and(
        eq(parameterValues.parameterId, input.parameterId),
        eq(parameterValues.effectiveFrom, input.effectiveFrom),
      ),
    );
  if (taken)
    throw conflict(
      'VALUE_EXISTS',
      `${input.parameterId} 在 ${input.effectiveFrom} 已有取值。`,
      `${input.parameterId} already has a value from ${input.effectiveFrom}.`,
    );
  const { versions } = await deps.policy.get();
  // Validate against every version the value would apply to: the same checks as a policy file.
  let fits = 0;
  for (const v of versions) {
    if (v.effectiveFrom > input.effectiveFrom) continue;
    withParameterValue(v, input.parameterId, { effectiveFrom: input.effectiveFrom, value: input.value });
    fits++;
  }
  if (!fits)
    throw new ApiError(
      422,
      'NO_VERSION',
      `${input.effectiveFrom} 时没有生效的政策版本。`,
      `No policy version is in force on ${input.effectiveFrom}.`,
    );
  if (input.effectiveFrom < todayInChina()) {
    throw new ApiError(
      422,
      'BACKDATED',
      '新取值的生效日期不能早于今天：历史不可改写。',
      'A new value may not take effect before today: history is not rewritten.',
    );
  }
  await withTx(deps.db, async (tx) => {
    const [row] = await tx
      .insert(parameterValues)
      .values({ ...input, createdBy: actorOf(c).actorId! })
      .onConflictDoNothing()
      .returning();
    if (!row)
      throw conflict(
        'VALUE_EXISTS',
        `${input.parameterId} 在 ${input.effectiveFrom} 已有取值。`,
        `${input.parameterId} already has a value from ${input.effectiveFrom}.`,
      );
    await auditBy(c, tx, {
      action: 'policy.parameter-value-added',
      targetType: 'parameter',
      targetId: input.parameterId,
      after: input,
    });
  });
  deps.policy.invalidate();
  return c.json({ ok: true as const }, 201);
};

const addLpr: AppRouteHandler<typeof api.addLpr> = async (c) => {
  const input = c.req.valid('json');
  const deps = c.get('deps');
  const { lpr } = await deps.policy.get();
  const rate = Number(input.rate);
  if (rate < 0.5 || rate > 10)
    throw new ApiError(
      422,
      'IMPLAUSIBLE_RATE',
      `LPR ${input.rate}% 不在合理范围（0.5%–10%）。`,
      `An LPR of ${input.rate}% is implausible (0.5–10%).`,
    );
  const confirmedThrough =
    input.confirmedThrough ??
    (input.publishedOn > lpr.confirmedThrough ? input.publishedOn : lpr.confirmedThrough);
  // The whole table must still be valid (dates in order, confirmation after the last print).
  createLprTable({
    confirmedThrough,
    publications: [
      ...lpr.publications.filter((p) => p.publishedOn !== input.publishedOn),
      { publishedOn: input.publishedOn, rate: input.rate },
    ].sort((a, b) => (a.publishedOn < b.publishedOn ? -1 : 1)),
  });
  await withTx(deps.db, async (tx) => {
    const [row] = await tx
      .insert(lprPublications)
      .values({ publishedOn: input.publishedOn, rate: input.rate, createdBy: actorOf(c).actorId })
      .onConflictDoNothing()
      .returning();
    if (!row)
      throw conflict(
        'LPR_EXISTS',
        `${input.publishedOn} 的 LPR 已录入。`,
        `The LPR of ${input.publishedOn} is recorded already.`,
      );
    await tx
      .insert(settings)
      .values({ key: 'lpr.confirmedThrough', value: confirmedThrough })
      .onConflictDoUpdate({
        target: settings.key,
        set: { value: confirmedThrough, updatedAt: new Date().toISOString() },
      });
    await auditBy(c, tx, {
      action: 'lpr.publication-added',
      targetType: 'lpr',
      targetId: input.publishedOn,
      before: { confirmedThrough: lpr.confirmedThrough },
      after: { ...input, confirmedThrough },
    });
  });
  deps.policy.invalidate();
  return c.json({ ok: true as const }, 201);
};

export const policyRoutes = serve(api, { get, lpr, assess: assessClaim, addParameterValue, addLpr });
