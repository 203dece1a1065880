import type { Catalog } from '@huiqi/locales';
import type { users as zh } from '../zh-CN/users.js';

export const users = {
  title: 'Accounts & roles',
  intro:
    'One role per account, fixed at creation; disabling ends every sign-in at once; no administrator disables or enables their own account. Every change is in the audit trail the auditors verify.',
  name: 'Name',
  role: 'Role',
  scope: 'Scope',
  agency: 'Agency',
  wholeRegion: 'Whole region (no area)',
  regionWide: 'Region-wide',
  add: 'Create account',
  disable: 'Disable',
  enable: 'Enable',
  disabled: 'Disabled',
  active: 'Active',
  locked: 'Locked',
  unlock: 'Unlock',
  unlockHint:
    "Lift the locks failed sign-ins set (the account's and every source address's); recorded in the audit trail",
  roles: {
    'city-admin': 'City admin',
    'region-admin': 'Region admin',
    auditor: 'Auditor',
    agency: 'Agency worker',
    'industry-dept': 'Industry department (read only)',
    enterprise: 'Enterprise',
  },
} satisfies Catalog<typeof zh>;
