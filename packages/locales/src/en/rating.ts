import type { Catalog } from '../types.js';
import type { rating as zhRating } from '../zh-CN/rating.js';

export const rating = {
  levels: {
    verySatisfied: 'Very satisfied',
    satisfied: 'Satisfied',
    basicallySatisfied: 'Basically satisfied',
    dissatisfied: 'Dissatisfied',
    veryDissatisfied: 'Very dissatisfied',
  },
  kinds: { rectification: 'Rectification', returnVisit: 'Return visit' },
  actedOn: 'Done on',
} satisfies Catalog<typeof zhRating>;
