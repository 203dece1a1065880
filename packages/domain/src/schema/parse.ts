import type * as z from 'zod/mini';
import en from 'zod/v4/locales/en.js';

/**
 * The domain's schemas are zod/mini: functional, so a browser bundle carries only the schema
 * types and checks they use (classic zod attaches every method to every schema, ~100 kB minified
 * for any use). Mini sets no error messages of its own; our refinements carry their zh/en texts,
 * and the rest (a wrong type, an unknown key) are worded in English by zod's own locale, passed to
 * each parse so that a host application's global zod locale is neither needed nor changed.
 */
const englishErrors = en().localeError;

export function safeParse<S extends z.ZodMiniType>(schema: S, input: unknown): ReturnType<S['safeParse']> {
  return schema.safeParse(input, { error: englishErrors }) as ReturnType<S['safeParse']>;
}
