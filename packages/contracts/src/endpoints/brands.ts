import { z } from 'zod';
import {
  BRAND_EVIDENCE_KINDS,
  brandDecision,
  brandListQuery,
  brandNominationCreate,
  brandNominationSchema,
  brandPlacesSchema,
  selectedBrandSchema,
  selectedBrandsQuery,
} from '../brands.js';
import { byId } from '../common.js';
import { endpoint, file } from '../endpoint.js';
import { CHECKS } from '../messages.js';

const tags = ['brands'];

/** M8.2 “百城百品”: nominations, the region's selection against the registry's number, the public list. */
export const brands = {
  nominate: endpoint({
    method: 'post',
    path: '/brand-nominations',
    tags,
    summary:
      "An SRDI enterprise nominates one of its trademarks for this year's selection; a station may nominate for an enterprise",
    roles: ['enterprise', 'agency'],
    body: brandNominationCreate,
    responses: { 201: brandNominationSchema },
    errors: [404, 409, 422],
  }),
  list: endpoint({
    method: 'get',
    path: '/brand-nominations',
    tags,
    summary:
      "Nominations in scope (an enterprise's own, a station's, a city's area, all) with the year's places",
    roles: ['enterprise', 'agency', 'city-admin', 'region-admin', 'auditor'],
    query: brandListQuery,
    responses: {
      200: z.object({ items: z.array(brandNominationSchema), places: brandPlacesSchema }),
    },
  }),
  get: endpoint({
    method: 'get',
    path: '/brand-nominations/{id}',
    tags,
    summary: 'One nomination with its evidence (scoped like the list)',
    roles: ['enterprise', 'agency', 'city-admin', 'region-admin', 'auditor'],
    params: byId,
    responses: { 200: brandNominationSchema },
    errors: [404],
  }),
  addEvidence: endpoint({
    method: 'post',
    path: '/brand-nominations/{id}/evidence',
    tags,
    summary:
      'Evidence of distinctiveness or reputation (PDF, JPEG, PNG or OFD by content) while the nomination waits',
    roles: ['enterprise', 'agency'],
    params: byId,
    form: z.object({
      file: file(),
      kind: z.enum(BRAND_EVIDENCE_KINDS, { error: CHECKS.evidenceKind.en }),
    }),
    responses: { 201: brandNominationSchema },
    errors: [404, 409, 413, 415],
  }),
  evidence: endpoint({
    method: 'get',
    path: '/brand-evidence/{id}',
    tags,
    summary: 'An evidence file (scoped like its nomination)',
    roles: ['enterprise', 'agency', 'city-admin', 'region-admin', 'auditor'],
    params: byId,
    responses: { 200: { description: 'The file', file: 'application/octet-stream' } },
    errors: [404],
  }),
  decide: endpoint({
    method: 'post',
    path: '/brand-nominations/{id}/decision',
    tags,
    summary:
      "The region selects (within the registry's number for the year, refused past it), refuses with a reason, or withdraws a selection (frees the place)",
    roles: ['region-admin'],
    params: byId,
    body: brandDecision,
    responses: { 200: z.object({ nomination: brandNominationSchema, places: brandPlacesSchema }) },
    errors: [404, 409, 422],
  }),
  selected: endpoint({
    method: 'get',
    path: '/brands/selected',
    tags,
    summary: 'The selected brands, published: brand, owner, city, year (no sign-in)',
    public: true,
    query: selectedBrandsQuery,
    responses: { 200: z.object({ items: z.array(selectedBrandSchema) }) },
  }),
} as const;
