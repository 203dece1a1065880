import type { Catalog } from '@huiqi/locales';
import type { checklist as zh } from '../zh-CN/checklist.js';

export const checklist = {
  title: 'Everything this claim needs, at once',
  missing: '{n} things to do before submitting',
  ready: 'Your account is verified and a round is open: submit once the materials below are ready.',
  accountTitle: 'Enterprise account',
  account: {
    verified: 'Verified',
    pending:
      "Not verified yet: claims can be submitted once your city's IP office verifies the enterprise (you can calculate and save drafts now).",
    rejected:
      "Verification was refused: correct the enterprise's details in the profile and contact your city's IP office.",
  },
  noEvidence: 'No evidence uploaded yet: upload the materials listed below.',
  roundOpen: '{name}, open until {date}',
} satisfies Catalog<typeof zh>;
