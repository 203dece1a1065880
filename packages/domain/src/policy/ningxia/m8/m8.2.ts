import { defineProvision } from '../../define-provision.js';

/** M8.2 “百城百品”商标品牌遴选 — count-cap. */
export const m8_2 = defineProvision({
  id: 'M8.2',
  measure: 8,
  kind: 'count-cap',
  title: { zh: '“百城百品”商标品牌遴选', en: '"Hundred Cities, Hundred Brands" selection' },
  summary: {
    zh: '遴选50个专精特新企业商标品牌参与“百城百品”区域品牌建设。',
    en: 'Select 50 SRDI enterprise brands for the regional brand programme.',
  },
  parameters: {
    count: {
      label: { zh: '遴选品牌数', en: 'Brands selected' },
      unit: 'count',
      source: 'policy-text',
      reference: '遴选50个……专精特新企业商标品牌',
      values: [{ effectiveFrom: '2023-01-01', value: '50' }],
    },
  },
  clause: '遴选50个特色鲜明、竞争力强、市场信誉好的专精特新企业商标品牌，参与“百城百品”区域品牌建设',
  counts: 'brands',
});
