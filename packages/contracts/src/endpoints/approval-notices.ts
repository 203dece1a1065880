import { z } from 'zod';
import { uuid } from '../common.js';
import { endpoint, file } from '../endpoint.js';
import { CHECKS } from '../messages.js';
import {
  approvalNoticeSchema,
  noticeSigningKey,
  noticeVerification,
  publicNoticeSchema,
} from '../approval-notices.js';

const tags = ['approval-notices'];

/** 批准通知书: issued for an approved claim, signed by the server; checked by anyone. */
export const approvalNotices = {
  issue: endpoint({
    method: 'post',
    path: '/claims/{id}/approval-notice',
    tags,
    summary:
      'The approval notice of an approved claim: issued the first time (文号 of the year, signed PDF, audited), the same notice afterwards',
    roles: ['enterprise', 'agency', 'city-admin', 'region-admin'],
    params: z.object({ id: uuid }),
    responses: { 200: approvalNoticeSchema, 201: approvalNoticeSchema },
    errors: [404, 409],
  }),
  ofClaim: endpoint({
    method: 'get',
    path: '/claims/{id}/approval-notice',
    tags,
    summary: 'The approval notice of a claim in scope, when one has been issued (null otherwise)',
    roles: ['enterprise', 'agency', 'city-admin', 'region-admin', 'auditor'],
    params: z.object({ id: uuid }),
    responses: { 200: z.object({ notice: approvalNoticeSchema.nullable() }) },
    errors: [404],
  }),
  pdf: endpoint({
    method: 'get',
    path: '/approval-notices/{id}/pdf',
    tags,
    summary: 'The signed PDF of a notice in scope (the bytes issued, every time)',
    roles: ['enterprise', 'agency', 'city-admin', 'region-admin', 'auditor'],
    params: z.object({ id: uuid }),
    responses: { 200: { description: 'The signed notice', file: 'application/pdf' } },
    errors: [404],
  }),
  facts: endpoint({
    method: 'get',
    path: '/approval-notices/lookup',
    tags,
    summary: 'What a notice states, by its id (the QR code) or its 文号 — no sign-in',
    public: true,
    query: z.object({
      ref: z.string().trim().min(1, CHECKS.noticeRef.en).max(80, CHECKS.noticeRef.en),
    }),
    responses: { 200: publicNoticeSchema },
    errors: [404],
  }),
  verify: endpoint({
    method: 'post',
    path: '/approval-notices/verify',
    tags,
    summary:
      'Check a copy of a notice (PDF): genuine, altered or unknown, with the facts the server keeps — no sign-in',
    public: true,
    form: z.object({ file: file() }),
    maxUploadMB: 5,
    responses: { 200: noticeVerification },
    errors: [413, 415],
  }),
  publicKey: endpoint({
    method: 'get',
    path: '/approval-notices/public-key',
    tags,
    summary: 'The Ed25519 public key notices are signed with, and how a copy is checked with it — no sign-in',
    public: true,
    responses: { 200: noticeSigningKey },
  }),
} as const;
