import { defineProvision } from '../../define-provision.js';
import { SERVICES_FIGURE } from '../shared.js';

/** Asked the same way by the kinds below. */
const titleLevel = {
  key: 'level',
  input: 'choice',
  label: { zh: '职称级别', en: 'Level' },
  options: [
    { value: 'junior', label: { zh: '初级', en: 'Junior' } },
    { value: 'intermediate', label: { zh: '中级', en: 'Intermediate' } },
    { value: 'senior', label: { zh: '高级', en: 'Senior' } },
  ],
} as const;

/** M12.1 知识产权经理人与职称 — service. */
export const m12_1 = defineProvision({
  id: 'M12.1',
  measure: 12,
  kind: 'service',
  title: { zh: '知识产权经理人与职称', en: 'IP managers and professional titles' },
  summary: {
    zh: '建设知识产权经理人队伍，支持参评知识产权职称并开展聘任。',
    en: 'A corps of IP managers; support for IP professional titles.',
  },
  clause:
    '加快推进“专精特新”等中小企业知识产权经理人队伍建设，支持专精特新中小企业组织知识产权人才参评知识产权职称并开展聘任工作',
  services: [{ id: 'talent-training', label: { zh: '知识产权人才培训', en: 'IP talent training' } }],
  records: [
    {
      id: 'ip-manager',
      label: { zh: '知识产权经理人', en: 'IP manager' },
      summary: {
        zh: '企业登记本企业的知识产权经理人，由市级核验。',
        en: 'An enterprise registers its IP managers (知识产权经理人); the city verifies.',
      },
      subject: 'enterprise',
      recordedBy: ['enterprise'],
      verifiedBy: 'city',
      fields: [
        { key: 'name', input: 'text', label: { zh: '姓名', en: 'Name' } },
        { key: 'position', input: 'text', label: { zh: '职务', en: 'Position' } },
        { key: 'since', input: 'date', label: { zh: '担任日期', en: 'In the role since' } },
      ],
      dateField: 'since',
      counts: {
        unit: 'people',
        note: {
          zh: '原文未规定人数：统计经核验的经理人人数（按其企业所在市），显示队伍建设进展。',
          en: 'The text gives no number: the platform counts verified IP managers (by the city of their enterprise), to show the corps being built.',
        },
      },
    },
    {
      id: 'ip-title-application',
      label: { zh: '知识产权职称申报', en: 'IP professional title application' },
      summary: {
        zh: '企业组织人员参评知识产权职称：级别、年度和评审结果。',
        en: 'Staff an enterprise puts forward for an IP professional title (职称): level, year and result.',
      },
      subject: 'enterprise',
      recordedBy: ['enterprise'],
      verifiedBy: 'city',
      fields: [
        { key: 'name', input: 'text', label: { zh: '姓名', en: 'Name' } },
        titleLevel,
        { key: 'year', input: 'year', label: { zh: '参评年度', en: 'Year' } },
        {
          key: 'result',
          input: 'choice',
          label: { zh: '评审结果', en: 'Result' },
          options: [
            { value: 'pending', label: { zh: '评审中', en: 'Under review' } },
            { value: 'passed', label: { zh: '通过', en: 'Passed' } },
            { value: 'failed', label: { zh: '未通过', en: 'Not passed' } },
          ],
        },
      ],
      dateField: 'year',
      counts: {
        unit: 'people',
        when: { field: 'result', equals: 'passed' },
        note: {
          zh: '原文未规定人数：统计当年评审通过的人数（按企业所在市）。',
          en: 'The text gives no number: the platform counts the people who passed in the year (by city).',
        },
      },
    },
    {
      id: 'ip-title-appointment',
      label: { zh: '知识产权职称聘任', en: 'IP title appointment' },
      summary: {
        zh: '企业聘任取得知识产权职称的人员：级别、岗位和聘任日期。',
        en: 'An enterprise appoints staff holding an IP title: level, post and date.',
      },
      subject: 'enterprise',
      recordedBy: ['enterprise'],
      verifiedBy: 'city',
      fields: [
        { key: 'name', input: 'text', label: { zh: '姓名', en: 'Name' } },
        titleLevel,
        { key: 'post', input: 'text', label: { zh: '聘任岗位', en: 'Post' } },
        { key: 'appointedOn', input: 'date', label: { zh: '聘任日期', en: 'Appointed on' } },
      ],
      dateField: 'appointedOn',
      counts: {
        unit: 'people',
        note: {
          zh: '原文未规定人数：统计当年聘任的人数（按企业所在市）。',
          en: 'The text gives no number: the platform counts the people appointed in the year (by city).',
        },
      },
    },
  ],
  scorecard: [SERVICES_FIGURE],
});
