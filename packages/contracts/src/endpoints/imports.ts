import { z } from 'zod';
import { endpoint, file } from '../endpoint.js';
import {
  enterpriseExportQuery,
  importQuery,
  importReport,
  srdiImportQuery,
  srdiListQuery,
  srdiLists,
} from '../imports.js';

const tags = ['imports'];
const workbook = z.object({ file: file() });
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Workbooks in (recognitions, the M9.1 lists) and out (the enterprise registry). */
export const imports = {
  recognitions: endpoint({
    method: 'post',
    path: '/imports/recognitions',
    tags,
    summary:
      'Proactive benefits (免申即享): an .xlsx of newly recognized titles or awards; matched by credit code to registered enterprises, each good row becomes a pre-filled draft claim for the enterprise to confirm (region-admin)',
    roles: ['region-admin'],
    query: importQuery,
    form: workbook,
    responses: { 200: importReport },
    errors: [409, 413, 415, 422],
  }),
  srdiList: endpoint({
    method: 'post',
    path: '/imports/srdi-list',
    tags,
    summary:
      "M9.1: the year's official SRDI (专精特新) or little-giant (小巨人) list as .xlsx: kept as that year's list and confirms the SRDI level of the registered enterprises it names (region-admin; year: the list's, default this year)",
    roles: ['region-admin'],
    query: srdiImportQuery,
    form: workbook,
    responses: { 200: importReport },
    errors: [409, 413, 415, 422],
  }),
  srdiLists: endpoint({
    method: 'get',
    path: '/srdi-lists',
    tags: ['enterprises'],
    summary:
      "M9.1: the SRDI and little-giant lists of a year as imported, in the caller's area (a city's or an industry department's own; the region all)",
    roles: ['city-admin', 'region-admin', 'auditor', 'industry-dept'],
    query: srdiListQuery,
    responses: { 200: srdiLists },
  }),
  exportEnterprises: endpoint({
    method: 'get',
    path: '/enterprises.xlsx',
    tags: ['enterprises'],
    summary:
      "The enterprise registry in the caller's scope as .xlsx (text cells protected against formula injection)",
    roles: ['city-admin', 'region-admin', 'auditor'],
    query: enterpriseExportQuery,
    responses: { 200: { description: 'An .xlsx workbook', file: XLSX } },
  }),
} as const;
