import { AREA_CODES, isCalendarDate } from '@huiqi/domain';
import { z } from 'zod';
import { CHECKS } from './messages.js';

/** Amounts cross every boundary as decimal strings with at most two decimals: "209875.00". */
export const moneyString = z
  .string()
  .regex(/^(0|[1-9]\d{0,14})(\.\d{1,2})?$/, CHECKS.amount.en)
  .meta({ example: '209875.00' });

export const dateString = z.string().refine(isCalendarDate, CHECKS.date.en).meta({ example: '2025-03-15' });

export const uuid = z.uuid({ error: CHECKS.uuid.en });

/** An id in a path (`/things/{id}`). */
export const byId = z.object({ id: uuid });

/** A new account's username: what sign-in accepts, 3 to 64 letters, digits and _ . @ -. */
export const newUsername = z
  .string()
  .trim()
  .min(3)
  .max(64)
  .regex(/^[A-Za-z0-9_.@-]+$/, CHECKS.usernameChars.en);

/** The name people see for an account. */
export const displayName = z.string().trim().min(1).max(50);

/** A password as typed: its strength is the API's check (set by its environment), not the schema's. */
export const passwordInput = z.string().min(1).max(256);

/** A funding (or calendar) year as the API takes it in a query or form: 2000 to 2100. */
export const yearNumber = z.coerce.number().int().min(2000).max(2100);

export const areaCode = z.enum(AREA_CODES as unknown as [string, ...string[]], {
  error: CHECKS.areaCode.en,
});

export const errorSchema = z
  .object({
    error: z.object({
      code: z.string().meta({ example: 'VALIDATION_FAILED' }),
      zh: z.string().meta({ description: 'What to fix, in Chinese' }),
      en: z.string().meta({ description: 'What to fix, in English' }),
      details: z.unknown().optional(),
    }),
  })
  .meta({ id: 'Error' });

export const pageQuery = z.object({
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});

export const okSchema = z.object({ ok: z.literal(true) });

export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
  });
}
