import { z } from 'zod';
import { attachmentSchema } from '../claims.js';
import { byId } from '../common.js';
import { endpoint, file } from '../endpoint.js';

const tags = ['claims'];

/** A claim's evidence files. */
export const attachments = {
  upload: endpoint({
    method: 'post',
    path: '/claims/{id}/attachments',
    tags,
    summary:
      'Attach evidence to a draft or returned claim: PDF, JPEG, PNG or OFD (checked by content, not name), size-limited',
    roles: ['enterprise', 'agency'],
    agencyAdmin: true,
    params: byId,
    form: z.object({ file: file() }),
    responses: { 201: attachmentSchema },
    errors: [404, 409, 413, 415],
  }),
  download: endpoint({
    method: 'get',
    path: '/attachments/{id}',
    tags,
    summary: "Download an evidence file (inside the caller's scope)",
    roles: ['enterprise', 'agency', 'city-admin', 'region-admin', 'auditor'],
    params: byId,
    responses: { 200: { description: 'The file, with Content-Disposition', file: '*/*' } },
    errors: [404],
  }),
} as const;
