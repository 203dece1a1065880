import { defineProvision } from '../../define-provision.js';
import { EVENTS_FIGURE } from '../shared.js';

/** M11.2 “知识产权服务万里行” — service. */
export const m11_2 = defineProvision({
  id: 'M11.2',
  measure: 11,
  kind: 'service',
  title: { zh: '“知识产权服务万里行”', en: 'The "IP services on the road" campaign' },
  summary: {
    zh: '开展“知识产权服务万里行”系列活动，对接中小企业服务需求。',
    en: 'Events matching SME service needs.',
  },
  clause: '深入开展“知识产权服务万里行”系列活动，对接中小企业服务需求，提供专业支撑服务。',
  events: [{ id: 'campaign', label: { zh: '知识产权服务万里行', en: 'IP service campaign event' } }],
  scorecard: [EVENTS_FIGURE],
});
