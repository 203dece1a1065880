import { z } from 'zod';
import { roundCreate, roundSchema } from '../claims.js';
import { endpoint } from '../endpoint.js';

const tags = ['rounds'];

export const rounds = {
  list: endpoint({
    method: 'get',
    path: '/rounds',
    tags,
    summary: 'Funding rounds (申报批次) and whether each is open today (public)',
    public: true,
    responses: { 200: z.object({ items: z.array(roundSchema) }) },
  }),
  create: endpoint({
    method: 'post',
    path: '/rounds',
    tags,
    summary: 'Open a funding round for a year and the provisions it accepts (region-admin)',
    roles: ['region-admin'],
    body: roundCreate,
    responses: { 201: roundSchema },
    errors: [422],
  }),
} as const;
