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
  services: [
    {
      id: 'patent-intensive-filing',
      label: { zh: '专利密集型产品备案辅导', en: 'Patent-intensive product filing' },
    },
  ],
  records: [
    {
      id: 'patent-intensive-product',
      label: { zh: '专利密集型产品备案', en: 'Patent-intensive product' },
      summary: {
        zh: '企业主导产品在试点平台的备案：产品、备案号、备案日期和认定结果，由市级核验。',
        en: "An enterprise's main product filed on the pilot platform: product, filing number, date and whether it was recognized; the city verifies.",
      },
      subject: 'enterprise',
      recordedBy: ['agency', 'enterprise'],
      verifiedBy: 'city',
      fields: [
        { key: 'product', input: 'text', label: { zh: '产品名称', en: 'Product' } },
        { key: 'filingNumber', input: 'text', label: { zh: '备案号', en: 'Filing number' } },
        { key: 'filedOn', input: 'date', label: { zh: '备案日期', en: 'Filed on' } },
        {
          key: 'recognition',
          input: 'choice',
          label: { zh: '认定结果', en: 'Recognition' },
          options: [
            { value: 'recognized', label: { zh: '已认定', en: 'Recognized' } },
            { value: 'pending', label: { zh: '待认定', en: 'Pending' } },
            { value: 'not-recognized', label: { zh: '未通过认定', en: 'Not recognized' } },
          ],
        },
      ],
      dateField: 'filedOn',
      counts: {
        unit: 'enterprises',
        target: 'count',
        when: { field: 'recognition', equals: 'recognized' },
        note: {
          zh: '统计当年备案、已认定并经市级核验的不同企业数（一家企业多个产品计一家），对照“不少于50家”。',
          en: 'Distinct enterprises with a product filed in the year, recognized and verified by the city (several products count one enterprise), against "at least 50".',
        },
      },
    },
  ],
});
