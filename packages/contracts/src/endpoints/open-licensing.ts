import { z } from 'zod';
import { byId } from '../common.js';
import { endpoint } from '../endpoint.js';
import {
  licenceConclusion,
  licenceInterestCreate,
  licenceInterestListQuery,
  licenceInterestSchema,
  licenceOfferCreate,
  licenceOfferAmendment,
  licenceOfferListQuery,
  licenceOfferSchema,
  licenceOfferWithdrawal,
} from '../open-licensing.js';

const tags = ['open-licensing'];

/** M5.2 专利开放许可: the public listing, offers, interests, and the licences concluded from them. */
export const openLicensing = {
  offers: endpoint({
    method: 'get',
    path: '/open-licences',
    tags,
    summary: 'Patents offered for open licence whose period has not ended, published (no sign-in)',
    public: true,
    query: licenceOfferListQuery,
    responses: { 200: z.object({ items: z.array(licenceOfferSchema) }) },
  }),
  offer: endpoint({
    method: 'get',
    path: '/open-licences/{id}',
    tags,
    summary: 'One published offer (no sign-in)',
    public: true,
    params: byId,
    responses: { 200: licenceOfferSchema },
    errors: [404],
  }),
  createOffer: endpoint({
    method: 'post',
    path: '/open-licences',
    tags,
    summary:
      'Records a patent offered for open licence: officials for a university, institute or enterprise; an enterprise for its own patent',
    roles: ['enterprise', 'city-admin', 'region-admin'],
    body: licenceOfferCreate,
    responses: { 201: licenceOfferSchema },
    errors: [404, 409, 422],
  }),
  amendOffer: endpoint({
    method: 'patch',
    path: '/open-licences/{id}',
    tags,
    summary:
      "Amends a listed offer's technical field, fee terms or description (the licensor enterprise, or the region): enterprises in talks are told; each change is in the audit trail",
    roles: ['enterprise', 'region-admin'],
    params: byId,
    body: licenceOfferAmendment,
    responses: { 200: licenceOfferSchema },
    errors: [404, 409, 422],
  }),
  withdrawOffer: endpoint({
    method: 'post',
    path: '/open-licences/{id}/withdrawal',
    tags,
    summary:
      'Withdraws a listed offer with a reason (the licensor enterprise, or the region): it leaves the listing, takes no new interest, and the enterprises interested are told',
    roles: ['enterprise', 'region-admin'],
    params: byId,
    body: licenceOfferWithdrawal,
    responses: { 200: licenceOfferSchema },
    errors: [404, 409],
  }),
  expressInterest: endpoint({
    method: 'post',
    path: '/open-licences/{id}/interests',
    tags,
    summary:
      "An enterprise's interest in an offer: it reaches the licensor (a registered enterprise) and the region",
    roles: ['enterprise'],
    params: byId,
    body: licenceInterestCreate,
    responses: { 201: licenceInterestSchema },
    errors: [404, 409, 422],
  }),
  interests: endpoint({
    method: 'get',
    path: '/licence-interests',
    tags,
    summary:
      "Interests in scope: an enterprise's own and those in its offers, a city's area (its enterprises or its offers), all for the region and auditors",
    roles: ['enterprise', 'city-admin', 'region-admin', 'auditor'],
    query: licenceInterestListQuery,
    responses: { 200: z.object({ items: z.array(licenceInterestSchema) }) },
  }),
  interest: endpoint({
    method: 'get',
    path: '/licence-interests/{id}',
    tags,
    summary: 'One interest or licence (scoped like the list)',
    roles: ['enterprise', 'city-admin', 'region-admin', 'auditor'],
    params: byId,
    responses: { 200: licenceInterestSchema },
    errors: [404],
  }),
  conclude: endpoint({
    method: 'post',
    path: '/licence-interests/{id}/conclusion',
    tags,
    summary:
      'Marks the licence concluded with its date and fee (officials, or the licensee): it can then start the M5.1 claim',
    roles: ['enterprise', 'city-admin', 'region-admin'],
    params: byId,
    body: licenceConclusion,
    responses: { 200: licenceInterestSchema },
    errors: [404, 409, 422],
  }),
} as const;
