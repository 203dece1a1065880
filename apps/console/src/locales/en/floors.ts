import type { Catalog } from '@huiqi/locales';
import type { floors as zh } from '../zh-CN/floors.js';

export const floors = {
  title: 'Annual funding floors',
  floor: 'At least a year',
  policyText: 'Policy text',
  interpretation: 'Interpretation',
  budget: "This year's budget",
  granted: 'Granted',
  inReview: 'In review (at most)',
  shortfall: 'Short of the floor',
  projects: '{n} projects granted',
  daysLeft: '{n} days to year end',
  met: 'Floor reached',
  warnNotInReach:
    'As things stand the {floor} floor will not be reached by the end of the year: {granted} granted, and even granting every project in review in full gives {inReach}, {shortfall} short.',
  warnBudgetBelow: "This year's budget of {budget} is below the {floor} floor: it cannot be reached.",
  warnNoBudget: 'No budget is set for this year: the {floor} floor will not be reached.',
  warnMissed: '{year} is over and the {floor} floor was not reached ({granted} granted).',
  reports: 'Patent navigation reports',
  noReports: 'No navigation report filed this year.',
  project: 'Project',
  enterprise: 'Enterprise',
  amount: 'Granted',
  summary: 'Summary',
  file: 'Report',
  filedAt: 'Filed',
} satisfies Catalog<typeof zh>;
