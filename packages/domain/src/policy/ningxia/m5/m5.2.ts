import { defineProvision } from '../../define-provision.js';
import { EVENTS_FIGURE } from '../shared.js';

/** M5.2 专利开放许可与供需对接 — service. */
export const m5_2 = defineProvision({
  id: 'M5.2',
  measure: 5,
  kind: 'service',
  title: { zh: '专利开放许可与供需对接', en: 'Patent open licensing and matchmaking' },
  summary: {
    zh: '推进专利开放许可，搭建供需平台，举办高校院所与企业对接活动。',
    en: 'Open licensing, a supply–demand platform, and matchmaking events.',
  },
  clause:
    '与工信等部门协同推进专利开放许可，搭建供需平台，畅通流转渠道，面向“专精特新”企业举办高校院所与企业对接活动',
  interpretation: {
    zh: '平台公开发布开放许可的专利（专利号、许可人、技术领域、许可使用费、期限），企业表达许可意向，经平台达成的许可可直接发起 M5.1 转化运用支持申报；原文未规定数量，记分卡统计当年发布的开放许可专利件数和经平台达成的许可件数。',
    en: 'The platform publishes patents offered for open licence (number, licensor, field, fee, period); enterprises express interest; a licence concluded here can start the M5.1 claim. The text gives no number: the scorecard counts the patents offered in the year and the licences concluded through the platform.',
  },
  events: [{ id: 'matchmaking', label: { zh: '供需对接活动', en: 'Matchmaking event' } }],
  openLicensing: {
    // 支持区内外高校、科研院所和企业的知识产权……转化运用 (M5.1): who licenses out.
    licensorKinds: [
      { id: 'university', label: { zh: '高校', en: 'University' } },
      { id: 'institute', label: { zh: '科研院所', en: 'Research institute' } },
      { id: 'enterprise', label: { zh: '企业', en: 'Enterprise' } },
    ],
    // 专利法第五十条：开放许可声明写明许可使用费支付方式、标准 — a sum, or a rate of sales.
    feeKinds: [
      { id: 'lump-sum', label: { zh: '固定许可使用费（元/年）', en: 'Fixed fee (yuan a year)' } },
      { id: 'royalty', label: { zh: '按销售额提成（比例）', en: 'Royalty (share of sales)' } },
      { id: 'free', label: { zh: '免费许可', en: 'Free of charge' } },
    ],
    // A licence concluded here is a 许可 taking in IP: its fee is M5.1's transaction amount.
    startsClaim: {
      provision: 'M5.1',
      roles: { base: 'fee', qualifier: 'mode', contracted: 'concludedOn' },
    },
  },
  records: [
    {
      id: 'matchmaking-event',
      label: { zh: '高校院所与企业对接活动', en: 'University–enterprise matchmaking event' },
      summary: {
        zh: '自治区或地市（会同工信等部门）举办的高校院所与“专精特新”企业对接活动：时间、地点、参加的高校院所和企业。服务机构举办的对接活动在服务站记录。',
        en: 'A matchmaking event between universities or institutes and SRDI enterprises held by the region or a city (with the industry department): when, where, the institutions and the enterprises. Agencies record theirs on the station.',
      },
      subject: 'none',
      recordedBy: ['city', 'region'],
      fields: [
        { key: 'title', input: 'text', label: { zh: '活动名称', en: 'Title' } },
        { key: 'place', input: 'text', label: { zh: '地点', en: 'Place' } },
        { key: 'heldOn', input: 'date', label: { zh: '举办日期', en: 'Held on' } },
        {
          key: 'institutions',
          input: 'names',
          label: { zh: '参加的高校院所', en: 'Universities and institutes' },
        },
        { key: 'enterprises', input: 'enterprises', label: { zh: '参加企业', en: 'Enterprises attending' } },
      ],
      dateField: 'heldOn',
      counts: {
        unit: 'enterprises',
        note: {
          zh: '原文未规定数量：统计当年对接活动参加的不同企业数（活动场次在明细中）。',
          en: "The text gives no number: the platform counts the distinct enterprises attending the year's events (the events are in the detail).",
        },
      },
    },
  ],
  scorecard: [
    EVENTS_FIGURE,
    {
      id: 'offers',
      label: { zh: '当年发布的开放许可专利', en: 'Patents offered for open licence in the year' },
      unit: 'records',
      met: 'reported',
      sources: ['open-licensing'],
    },
    {
      id: 'licences',
      label: { zh: '经平台达成的专利许可', en: 'Licences concluded through the platform' },
      unit: 'records',
      met: 'reported',
      sources: ['open-licensing'],
    },
  ],
});
