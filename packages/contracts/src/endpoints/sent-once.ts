import type { z } from 'zod';

/**
 * The answers of a create that a phone may send again after a lost connection, with the same
 * clientId: 201 with the new row the first time, 200 with that same row every time after.
 */
export const sentOnce = <const S extends z.ZodType, const First extends string, const Again extends string>(
  schema: S,
  described: { first: First; again: Again },
) =>
  ({
    200: { description: described.again, schema },
    201: { description: described.first, schema },
  }) as const;
