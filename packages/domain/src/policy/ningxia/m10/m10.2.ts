import { defineProvision } from '../../define-provision.js';
import { SERVICES_FIGURE } from '../shared.js';

/** M10.2 海外维权互助 — service. */
export const m10_2 = defineProvision({
  id: 'M10.2',
  measure: 10,
  kind: 'service',
  title: { zh: '海外维权互助', en: 'Overseas rights-protection mutual aid' },
  summary: {
    zh: '建立海外维权互助机制，设立海外维权互助基金。',
    en: 'Overseas mutual-aid mechanism and funds.',
  },
  clause:
    '推动建立健全知识产权海外维权互助机制，鼓励企业和相关机构设立知识产权海外维权互助基金，加大对专精特新中小企业海外知识产权维权援助力度',
  services: [{ id: 'overseas-assistance', label: { zh: '海外维权援助', en: 'Overseas rights assistance' } }],
  records: [
    {
      id: 'mutual-aid-fund',
      label: { zh: '海外维权互助基金', en: 'Overseas mutual-aid fund' },
      summary: {
        zh: '企业和相关机构设立的知识产权海外维权互助基金：发起方、规模和章程。',
        en: 'A fund for overseas IP rights protection set up by enterprises and institutions: founders, size and rules.',
      },
      subject: 'none',
      recordedBy: ['region', 'city'],
      fields: [
        { key: 'name', input: 'text', label: { zh: '基金名称', en: 'Fund' } },
        { key: 'founders', input: 'names', label: { zh: '发起方', en: 'Founders' } },
        { key: 'size', input: 'money', positive: true, label: { zh: '基金规模', en: 'Size' } },
        { key: 'establishedOn', input: 'date', label: { zh: '设立日期', en: 'Established on' } },
        { key: 'rules', input: 'long-text', label: { zh: '章程要点', en: 'Rules' } },
      ],
      dateField: 'establishedOn',
      counts: {
        unit: 'records',
        note: {
          zh: '原文为“鼓励设立”，未规定数量：统计当年设立的基金个数（规模在明细中）。',
          en: 'The text encourages funds and gives no number: the platform counts the funds set up in the year (their size is in the detail).',
        },
      },
    },
    {
      id: 'overseas-dispute',
      label: { zh: '海外纠纷援助案件', en: 'Overseas dispute assistance case' },
      summary: {
        zh: '为专精特新中小企业海外知识产权纠纷提供的援助：国家（地区）、对方、纠纷类型、垫付金额，跟踪至结案。',
        en: "Assistance in an SRDI SME's overseas IP dispute: country, counterpart, kind, amounts advanced, followed to closure.",
      },
      subject: 'enterprise',
      recordedBy: ['agency', 'region', 'city'],
      closes: true,
      fields: [
        { key: 'country', input: 'jurisdiction', label: { zh: '国家（地区）', en: 'Country' } },
        { key: 'counterpart', input: 'text', label: { zh: '对方当事人', en: 'Counterpart' } },
        {
          key: 'disputeKind',
          input: 'choice',
          label: { zh: '纠纷类型', en: 'Kind of dispute' },
          options: [
            { value: 'patent', label: { zh: '专利', en: 'Patent' } },
            { value: 'trademark', label: { zh: '商标', en: 'Trademark' } },
            { value: 'copyright', label: { zh: '著作权', en: 'Copyright' } },
            { value: 'trade-secret', label: { zh: '商业秘密', en: 'Trade secret' } },
            { value: 'other', label: { zh: '其他', en: 'Other' } },
          ],
        },
        { key: 'openedOn', input: 'date', label: { zh: '受理日期', en: 'Opened on' } },
        {
          key: 'advanced',
          input: 'money',
          label: { zh: '垫付金额', en: 'Amount advanced' },
          hint: {
            zh: '互助基金或援助机构垫付的费用，未垫付填 0',
            en: 'Costs advanced by a fund or the centre; 0 if none',
          },
        },
        {
          key: 'closedOn',
          input: 'date',
          label: { zh: '结案日期', en: 'Closed on' },
          notBefore: 'openedOn',
          optional: true,
          atClose: true,
        },
        {
          key: 'outcome',
          input: 'choice',
          label: { zh: '结案结果', en: 'Outcome' },
          optional: true,
          atClose: true,
          options: [
            { value: 'settled', label: { zh: '和解', en: 'Settled' } },
            { value: 'won', label: { zh: '胜诉或对方撤回', en: 'Won or dropped by the other side' } },
            { value: 'lost', label: { zh: '败诉', en: 'Lost' } },
            { value: 'withdrawn', label: { zh: '企业撤回', en: 'Withdrawn by the enterprise' } },
          ],
        },
      ],
      dateField: 'openedOn',
      counts: {
        unit: 'records',
        note: {
          zh: '原文未规定数量：统计当年受理的援助案件数（在办与结案分列），垫付金额在明细中。',
          en: 'The text gives no number: the platform counts the cases opened in the year (open and closed apart); amounts advanced are in the detail.',
        },
      },
    },
  ],
  scorecard: [SERVICES_FIGURE],
});
