import { z } from 'zod';
import { passwordInput, uuid } from './common.js';
import { CHECKS } from './messages.js';

/** `industry-dept`: the industry department (工业和信息化部门), read only, scoped to its area like a city (none: the region). */
export const ROLES = [
  'enterprise',
  'agency',
  'city-admin',
  'region-admin',
  'auditor',
  'industry-dept',
] as const;
export const roleSchema = z.enum(ROLES);
export type Role = z.infer<typeof roleSchema>;

export const loginRequest = z.strictObject({
  username: z.string().trim().min(1, CHECKS.enterUsername.en).max(64),
  password: z.string().min(1, CHECKS.enterPassword.en).max(256),
});

export const userSchema = z
  .object({
    id: uuid,
    username: z.string(),
    displayName: z.string(),
    role: roleSchema,
    enterpriseId: uuid.nullable(),
    agencyId: uuid.nullable(),
    areaCode: z.string().nullable(),
    agencyAdmin: z.boolean(),
  })
  .meta({ id: 'User' });

export const meResponse = z.object({
  user: userSchema,
  session: z.object({ idleExpiresAt: z.string(), absoluteExpiresAt: z.string() }),
});

export const changePasswordRequest = z.strictObject({
  currentPassword: passwordInput,
  newPassword: passwordInput,
});
