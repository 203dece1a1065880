import type { Catalog } from '@huiqi/locales';
import type { ratingForm as zh } from '../zh-CN/rating-form.js';

export const ratingForm = {
  title: 'Rate this service (好差评)',
  level: 'Rating',
  comment: 'Comment (optional)',
  commentPlaceholder: 'What you were or were not satisfied with, up to 500 characters',
  chooseLevel: 'Choose a rating.',
  submit: 'Send rating',
  rated: 'Rated',
  ratedOn: 'Rated on {at}',
  poorHint:
    'Dissatisfied or very dissatisfied goes to the responsible city (or Ningdong) to put right or call you back.',
  followUps: 'Follow-up',
  noFollowUp: 'Waiting for the responsible office to follow up.',
} satisfies Catalog<typeof zh>;
