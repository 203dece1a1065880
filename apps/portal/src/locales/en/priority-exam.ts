import type { Catalog } from '@huiqi/locales';
import type { priorityExam as zh } from '../zh-CN/priority-exam.js';

export const priorityExam = {
  intro:
    'Patent applications filed with CNIPA and still under examination can be recommended by the region for prioritized examination. Equipment manufacturing, new materials, clean energy, digital information and modern chemicals rank first.',
  numbers: 'Patent application numbers',
  numbersHint:
    '12 digits and a check character, e.g. 2024 1 0123456.0; full-width digits and spaces are fine.',
  addNumber: 'Add a number',
  remove: 'Remove',
  title: 'Title of the invention',
  field: 'Technical field',
  industry: 'Industry',
  focus: 'Focus industry',
  reason: 'Why prioritized examination is needed',
  reasonHint: 'E.g. the product is about to launch, imitation is a risk, a nationally supported industry.',
  submit: 'Apply',
  resubmit: 'Correct and send again',
  sent: 'Sent: your city checks it next.',
  mine: 'My application',
  year: 'Year',
  statusLabel: 'Status',
  submittedAt: 'Submitted',
  checkReason: "The city's note",
  decisionReason: 'Why it was not recommended',
  status: {
    submitted: 'Waiting for the city',
    returned: 'Returned: correct it and send it again',
    passed: 'Passed by the city, waiting for the region',
    recommended: 'Recommended for prioritized examination',
    'not-recommended': 'Not recommended',
  },
  fixBelow: 'Correct what is marked and send again.',
} satisfies Catalog<typeof zh>;
