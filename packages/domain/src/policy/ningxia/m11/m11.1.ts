import { defineProvision } from '../../define-provision.js';
import { CONTACT, MONEY_FIGURES, ROUND_DEADLINE, SERVICES_FIGURE } from '../shared.js';

/** M11.1 知识产权托管服务机构 — fixed-award. */
export const m11_1 = defineProvision({
  id: 'M11.1',
  measure: 11,
  kind: 'fixed-award',
  title: { zh: '知识产权托管服务机构', en: 'IP trusteeship agency' },
  summary: {
    zh: '对考核认定的知识产权托管服务机构予以20万元支持。',
    en: '200,000 yuan for a trusteeship agency that passes the evaluation.',
  },
  interpretation: {
    zh: '每家机构每个资助年度支持一次，考核认定日期须在资助年度内。',
    en: 'Once per agency per funding year; the evaluation must fall in the funding year.',
  },
  parameters: {
    amount: {
      label: { zh: '支持金额', en: 'Award' },
      unit: 'CNY',
      source: 'policy-text',
      reference: '对考核认定的知识产权托管服务机构予以20万元支持',
      values: [{ effectiveFrom: '2023-01-01', value: '200000.00' }],
    },
    recognitionWindowYears: {
      label: { zh: '考核认定的年度范围', en: 'Years in which the evaluation counts' },
      unit: 'years',
      source: 'interpretation',
      reference: '每家机构每年支持一次：考核认定日期须在资助年度内。',
      values: [{ effectiveFrom: '2023-01-01', value: '1' }],
    },
  },
  clause:
    '探索对专精特新中小企业集聚园区进行知识产权托管，引导和支持服务机构提供知识产权申请、专利信息分析、维权援助等无偿服务……对考核认定的知识产权托管服务机构予以20万元支持。',
  applicant: 'agency',
  claim: {
    fields: [
      {
        key: 'recognizedOn',
        input: 'date',
        role: 'recognized',
        label: { zh: '考核认定日期', en: 'Evaluation date' },
        mustHaveHappened: 'RECOGNITION_IN_FUTURE',
      },
      {
        key: 'evaluationResult',
        input: 'choice',
        label: { zh: '考核结果', en: 'Evaluation result' },
        options: [
          { value: 'excellent', label: { zh: '优秀', en: 'Excellent' } },
          { value: 'good', label: { zh: '良好', en: 'Good' } },
          { value: 'pass', label: { zh: '合格', en: 'Passed' } },
        ],
      },
      {
        key: 'parks',
        input: 'text-list',
        label: { zh: '托管园区', en: 'Parks under trusteeship' },
        hint: {
          zh: '每行一个园区：专精特新中小企业集聚的园区名称',
          en: 'One park a line: the parks where SRDI SMEs cluster',
        },
      },
      {
        key: 'freeServices',
        input: 'text-list',
        label: { zh: '提供的无偿服务', en: 'Free services given' },
        hint: {
          zh: '每行一项：服务内容及数量，如“专利申请代理 12件”',
          en: 'One service a line, with how many: "patent application filing, 12"',
        },
      },
    ],
  },
  bookkeeping: { once: 'per-funding-year' },
  services: [{ id: 'trusteeship', label: { zh: '知识产权托管服务', en: 'IP trusteeship' } }],
  guide: {
    whoMayApply: {
      zh: '为专精特新中小企业集聚园区提供知识产权托管服务的机构',
      en: 'An agency giving IP trusteeship services to a park where SRDI SMEs cluster',
    },
    conditions: [
      { zh: '在资助年度内通过考核认定', en: 'Passed the evaluation in the funding year' },
      {
        zh: '为园区企业提供申请、专利信息分析、维权援助等无偿服务',
        en: 'Gives park enterprises free services: applications, patent information analysis, assistance',
      },
    ],
    materials: [
      { zh: '机构营业执照或登记证书', en: "The agency's business licence or registration certificate" },
      { zh: '考核认定文件及服务记录', en: 'The evaluation document and the service records' },
    ],
    deadline: ROUND_DEADLINE,
    processingWorkingDays: 20,
    contact: CONTACT,
  },
  scorecard: [...MONEY_FIGURES, SERVICES_FIGURE],
});
