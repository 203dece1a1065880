import { defineProvision } from '../../define-provision.js';

/** M6.1 专利密集型产品备案 — count-target. */
export const m6_1 = defineProvision({
  id: 'M6.1',
  measure: 6,
  kind: 'count-target',
  title: { zh: '专利密集型产品备案', en: 'Patent-intensive product filing' },
  summary: {
    zh: '每年支持不少于50家专精特新中小企业主导产品通过备案认定。',
    en: 'At least 50 SRDI SMEs a year get a main product filed as patent-intensive.',
  },
  parameters: {
    count: {
      label: { zh: '每年至少备案企业数', en: 'Enterprises filed a year (at least)' },
      unit: 'count',
      source: 'policy-text',
      reference: '每年引导和支持不少于50家专精特新中小企业……通过试点平台备案认定',
      values: [{ effectiveFrom: '2023-01-01', value: '50' }],
    },
  },
  clause: '每年引导和支持不少于50家专精特新中小企业符合条件的主导产品通过试点平台备案认定',
  services: [{ id: 'patent-intensive-filing', label: { zh: '专利密集型产品备案辅导', en: 'Patent-intensive product filing' } }],
});
