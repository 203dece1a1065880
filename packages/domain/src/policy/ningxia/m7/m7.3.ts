import { defineProvision } from '../../define-provision.js';

/** M7.3 知识产权保险 — service. */
export const m7_3 = defineProvision({
  id: 'M7.3',
  measure: 7,
  kind: 'service',
  title: { zh: '知识产权保险', en: 'IP insurance' },
  summary: { zh: '引导保险机构开发知识产权被侵权保险、执行保险等产品。', en: 'Insurers develop IP infringement and enforcement insurance.' },
  clause: '引导保险机构针对专精特新中小企业开发知识产权被侵权保险、执行保险等产品，降低企业创新风险。',
});
