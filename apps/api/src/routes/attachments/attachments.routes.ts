import { createRoute, z } from '@hono/zod-openapi';
import { attachmentSchema, uuid } from '@huiqi/contracts';
import { errors, json } from '../../lib/openapi.js';
import { allow } from '../../lib/context.js';

export const upload = createRoute({
  middleware: [allow('enterprise', 'agency-admin')] as const,
  method: 'post',
  path: '/applications/{id}/attachments',
  tags: ['applications'],
  summary:
    'Attach evidence to a draft or returned claim: PDF, JPEG, PNG or OFD (checked by content, not name), size-limited',
  security: [{ session: [] }],
  request: {
    params: z.object({ id: uuid }),
    body: {
      content: {
        'multipart/form-data': {
          schema: z.object({ file: z.any().meta({ type: 'string', format: 'binary' }) }),
        },
      },
      required: true,
    },
  },
  responses: {
    201: json(attachmentSchema),
    400: errors[400],
    401: errors[401],
    404: errors[404],
    409: errors[409],
    413: errors[400],
    415: errors[400],
  },
});

export const download = createRoute({
  middleware: [allow('enterprise', 'agency', 'city-admin', 'region-admin', 'auditor')] as const,
  method: 'get',
  path: '/attachments/{id}',
  tags: ['applications'],
  summary: "Download an evidence file (inside the caller's scope)",
  security: [{ session: [] }],
  request: { params: z.object({ id: uuid }) },
  responses: {
    200: { description: 'The file, with Content-Disposition' },
    401: errors[401],
    404: errors[404],
  },
});
