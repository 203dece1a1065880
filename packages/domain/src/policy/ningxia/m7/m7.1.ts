import { defineProvision } from '../../define-provision.js';

/** M7.1 “入园惠企”质押融资行动 — service. */
export const m7_1 = defineProvision({
  id: 'M7.1',
  measure: 7,
  kind: 'service',
  title: { zh: '“入园惠企”质押融资行动', en: 'The "入园惠企" pledge-financing campaign' },
  summary: {
    zh: '持续实施质押融资“入园惠企”行动，组织银企对接，鼓励打包组合质押。',
    en: 'Pledge-financing campaign, bank–enterprise matchmaking, bundled pledges.',
  },
  clause: '持续实施知识产权质押融资“入园惠企”行动，组织“专精特新”银企对接，鼓励专精特新中小企业专利权、商标专用权、著作权等知识产权打包组合质押，拓展质押范围。',
});
