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
  // The clause gives no number: what the platform shares is the year's imported lists, and what the
  // departments can see of the enterprises on them (docs/architecture.md, M9.1).
  scorecard: [
    {
      id: 'listed',
      label: {
        zh: '当年专精特新和“小巨人”名单内的企业数',
        en: "Enterprises on the year's SRDI and little-giant lists",
      },
      unit: 'enterprises',
      met: 'reported',
      sources: ['srdi-lists'],
    },
    {
      id: 'shared',
      label: {
        zh: '其中有知识产权档案或申报可供共享的企业数',
        en: 'Of them, enterprises with an IP profile or claims to share',
      },
      unit: 'enterprises',
      met: 'reported',
      sources: ['srdi-lists'],
    },
  ],
});
