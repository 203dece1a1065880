import type { Catalog } from '@huiqi/locales';
import type { brand as zh } from '../zh-CN/brand.js';

export const brand = {
  title: 'Brand nominations',
  intro:
    "Nominate the registered trademarks of the SRDI enterprises you serve, with evidence of distinctiveness and reputation; the region's selection is published on the portal.",
  new: 'New nomination',
  enterprise: 'Enterprise',
  pickEnterprise: 'Choose the enterprise the nomination is for.',
  trademarkName: 'Trademark',
  registrationNo: 'Registration no.',
  registrationHint: '6 to 10 digits, as on the certificate',
  niceClass: 'Class',
  chooseClass: 'Choose a class',
  classN: 'Class {n}',
  owner: 'Registrant',
  statement: 'About the brand',
  statementHint: 'What sets it apart, its market standing',
  submit: 'Nominate',
  sent: 'Nominated. Upload evidence of both distinctiveness and reputation.',
  mine: "The agency's nominations",
  none: 'The agency has no nominations this year.',
  distinctiveness: 'Distinctiveness',
  reputation: 'Reputation',
  upload: 'Upload {kind} evidence (PDF, image or OFD, ≤ {mb} MB)',
  badType: 'Only PDF, JPEG, PNG and OFD files are accepted.',
  tooBig: 'The file may not exceed {mb} MB.',
  needsBoth: 'Selection needs evidence of both kinds.',
  noFiles: 'None yet',
  reason: 'Reason',
  places: '{year}: {used} of {cap} selected',
  states: { nominated: 'Waiting', selected: 'Selected', refused: 'Not selected' },
} satisfies Catalog<typeof zh>;
