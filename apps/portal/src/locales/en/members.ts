import type { Catalog } from '@huiqi/locales';
import type { members as zh } from '../zh-CN/members.js';

export const members = {
  title: 'Members of the account',
  intro:
    "Colleagues of the same enterprise each use their own account; the account's administrators add, disable and enable them again, and disabling one ends their sign-ins at once. The account always keeps an active administrator (administrators cannot disable themselves).",
  username: 'Username',
  displayName: 'Name',
  password: 'Initial password',
  add: 'Add a member',
  disable: 'Disable',
  disabled: 'Disabled',
  active: 'Active',
  confirmDisable: 'Disable this member? All their sign-ins end at once.',
  you: ' (you)',
  role: 'Role',
  admin: 'Administrator',
  member: 'Member',
  enable: 'Enable again',
  makeAdmin: 'Administrator (manages members)',
  adminsOnly: "The account's administrators manage its members: ask one to add or disable a colleague.",
} satisfies Catalog<typeof zh>;
