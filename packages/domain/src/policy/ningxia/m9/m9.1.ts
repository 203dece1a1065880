import { defineProvision } from '../../define-provision.js';

/** M9.1 企业信息共享 — service. */
export const m9_1 = defineProvision({
  id: 'M9.1',
  measure: 9,
  kind: 'service',
  title: { zh: '企业信息共享', en: 'Information sharing on SRDI enterprises' },
  summary: {
    zh: '知识产权和工信部门共享辖区专精特新中小企业和“小巨人”企业信息。',
    en: 'IP and industry departments share information on SRDI and "little giant" enterprises.',
  },
  clause: '各级知识产权和工信部门要加强信息沟通，共享辖区内专精特新中小企业和“小巨人”企业相关信息',
});
