import type { Catalog } from '@huiqi/locales';
import type { srdi as zh } from '../zh-CN/srdi.js';

export const srdi = {
  title: 'SRDI enterprise lists',
  intro:
    'The regional SRDI (专精特新) SME list and the national little-giant (小巨人) list, kept per year as the region imported them. Open an enterprise to see its IP profile, claims and adjudication cases.',
  year: 'Year',
  level: 'Level',
  all: 'All',
  provincial: 'Regional',
  littleGiant: 'Little giant',
  counts: '{year}: {provincial} regional, {littleGiant} little giants',
  noList: 'No list imported yet.',
  importedAt: 'Imported',
  profile: 'IP profile',
  cases: 'Adjudication cases',
  claims: 'Claims',
  party: 'As · other party',
  asRequester: 'Requester',
  asRespondent: 'Respondent',
  number: 'Number',
  date: 'Date',
  kind: 'Kind',
} satisfies Catalog<typeof zh>;
