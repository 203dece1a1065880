import { todayInChina } from '@huiqi/domain';
import { z } from 'zod';
import { dateString, uuid, yearNumber } from './common.js';
import { CHECKS } from './messages.js';

/**
 * 好差评: the five levels government services are rated on (国务院办公厅《关于建立政务服务“好差评”
 * 制度提高政务服务水平的意见》), best first. The apps name them from the locales catalogs
 * (`rating.levels`); the API words its messages with RATING_LEVEL_NAMES.
 */
export const RATING_LEVELS = [
  'very-satisfied',
  'satisfied',
  'basically-satisfied',
  'dissatisfied',
  'very-dissatisfied',
] as const;
export type RatingLevel = (typeof RATING_LEVELS)[number];

/** What the API says of a level in its own messages (the same words as the apps' catalogs). */
export const RATING_LEVEL_NAMES: Readonly<Record<RatingLevel, { zh: string; en: string }>> = {
  'very-satisfied': { zh: '非常满意', en: 'Very satisfied' },
  satisfied: { zh: '满意', en: 'Satisfied' },
  'basically-satisfied': { zh: '基本满意', en: 'Basically satisfied' },
  dissatisfied: { zh: '不满意', en: 'Dissatisfied' },
  'very-dissatisfied': { zh: '非常不满意', en: 'Very dissatisfied' },
};

/**
 * A poor rating (差评: 不满意, 非常不满意) goes to the responsible city for follow-up; the other three
 * count as satisfied in the scorecard's satisfaction rate: (非常满意 + 满意 + 基本满意) / all.
 */
export const POOR_LEVELS: readonly RatingLevel[] = ['dissatisfied', 'very-dissatisfied'];
export const isPoorRating = (level: string) => (POOR_LEVELS as readonly string[]).includes(level);

/** What is rated: a claim (申报办件) or a service request. */
export const RATING_SUBJECTS = ['claim', 'service-request'] as const;
export type RatingSubject = (typeof RATING_SUBJECTS)[number];

/**
 * When a claim has ended for rating: paid (the money reached the enterprise), rejected, clawed back
 * after payment, or withdrawn after a reviewer had handled it (returned it for corrections). A claim
 * approved or published is still being delivered (not ended); a draft or a claim withdrawn before
 * any reviewer acted on it received no service to rate.
 */
export const CLAIM_RATING_END_STATES = ['paid', 'rejected', 'clawed-back', 'withdrawn'] as const;
export function claimEndedForRating(status: string, reviewed: boolean): boolean {
  if (status === 'withdrawn') return reviewed;
  return (CLAIM_RATING_END_STATES as readonly string[]).includes(status);
}
/** A service request ends when its agency closes it (办结) with the outcome. */
export const REQUEST_RATING_END_STATES = ['closed'] as const;

/** 整改 (what was put right) or 回访 (the enterprise was called back). */
export const FOLLOW_UP_KINDS = ['rectification', 'return-visit'] as const;
export type FollowUpKind = (typeof FOLLOW_UP_KINDS)[number];

export const ratingCreate = z.strictObject({
  subjectType: z.enum(RATING_SUBJECTS, { error: CHECKS.ratingSubject.en }),
  subjectId: uuid,
  level: z.enum(RATING_LEVELS, { error: CHECKS.ratingLevel.en }),
  comment: z.string().trim().max(500, CHECKS.ratingComment.en).default(''),
});

export const followUpCreate = z.strictObject({
  kind: z.enum(FOLLOW_UP_KINDS, { error: CHECKS.followUpKind.en }),
  action: z.string().trim().min(5, CHECKS.followUpAction.en).max(2000, CHECKS.followUpAction.en),
  /** The day it was done (China time): not after today. */
  actedOn: dateString.refine((d) => d <= todayInChina(), CHECKS.followUpDate.en),
});

export const followUpSchema = z.object({
  id: uuid,
  kind: z.enum(FOLLOW_UP_KINDS),
  action: z.string(),
  actedOn: z.string(),
  by: z.string(),
  createdAt: z.string(),
});

export const ratingSchema = z
  .object({
    id: uuid,
    subjectType: z.enum(RATING_SUBJECTS),
    subjectId: uuid,
    /** The claim's 办件编号 or the request's title. */
    subjectLabel: z.string(),
    provision: z.string(),
    enterpriseId: uuid,
    enterpriseName: z.string(),
    /** The responsible city: the claim's area, or the requesting enterprise's. */
    areaCode: z.string(),
    level: z.enum(RATING_LEVELS),
    /** The level in words (RATING_LEVEL_NAMES), for pages that do not carry the rating catalog. */
    levelName: z.object({ zh: z.string(), en: z.string() }),
    comment: z.string(),
    poor: z.boolean(),
    createdAt: z.string(),
    followUps: z.array(followUpSchema),
  })
  .meta({ id: 'Rating' });

export const ratingListQuery = z.object({
  subjectType: z.enum(RATING_SUBJECTS).optional(),
  subjectId: uuid.optional(),
  /** Only 不满意 and 非常不满意. */
  poor: z.enum(['true', 'false']).optional(),
  /** The year it was given (China time). */
  year: yearNumber.optional(),
});

/** Whether an item can be rated by the signed-in enterprise, and its rating when it has one. */
export const ratingStateSchema = z.object({
  ended: z.boolean(),
  rating: ratingSchema.optional(),
});
