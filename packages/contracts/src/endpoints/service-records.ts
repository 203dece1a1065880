import { z } from 'zod';
import { byId } from '../common.js';
import { endpoint, file } from '../endpoint.js';
import { sentOnce } from './sent-once.js';
import {
  servicePhotoSchema,
  serviceRecordCreate,
  serviceRecordListQuery,
  serviceRecordSchema,
} from '../services.js';

const tags = ['services'];

export const serviceRecords = {
  create: endpoint({
    method: 'post',
    path: '/service-records',
    tags,
    summary:
      'An agency records a service to an enterprise; exactly once per clientId (201 first, 200 when sent again)',
    roles: ['agency'],
    body: serviceRecordCreate,
    responses: sentOnce(serviceRecordSchema, { first: 'Recorded', again: 'Already recorded (sent again)' }),
    errors: [404, 422],
  }),
  list: endpoint({
    method: 'get',
    path: '/service-records',
    tags,
    summary: "Service records in scope: an agency's own, a city's enterprises', or all",
    roles: ['agency', 'city-admin', 'region-admin', 'auditor'],
    query: serviceRecordListQuery,
    responses: { 200: z.object({ items: z.array(serviceRecordSchema), total: z.number().int() }) },
  }),
  addPhoto: endpoint({
    method: 'post',
    path: '/service-records/{id}/photos',
    tags,
    summary: 'A photo of the service (JPEG or PNG by content, compressed on the phone), once per clientId',
    roles: ['agency'],
    params: byId,
    form: z.object({ file: file(), clientId: z.string().optional() }),
    maxUploadMB: 5,
    responses: sentOnce(servicePhotoSchema, { first: 'Added', again: 'Already added (sent again)' }),
    errors: [404, 413, 415],
  }),
  photo: endpoint({
    method: 'get',
    path: '/service-photos/{id}',
    tags,
    summary: 'A service photo (scoped like its record)',
    roles: ['agency', 'city-admin', 'region-admin', 'auditor'],
    params: byId,
    responses: { 200: { description: 'The image', file: 'image/*' } },
    errors: [404],
  }),
} as const;
