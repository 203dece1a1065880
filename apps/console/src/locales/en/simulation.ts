import type { Catalog } from '@huiqi/locales';
import type { simulation as zh } from '../zh-CN/simulation.js';

export const simulation = {
  title: 'What-if simulation',
  intro:
    'Change one or more parameters and re-run the claims in review and decided, to compare the money needed before and after, by provision and by area. Computed in the browser with the same rules as the review; nothing is changed.',
  parameter: 'Parameter',
  current: 'Current',
  proposed: 'Proposed',
  needValue: 'Enter a proposed value (at least one).',
  add: 'Add a change',
  run: 'Run',
  claims: 'Claims',
  invalid: 'Not assessable',
  before: 'Before',
  after: 'After',
  delta: 'Change',
  changed: 'Claims whose amount changes',
  took: 'took {ms} ms',
  truncated: 'Too many claims: only the first 50,000 were simulated.',
} satisfies Catalog<typeof zh>;
