import { isPoorRating, RATING_LEVEL_NAMES, type RatingLevel } from '@huiqi/contracts';
import { and, eq, inArray, isNotNull } from 'drizzle-orm';
import type { Tx } from '../client.js';
import { claims, ratingFollowUps, serviceRatings } from '../schema.js';
import { audit } from '../../lib/audit.js';
import { notify } from '../../lib/notify.js';

// Mostly satisfied, as the platform's real figures run; the poor ones placed so that Yinchuan has
// one followed up and one waiting.
const LEVELS: RatingLevel[] = [
  'very-satisfied',
  'satisfied',
  'very-satisfied',
  'basically-satisfied',
  'satisfied',
  'very-satisfied',
  'dissatisfied',
  'satisfied',
  'very-satisfied',
  'very-dissatisfied',
];
const COMMENTS: Partial<Record<RatingLevel, string[]>> = {
  'very-satisfied': ['审核及时，拨付很快', '一次性告知清楚，少跑了腿'],
  satisfied: ['流程清楚'],
  'basically-satisfied': ['审核时间偏长'],
  dissatisfied: ['退回补正的要求前后不一致，多跑了两次'],
  'very-dissatisfied': ['不予支持的理由没有说明依据条款，电话咨询无人接听'],
};

/**
 * The demo's 好差评: ratings of most ended claims of the year (paid, rejected, clawed back) of
 * enterprises other than the demo one (which keeps its own to rate on the portal), taken down on the
 * enterprises' behalf by the region's return calls; each poor one told to its city. In Yinchuan one
 * poor rating has the city's follow-up (回访, then 整改) and one waits for it.
 */
export async function seedRatings(
  tx: Tx,
  o: {
    year: number;
    today: string;
    demoEnterpriseId: string;
    regionAdminId: string;
    cityAdmins: { id: string; areaCode: string | null }[];
  },
) {
  const ended = await tx
    .select()
    .from(claims)
    .where(
      and(
        eq(claims.fundingYear, o.year),
        inArray(claims.status, ['paid', 'rejected', 'clawed-back']),
        isNotNull(claims.enterpriseId),
        isNotNull(claims.caseNo),
      ),
    )
    .orderBy(claims.caseNo);
  const ctx = { actorId: o.regionAdminId, actorRole: 'region-admin', requestId: 'seed' };
  let yinchuanPoor = 0;
  for (const [i, a] of ended.filter((x) => x.enterpriseId !== o.demoEnterpriseId).entries()) {
    if (i % 5 === 4) continue; // some are not rated
    let level = LEVELS[i % LEVELS.length]!;
    // Yinchuan's first two ratings are its poor ones (one followed up, one waiting).
    if (a.areaCode === '640100' && yinchuanPoor < 2) {
      level = yinchuanPoor === 0 ? 'dissatisfied' : 'very-dissatisfied';
      yinchuanPoor++;
    }
    const comments = COMMENTS[level] ?? [];
    const comment = i % 3 === 1 ? '' : (comments[i % Math.max(1, comments.length)] ?? '');
    const [row] = await tx
      .insert(serviceRatings)
      .values({
        subjectType: 'claim',
        subjectId: a.id,
        subjectLabel: a.caseNo!,
        provision: a.provision,
        enterpriseId: a.enterpriseId!,
        areaCode: a.areaCode,
        level,
        comment,
        ratedBy: o.regionAdminId,
      })
      .returning();
    await audit(tx, {
      ...ctx,
      action: 'rating.created',
      targetType: 'rating',
      targetId: row!.id,
      after: { subjectType: 'claim', subjectId: a.id, level, comment, areaCode: a.areaCode },
    });
    if (!isPoorRating(level)) continue;
    const name = RATING_LEVEL_NAMES[level];
    await notify(tx, {
      to: { kind: 'area', code: a.areaCode },
      topic: 'rating.poor',
      subject: { type: 'rating', id: row!.id },
      title: { zh: `收到差评：${name.zh}`, en: `A poor rating: ${name.en}` },
      body: {
        zh: `企业对申报“${a.caseNo}”评价为“${name.zh}”${comment ? `：${comment}` : ''}。请整改或回访，并登记处理情况。`,
        en: `An enterprise rated the claim “${a.caseNo}” ${name.en.toLowerCase()}${comment ? `: ${comment}` : ''}. Put it right or call back, and record what was done.`,
      },
    });
    // Yinchuan's first poor rating is followed up; the second waits (the console shows both).
    const city = o.cityAdmins.find((u) => u.areaCode === a.areaCode);
    if (a.areaCode === '640100' && level === 'dissatisfied' && city) {
      for (const f of [
        {
          kind: 'return-visit' as const,
          action: '电话回访企业负责人，逐项说明补正要求，致歉并约定专人对接。',
        },
        {
          kind: 'rectification' as const,
          action: '退回补正统一使用一次性告知清单，同一申报不再分次提出新要求。',
        },
      ]) {
        const [fu] = await tx
          .insert(ratingFollowUps)
          .values({ ratingId: row!.id, ...f, actedOn: o.today, recordedBy: city.id })
          .returning();
        await audit(tx, {
          actorId: city.id,
          actorRole: 'city-admin',
          requestId: 'seed',
          action: 'rating.follow-up',
          targetType: 'rating',
          targetId: row!.id,
          after: { followUpId: fu!.id, ...f, actedOn: o.today },
        });
      }
    }
  }
}
