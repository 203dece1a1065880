import { defineProvision } from '../../define-provision.js';

/** M12.1 知识产权经理人与职称 — service. */
export const m12_1 = defineProvision({
  id: 'M12.1',
  measure: 12,
  kind: 'service',
  title: { zh: '知识产权经理人与职称', en: 'IP managers and professional titles' },
  summary: { zh: '建设知识产权经理人队伍，支持参评知识产权职称并开展聘任。', en: 'A corps of IP managers; support for IP professional titles.' },
  clause: '加快推进“专精特新”等中小企业知识产权经理人队伍建设，支持专精特新中小企业组织知识产权人才参评知识产权职称并开展聘任工作',
  services: [{ id: 'talent-training', label: { zh: '知识产权人才培训', en: 'IP talent training' } }],
});
