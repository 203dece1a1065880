import { z } from 'zod';
import { areaCode, displayName, newUsername, passwordInput, uuid } from './common.js';
import { roleSchema } from './auth.js';

/** A staff account as officials see it (officials, auditors, agency workers, industry departments). */
export const staffUser = z
  .object({
    id: uuid,
    username: z.string(),
    displayName: z.string(),
    role: roleSchema,
    areaCode: z.string().nullable(),
    agencyId: uuid.nullable(),
    agencyName: z.string().nullable(),
    disabled: z.boolean(),
    lockedUntil: z.string().nullable(),
    createdAt: z.string(),
  })
  .meta({ id: 'StaffUser' });

export const staffCreate = z
  .strictObject({
    username: newUsername,
    displayName,
    /** industry-dept: the industry department, read only; with areaCode for a city's, without for the region's. */
    role: z.enum(['city-admin', 'region-admin', 'auditor', 'agency', 'industry-dept']),
    areaCode: areaCode.optional(),
    agencyId: uuid.optional(),
    password: passwordInput,
  })
  .superRefine((u, ctx) => {
    if (u.role === 'city-admin' && !u.areaCode)
      ctx.addIssue({
        code: 'custom',
        path: ['areaCode'],
        message: 'a city admin acts for one area: give areaCode',
        params: { zh: '市级管理员须指定所辖地区。' },
      });
    if (u.role === 'agency' && !u.agencyId)
      ctx.addIssue({
        code: 'custom',
        path: ['agencyId'],
        message: 'an agency worker belongs to one agency: give agencyId',
        params: { zh: '服务机构人员须指定所属机构。' },
      });
  });

export const staffListQuery = z.object({
  role: roleSchema.optional(),
  q: z.string().trim().max(64).optional(),
});

export const agencySummary = z.object({ id: uuid, name: z.string(), kind: z.string(), areaCode: z.string() });
