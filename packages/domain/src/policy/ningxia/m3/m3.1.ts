import { defineProvision } from '../../define-provision.js';

/** M3.1 知识产权和创新能力分级测评 — count-target. */
export const m3_1 = defineProvision({
  id: 'M3.1',
  measure: 3,
  kind: 'count-target',
  title: { zh: '知识产权和创新能力分级测评', en: 'Graded assessment of IP and innovation capability' },
  summary: {
    zh: '每年组织50家以上专精特新中小企业开展分级测评、学习提升。',
    en: 'At least 50 SRDI SMEs a year take the graded assessment (ISO 56005).',
  },
  parameters: {
    count: {
      label: { zh: '每年至少测评企业数', en: 'Enterprises assessed a year (at least)' },
      unit: 'count',
      source: 'policy-text',
      reference: '每年组织50家以上专精特新中小企业……开展知识产权和创新能力分级测评',
      values: [{ effectiveFrom: '2023-01-01', value: '50' }],
    },
  },
  clause:
    '每年组织50家以上专精特新中小企业，通过国家知识产权管理标准推广应用综合服务平台，开展知识产权和创新能力分级测评、学习提升',
  services: [{ id: 'graded-assessment', label: { zh: '分级测评辅导', en: 'Graded assessment support' } }],
  records: [
    {
      id: 'graded-assessment',
      label: { zh: '分级测评', en: 'Graded assessment' },
      summary: {
        zh: '企业在国家知识产权管理标准推广应用综合服务平台报名分级测评，测评后登记日期和等级，由市级核验。',
        en: 'An enterprise enrols in the graded assessment on the national standard platform; the date and grade are added when assessed, and the city verifies.',
      },
      subject: 'enterprise',
      recordedBy: ['agency', 'enterprise'],
      verifiedBy: 'city',
      closes: true,
      fields: [
        { key: 'enrolledOn', input: 'date', label: { zh: '报名日期', en: 'Enrolled on' } },
        {
          key: 'assessedOn',
          input: 'date',
          label: { zh: '测评日期', en: 'Assessed on' },
          notBefore: 'enrolledOn',
          optional: true,
          atClose: true,
        },
        {
          key: 'grade',
          input: 'text',
          label: { zh: '测评等级', en: 'Grade' },
          hint: {
            zh: '按平台出具的测评结果填写，如“三级”',
            en: 'As the platform reports it, e.g. “三级” (level 3)',
          },
          optional: true,
          atClose: true,
        },
      ],
      dateField: 'assessedOn',
      counts: {
        unit: 'enterprises',
        target: 'count',
        note: {
          zh: '统计当年完成测评（有测评日期和等级）并经市级核验的不同企业数，对照“每年50家以上”。',
          en: 'Distinct enterprises assessed in the year (date and grade recorded) and verified by the city, against "at least 50 a year".',
        },
      },
    },
  ],
});
