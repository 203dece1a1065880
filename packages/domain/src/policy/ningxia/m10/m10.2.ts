import { defineProvision } from '../../define-provision.js';

/** M10.2 海外维权互助 — service. */
export const m10_2 = defineProvision({
  id: 'M10.2',
  measure: 10,
  kind: 'service',
  title: { zh: '海外维权互助', en: 'Overseas rights-protection mutual aid' },
  summary: { zh: '建立海外维权互助机制，设立海外维权互助基金。', en: 'Overseas mutual-aid mechanism and funds.' },
  clause: '推动建立健全知识产权海外维权互助机制，鼓励企业和相关机构设立知识产权海外维权互助基金，加大对专精特新中小企业海外知识产权维权援助力度',
  services: [{ id: 'overseas-assistance', label: { zh: '海外维权援助', en: 'Overseas rights assistance' } }],
});
