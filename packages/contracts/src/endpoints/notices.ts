import { z } from 'zod';
import { claimRecordSchema } from '../claims.js';
import { byId } from '../common.js';
import { endpoint } from '../endpoint.js';
import { clawbackCreate, disbursementCreate, noticeCreate, noticeSchema } from '../money-flows.js';

const tags = ['notices'];

/** 公示 and payment: approved claims published for a period, then paid (or clawed back). */
export const notices = {
  publish: endpoint({
    method: 'post',
    path: '/notices',
    tags,
    summary: 'Publish approved claims for public notice (公示) for a period (region-admin)',
    roles: ['region-admin'],
    body: noticeCreate,
    responses: { 201: noticeSchema },
    errors: [409],
  }),
  list: endpoint({
    method: 'get',
    path: '/notices',
    tags,
    summary: 'Public notices, newest first, with the objection channel (public)',
    public: true,
    responses: { 200: z.object({ items: z.array(noticeSchema) }) },
  }),
  disburse: endpoint({
    method: 'post',
    path: '/claims/{id}/disbursements',
    tags,
    summary: 'Record the payment of a claim whose notice period has ended (region-admin); closes the claim',
    roles: ['region-admin'],
    params: byId,
    body: disbursementCreate,
    responses: { 200: claimRecordSchema },
    errors: [404, 409, 422],
  }),
  clawback: endpoint({
    method: 'post',
    path: '/claims/{id}/clawbacks',
    tags,
    summary: 'Claw back (part of) a paid claim: a correcting entry, never an edit (region-admin)',
    roles: ['region-admin'],
    params: byId,
    body: clawbackCreate,
    responses: { 200: claimRecordSchema },
    errors: [404, 409, 422],
  }),
} as const;
