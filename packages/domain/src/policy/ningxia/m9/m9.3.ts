import { defineProvision } from '../../define-provision.js';

/** M9.3 专利侵权纠纷行政裁决 — service. */
export const m9_3 = defineProvision({
  id: 'M9.3',
  measure: 9,
  kind: 'service',
  title: { zh: '专利侵权纠纷行政裁决', en: 'Administrative adjudication of patent disputes' },
  summary: {
    zh: '加大涉及专精特新中小企业专利侵权纠纷行政裁决办案力度。',
    en: 'Priority administrative adjudication of patent infringement disputes.',
  },
  clause: '加大涉及“专精特新”等中小企业专利侵权纠纷行政裁决办案力度，提供知识产权快速协同保护。',
});
