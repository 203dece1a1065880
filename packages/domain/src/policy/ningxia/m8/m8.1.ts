import { defineProvision } from '../../define-provision.js';
import { SERVICES_FIGURE, enterprisesAtLeast, requestHandleWithin } from '../shared.js';

/** M8.1 商标品牌指导站服务 — count-target. */
export const m8_1 = defineProvision({
  id: 'M8.1',
  measure: 8,
  kind: 'count-target',
  title: { zh: '商标品牌指导站服务', en: 'Trademark brand guidance station services' },
  summary: {
    zh: '商标品牌指导站每年为50家以上专精特新中小企业开展商标服务。',
    en: 'Guidance stations serve at least 50 SRDI SMEs a year.',
  },
  parameters: {
    requestHandleWithin,
    count: {
      label: { zh: '每年至少服务企业数', en: 'Enterprises served a year (at least)' },
      unit: 'count',
      source: 'policy-text',
      reference: '每年为50家以上专精特新中小企业开展商标注册、运用、保护和管理服务',
      values: [{ effectiveFrom: '2023-01-01', value: '50' }],
    },
  },
  clause: '引导商标品牌指导站每年为50家以上专精特新中小企业开展商标注册、运用、保护和管理服务',
  services: [
    { id: 'trademark-registration', label: { zh: '商标注册指导', en: 'Trademark registration' } },
    { id: 'trademark-use', label: { zh: '商标运用指导', en: 'Trademark use' } },
    { id: 'trademark-protection', label: { zh: '商标保护指导', en: 'Trademark protection' } },
    { id: 'trademark-management', label: { zh: '商标管理指导', en: 'Trademark management' } },
  ],
  requests: [{ id: 'trademark', label: { zh: '申请商标品牌服务', en: 'Ask for trademark services' } }],
  matching: {
    request: {
      zh: '可申请商标品牌指导站的注册、运用、保护和管理服务。',
      en: 'You can ask a trademark brand guidance station for registration, use, protection and management services.',
    },
  },
  scorecard: [
    enterprisesAtLeast({ zh: '商标品牌指导站服务的企业数', en: 'Enterprises served by guidance stations' }),
    SERVICES_FIGURE,
  ],
});
