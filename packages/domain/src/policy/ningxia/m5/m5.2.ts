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
  events: [{ id: 'matchmaking', label: { zh: '供需对接活动', en: 'Matchmaking event' } }],
  scorecard: [EVENTS_FIGURE],
});
