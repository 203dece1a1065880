import { defineProvision } from '../../define-provision.js';

/** M7.2 政府性融资担保贷款 — budget-floor. */
export const m7_2 = defineProvision({
  id: 'M7.2',
  measure: 7,
  kind: 'budget-floor',
  title: { zh: '政府性融资担保贷款', en: 'Guaranteed loans for IP pledge financing' },
  summary: {
    zh: '引导政府性融资担保机构提供不低于2亿元担保贷款。',
    en: 'At least 200,000,000 yuan of guaranteed loans for IP pledge financing.',
  },
  parameters: {
    floor: {
      label: { zh: '担保贷款规模下限', en: 'Guaranteed loans (at least)' },
      unit: 'CNY',
      source: 'policy-text',
      reference: '提供不低于2亿元担保贷款',
      values: [{ effectiveFrom: '2023-01-01', value: '200000000.00' }],
    },
  },
  clause: '引导政府性融资担保机构提供不低于2亿元担保贷款，用于支持中小微企业知识产权质押融资。',
  records: [
    {
      id: 'guaranteed-loan',
      label: { zh: '政府性融资担保贷款', en: 'Guaranteed loan' },
      summary: {
        zh: '政府性融资担保机构为中小微企业知识产权质押融资提供担保的贷款，由自治区按担保机构报送登记。',
        en: "A loan for SME IP pledge financing guaranteed by a government financing guarantee institution, recorded by the region from the institution's report.",
      },
      subject: 'enterprise',
      recordedBy: ['region'],
      fields: [
        { key: 'guarantor', input: 'text', label: { zh: '担保机构', en: 'Guarantee institution' } },
        { key: 'bank', input: 'text', label: { zh: '贷款银行', en: 'Bank' } },
        {
          key: 'amount',
          input: 'money',
          positive: true,
          label: { zh: '担保贷款金额', en: 'Amount guaranteed' },
        },
        { key: 'disbursedOn', input: 'date', label: { zh: '放款日期', en: 'Disbursed on' } },
        {
          key: 'dueOn',
          input: 'date',
          label: { zh: '到期日期', en: 'Due on' },
          notBefore: 'disbursedOn',
        },
        { key: 'pledged', input: 'ip-items', label: { zh: '质押的知识产权', en: 'Pledged IP' } },
      ],
      dateField: 'disbursedOn',
      startsClaim: { provision: 'M7.4', roles: { principal: 'amount', disbursed: 'disbursedOn' } },
      counts: {
        unit: 'CNY',
        sum: 'amount',
        target: 'floor',
        note: {
          zh: '统计当年放款的担保贷款金额合计，对照“不低于2亿元”。',
          en: 'The guaranteed loans disbursed in the year, summed, against "at least 200,000,000 yuan".',
        },
      },
    },
  ],
});
