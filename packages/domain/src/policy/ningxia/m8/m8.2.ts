import { defineProvision } from '../../define-provision.js';

/** M8.2 “百城百品”商标品牌遴选 — count-cap, counted in brands (个), not enterprises. */
export const m8_2 = defineProvision({
  id: 'M8.2',
  measure: 8,
  kind: 'count-cap',
  title: { zh: '“百城百品”商标品牌遴选', en: '"Hundred Cities, Hundred Brands" selection' },
  summary: {
    zh: '遴选50个专精特新企业商标品牌参与“百城百品”区域品牌建设。',
    en: 'Select 50 SRDI enterprise brands for the regional brand programme.',
  },
  interpretation: {
    zh: '原文“遴选50个”未写年度：平台按年度组织遴选与考核，每年至多遴选50个品牌（按商标计，一家企业可有多个品牌入选）；由自治区遴选，地市可查看本地提名。',
    en: 'The text says "select 50" without a year: the platform selects, and scores, by year — at most 50 brands a year (counted by trademark; one enterprise may have several). The region selects; cities see their own nominations.',
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
  scorecard: [
    {
      id: 'brands',
      label: { zh: '入选“百城百品”的商标品牌数', en: 'Brands selected' },
      unit: 'brands',
      // A cap is met only when every place is taken.
      met: 'filled',
      goal: 'count',
      sources: ['brand-selections'],
    },
  ],
});
