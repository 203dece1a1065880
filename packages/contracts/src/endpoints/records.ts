import { z } from 'zod';
import { byId, yearNumber } from '../common.js';
import { endpoint } from '../endpoint.js';
import { sentOnce } from './sent-once.js';
import {
  figureSchema,
  recordChange,
  recordCreate,
  recordListQuery,
  recordSchema,
  recordVerification,
} from '../records.js';

const tags = ['records'];
const ALL = ['enterprise', 'agency', 'city-admin', 'region-admin', 'auditor'] as const;
const RECORDERS = ['enterprise', 'agency', 'city-admin', 'region-admin'] as const;
/** What a change to one record may answer. */
const CHANGE_ERRORS = [404, 409, 422] as const;

/**
 * The records the provisions have kept (cases, trainings, assessments…), their verification and
 * what they count. `figures` comes first: served before `/records/{id}` would take its path.
 */
export const records = {
  figures: endpoint({
    method: 'get',
    path: '/records/figures',
    tags,
    summary:
      "What each record kind counts in a year (its unit, against its target where the policy gives one), per area — the scorecard's figures",
    roles: ['city-admin', 'region-admin', 'auditor'],
    query: z.object({ year: yearNumber }),
    responses: { 200: z.object({ year: z.number().int(), items: z.array(figureSchema) }) },
  }),
  create: endpoint({
    method: 'post',
    path: '/records',
    tags,
    summary:
      'Keep a record of a kind the policy declares (who may record it, its fields and checks come from the provision); once per clientId',
    roles: RECORDERS,
    body: recordCreate,
    responses: sentOnce(recordSchema, { first: 'Recorded', again: 'Already recorded (sent again)' }),
    errors: [404, 422],
  }),
  list: endpoint({
    method: 'get',
    path: '/records',
    tags,
    summary:
      "Records in scope: an enterprise's own, an agency's, a city's, or all; by kind, year and verification",
    roles: ALL,
    query: recordListQuery,
    responses: { 200: z.object({ items: z.array(recordSchema), total: z.number().int() }) },
  }),
  get: endpoint({
    method: 'get',
    path: '/records/{id}',
    tags,
    summary: 'One record (scoped like the list: another tenant’s is 404)',
    roles: ALL,
    params: byId,
    responses: { 200: recordSchema },
    errors: [404],
  }),
  amend: endpoint({
    method: 'patch',
    path: '/records/{id}',
    tags,
    summary:
      'The recorder amends a record not yet verified (a rejected one goes back to be verified); before and after audited',
    roles: RECORDERS,
    params: byId,
    body: recordChange,
    responses: { 200: recordSchema },
    errors: CHANGE_ERRORS,
  }),
  close: endpoint({
    method: 'post',
    path: '/records/{id}/close',
    tags,
    summary: 'The recorder closes a record of a kind that closes (a case), with the fields filled at closing',
    roles: RECORDERS,
    params: byId,
    body: recordChange,
    responses: { 200: recordSchema },
    errors: CHANGE_ERRORS,
  }),
  verify: endpoint({
    method: 'post',
    path: '/records/{id}/verification',
    tags,
    summary:
      'The verifier the kind names (the city of the record, or the region) verifies or rejects it, with a note',
    roles: ['city-admin', 'region-admin'],
    params: byId,
    body: recordVerification,
    responses: { 200: recordSchema },
    errors: CHANGE_ERRORS,
  }),
} as const;
