import { FOCUS_INDUSTRIES, checkCreditCode, checkCreditCodeArea, type AreaCode } from '@huiqi/domain';
import { z } from 'zod';
import { areaCode, newUsername, passwordInput, uuid } from './common.js';
import { CHECKS } from './messages.js';

export const SRDI_LEVELS = ['none', 'provincial', 'little-giant'] as const;

export const creditCodeSchema = z
  .string()
  .trim()
  .transform((v) => v.toUpperCase())
  .superRefine((v, ctx) => {
    const check = checkCreditCode(v);
    if (!check.valid)
      ctx.addIssue({ code: 'custom', message: check.en, params: { zh: check.zh, problem: check.problem } });
  });

export const industryCode = z.enum(FOCUS_INDUSTRIES.map((i) => i.code) as [string, ...string[]], {
  error: CHECKS.industry.en,
});

export const enterpriseRegistration = z
  .strictObject({
    creditCode: creditCodeSchema,
    name: z.string().trim().min(2, CHECKS.companyName.en).max(100),
    areaCode,
    industry: industryCode,
    srdiLevel: z.enum(SRDI_LEVELS),
    contactName: z.string().trim().min(1).max(50),
    contactPhone: z
      .string()
      .trim()
      .regex(/^(1\d{10}|0\d{2,3}-?\d{7,8})$/, CHECKS.phone.en),
    username: newUsername,
    password: passwordInput,
  })
  .superRefine((r, ctx) => {
    // Only once the code itself is valid (its own issue says what is wrong otherwise).
    if (!checkCreditCode(r.creditCode).valid) return;
    const fit = checkCreditCodeArea(r.creditCode, r.areaCode as AreaCode);
    if (!fit.valid)
      ctx.addIssue({
        code: 'custom',
        path: ['areaCode'],
        message: fit.en,
        params: { zh: fit.zh, problem: fit.problem, fits: fit.fits },
      });
  });

export const enterpriseSchema = z
  .object({
    id: uuid,
    creditCode: z.string(),
    name: z.string(),
    areaCode: z.string(),
    industry: z.string(),
    srdiLevel: z.enum(SRDI_LEVELS),
    srdiVerified: z.boolean(),
    status: z.enum(['pending', 'verified', 'rejected']),
    verifiedAt: z.string().nullable(),
    contactName: z.string(),
    contactPhone: z.string(),
    createdAt: z.string(),
  })
  .meta({ id: 'Enterprise' });

export const enterpriseVerification = z.strictObject({
  status: z.enum(['verified', 'rejected']),
  srdiVerified: z.boolean(),
  comment: z.string().trim().min(1, CHECKS.verifyNote.en).max(500),
});

export const enterpriseListQuery = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
  status: z.enum(['pending', 'verified', 'rejected']).optional(),
  areaCode: areaCode.optional(),
  q: z.string().trim().max(100).optional(),
});
