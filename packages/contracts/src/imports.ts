import { z } from 'zod';
import { yearNumber } from './common.js';

/** none: check only; all: import only when every row is good; good: import the good rows, report the rest. */
export const importQuery = z.object({ commit: z.enum(['none', 'all', 'good']).default('none') });

/** M9.1: the year is the list's (default this year in China). */
export const srdiImportQuery = importQuery.extend({ year: yearNumber.optional() });

export const importReport = z
  .object({
    kind: z.enum(['recognitions', 'srdi-list']),
    rows: z.number().int(),
    good: z.number().int(),
    bad: z.number().int(),
    problems: z.array(
      z.object({ row: z.number().int(), column: z.string(), zh: z.string(), en: z.string() }),
    ),
    committed: z.boolean(),
    imported: z.number().int(),
  })
  .meta({ id: 'ImportReport' });

export const enterpriseExportQuery = z.object({
  status: z.enum(['pending', 'verified', 'rejected']).optional(),
  areaCode: z.string().max(16).optional(),
});

export const srdiListEntry = z
  .object({
    year: z.number().int(),
    level: z.enum(['provincial', 'little-giant']),
    creditCode: z.string(),
    name: z.string(),
    enterpriseId: z.string(),
    areaCode: z.string(),
    importedAt: z.string(),
  })
  .meta({ id: 'SrdiListEntry' });

export const srdiListQuery = z.object({
  year: yearNumber.optional(),
  level: z.enum(['provincial', 'little-giant']).optional(),
});

export const srdiLists = z.object({
  /** The years with a list, newest first. */
  years: z.array(z.number().int()),
  year: z.number().int().nullable(),
  items: z.array(srdiListEntry),
});
