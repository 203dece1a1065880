import type * as z from 'zod/mini';

/** "provisions.3.parameters.amount.values.0.value: must be …; …" — a path for every issue, so a data file can be fixed. */
export function formatIssues(error: z.core.$ZodError): string {
  return error.issues
    .slice(0, 10)
    .map((i) => `${i.path.length ? i.path.join('.') : '(root)'}: ${i.message}`)
    .join('; ');
}
