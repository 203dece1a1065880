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
  clause:
    '持续实施知识产权质押融资“入园惠企”行动，组织“专精特新”银企对接，鼓励专精特新中小企业专利权、商标专用权、著作权等知识产权打包组合质押，拓展质押范围。',
  records: [
    {
      id: 'finance-event',
      label: {
        zh: '质押融资“入园惠企”活动与银企对接',
        en: 'Pledge-financing campaign event or bank–enterprise matchmaking',
      },
      summary: {
        zh: '“入园惠企”活动或“专精特新”银企对接：时间、地点、参加银行和对接的企业。',
        en: 'A "入园惠企" campaign event or an SRDI bank–enterprise matchmaking: when, where, the banks and the enterprises met.',
      },
      subject: 'none',
      recordedBy: ['agency', 'city', 'region'],
      fields: [
        {
          key: 'format',
          input: 'choice',
          label: { zh: '活动形式', en: 'Format' },
          options: [
            { value: 'campaign', label: { zh: '“入园惠企”活动', en: '"入园惠企" campaign event' } },
            { value: 'matchmaking', label: { zh: '银企对接', en: 'Bank–enterprise matchmaking' } },
          ],
        },
        { key: 'title', input: 'text', label: { zh: '活动名称', en: 'Title' } },
        { key: 'place', input: 'text', label: { zh: '地点（园区）', en: 'Place (park)' } },
        { key: 'heldOn', input: 'date', label: { zh: '举办日期', en: 'Held on' } },
        { key: 'banks', input: 'names', label: { zh: '参加银行', en: 'Banks' } },
        { key: 'enterprises', input: 'enterprises', label: { zh: '对接企业', en: 'Enterprises met' } },
      ],
      dateField: 'heldOn',
      counts: {
        unit: 'enterprises',
        note: {
          zh: '原文未规定数量：统计当年活动对接的不同企业数（活动场次在明细中）。',
          en: "The text gives no number: the platform counts the distinct enterprises met at the year's events (the events are in the detail).",
        },
      },
    },
    {
      id: 'bundled-pledge',
      label: { zh: '知识产权打包组合质押', en: 'Bundled IP pledge' },
      summary: {
        zh: '一笔贷款以多项专利权、商标专用权、著作权打包组合质押，由市级核验。',
        en: 'A loan secured by a bundle of patents, trademarks and copyrights; the city verifies.',
      },
      subject: 'enterprise',
      recordedBy: ['enterprise', 'city', 'region'],
      verifiedBy: 'city',
      fields: [
        { key: 'bank', input: 'text', label: { zh: '贷款银行', en: 'Bank' } },
        { key: 'loanAmount', input: 'money', positive: true, label: { zh: '贷款金额', en: 'Loan amount' } },
        { key: 'registeredOn', input: 'date', label: { zh: '质押登记日期', en: 'Pledge registered on' } },
        {
          key: 'items',
          input: 'ip-items',
          minItems: 2,
          label: { zh: '质押的知识产权', en: 'Pledged IP' },
          hint: { zh: '打包组合：至少两项', en: 'A bundle: at least two' },
        },
      ],
      dateField: 'registeredOn',
      counts: {
        unit: 'records',
        note: {
          zh: '原文为“鼓励”，未规定数量：统计当年登记并经核验的打包组合质押贷款笔数。',
          en: 'The text encourages bundles and gives no number: the platform counts the bundled-pledge loans registered in the year and verified.',
        },
      },
    },
  ],
});
