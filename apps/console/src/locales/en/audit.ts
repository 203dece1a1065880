import type { Catalog } from '@huiqi/locales';
import type { audit as zh } from '../zh-CN/audit.js';

export const audit = {
  title: 'Audit log',
  verify: 'Verify the hash chain',
  intact: 'Chain intact: {n} rows sealed and verified ({c} checkpoints).',
  unsealed:
    '{u} more rows just written are not sealed yet (usually within milliseconds; until then only the database’s refusal to change them protects them).',
  broken: 'Chain broken at row {at}! ({reason})',
  at: 'At',
  actor: 'Actor',
  action: 'Action',
  target: 'Target',
} satisfies Catalog<typeof zh>;
