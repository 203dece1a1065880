import type { Catalog } from '@huiqi/locales';
import type { assets as zh } from '../zh-CN/assets.js';

export const assets = {
  title: 'IP in the profile',
  intro:
    'Record the titles, patent awards and grants abroad your enterprise holds, for policy matching; a claim still needs its evidence.',
  kind: 'Kind',
  date: 'Recognized / awarded / granted on',
  number: 'Patent or grant/registration number',
  jurisdiction: 'Country or office of the grant',
  abroadHint:
    'A Madrid registration: one item for each designated country where protection was granted, with the international registration number; a PCT application (WO) is not a grant: give the country or office that granted the patent.',
  add: 'Record',
  remove: 'Remove',
  removed: 'Removed.',
  empty: 'No IP recorded yet.',
  provision: 'Provision',
} satisfies Catalog<typeof zh>;
