import { defineProvision } from '../../define-provision.js';
import { FROM } from '../shared.js';

/**
 * The measure asks for more administrative adjudication of patent infringement disputes involving
 * SRDI SMEs but states no time limit: the limits below are the statutory ones of the State IP
 * Office's rules for handling patent disputes (《专利行政执法办法》), which the platform applies as
 * its reading (each an interpretation, dated, changeable on the parameters page).
 */
const RULES = '《专利行政执法办法》（国家知识产权局，2015年修订）';

/** M9.3 专利侵权纠纷行政裁决 — service; the IP office keeps the case register. */
export const m9_3 = defineProvision({
  id: 'M9.3',
  measure: 9,
  kind: 'service',
  title: { zh: '专利侵权纠纷行政裁决', en: 'Administrative adjudication of patent disputes' },
  summary: {
    zh: '加大涉及专精特新中小企业专利侵权纠纷行政裁决办案力度。',
    en: 'Priority administrative adjudication of patent infringement disputes.',
  },
  clause: '加大涉及“专精特新”等中小企业专利侵权纠纷行政裁决办案力度，提供知识产权快速协同保护。',
  interpretation: {
    zh: '措施未规定办案期限。平台按《专利行政执法办法》的法定期限登记和提醒；一方当事人为专精特新中小企业（企业库核验或当年名单）的案件标为优先办理。',
    en: 'The measure sets no time limits. The platform tracks the statutory limits of the patent enforcement rules; a case with an SRDI SME party (verified in the registry or on the year’s list) is marked for priority handling.',
  },
  records: [
    {
      id: 'adjudication-case',
      label: { zh: '专利侵权纠纷行政裁决案件', en: 'Patent adjudication case' },
      summary: {
        zh: '知识产权局受理的专利侵权纠纷行政裁决请求：当事人、涉案专利、立案或不予受理、口头审理、结案及裁决文书，按法定期限跟踪。',
        en: 'A request for administrative adjudication of a patent dispute: parties, patent, acceptance or refusal, hearing, decision and its document, followed against the statutory limits.',
      },
      subject: 'none',
      recordedBy: ['city', 'region'],
      // Its own register (API /adjudication-cases, the console's 行政裁决 page), not the generic records.
      flow: 'adjudication',
      closes: true,
      fields: [
        { key: 'patentNumber', input: 'text', label: { zh: '专利号', en: 'Patent number' } },
        { key: 'receivedOn', input: 'date', label: { zh: '收到请求书日期', en: 'Received on' } },
        {
          key: 'closedOn',
          input: 'date',
          atClose: true,
          optional: true,
          notBefore: 'receivedOn',
          label: { zh: '结案日期', en: 'Closed on' },
        },
      ],
      dateField: 'receivedOn',
      counts: {
        unit: 'records',
        note: {
          zh: '措施要求“加大办案力度”，未规定件数：统计当年收到的行政裁决请求件数（立案、不予受理和结案情况在明细中）。',
          en: 'The measure asks for more adjudication and gives no number: the platform counts the requests received in the year (acceptance, refusal and closure in the detail).',
        },
      },
    },
  ],
  parameters: {
    acceptWithin: {
      label: { zh: '立案或不予受理的期限', en: 'Time to accept or refuse a request' },
      unit: 'working-days',
      source: 'interpretation',
      reference: `措施未规定；按${RULES}：“管理专利工作的部门应当在收到请求书之日起5个工作日内立案并通知请求人……请求不符合本办法第八条规定条件的，……应当在收到请求书之日起5个工作日内通知请求人不予受理，并说明理由。”`,
      values: [{ effectiveFrom: FROM, value: '5' }],
    },
    serveWithin: {
      label: { zh: '向被请求人送达请求书副本的期限', en: 'Time to serve the request on the respondent' },
      unit: 'working-days',
      source: 'interpretation',
      reference: `措施未规定；按${RULES}：“管理专利工作的部门应当在立案之日起5个工作日内将请求书及其附件的副本送达被请求人”。`,
      values: [{ effectiveFrom: FROM, value: '5' }],
    },
    answerWithin: {
      label: { zh: '被请求人答辩期限', en: 'Time for the respondent to answer' },
      unit: 'days',
      source: 'interpretation',
      reference: `措施未规定；按${RULES}：“要求其在收到之日起15日内提交答辩书”。平台自送达之日起按日历日计算，末日为节假日的顺延至其后第一个工作日（解释）。`,
      values: [{ effectiveFrom: FROM, value: '15' }],
    },
    hearingNotice: {
      label: { zh: '口头审理通知的提前期', en: 'Notice before an oral hearing' },
      unit: 'working-days',
      source: 'interpretation',
      reference: `措施未规定；按${RULES}：“管理专利工作的部门决定进行口头审理的，应当至少在口头审理3个工作日前让当事人得知进行口头审理的时间和地点。”`,
      values: [{ effectiveFrom: FROM, value: '3' }],
    },
    decideWithin: {
      label: { zh: '结案期限（自立案之日起）', en: 'Time to decide (from acceptance)' },
      unit: 'months',
      source: 'interpretation',
      reference: `措施未规定；按${RULES}：“管理专利工作的部门处理专利侵权纠纷，应当自立案之日起3个月内结案。”末日为节假日的顺延至其后第一个工作日（解释）。`,
      values: [{ effectiveFrom: FROM, value: '3' }],
    },
    extensionUpTo: {
      label: { zh: '经批准延长的最长期限', en: 'Longest approved extension' },
      unit: 'months',
      source: 'interpretation',
      reference: `措施未规定；按${RULES}：“案件特别复杂需要延长期限的，应当由管理专利工作的部门负责人批准。经批准延长的期限，最多不超过1个月。”`,
      values: [{ effectiveFrom: FROM, value: '1' }],
    },
    warnBefore: {
      label: { zh: '期限届满前提醒', en: 'Warning before a limit passes' },
      unit: 'working-days',
      source: 'interpretation',
      reference:
        '措施和办法均未规定提醒；平台在每项期限届满前3个工作日起标为“即将到期”，届满之日后标为“已逾期”（平台做法）。',
      values: [{ effectiveFrom: FROM, value: '3' }],
    },
  },
});
