import { defineProvision } from '../../define-provision.js';
import { deriveVersion, ningxia } from '../../policy-book.js';

/**
 * A worked example, not a real policy: how another province's measures are defined as data only,
 * here by deriving from the Ningxia draft (README, "Another province"). Against its base it
 *   - is for another region (甘肃省 620000) with its own areas and its own clause texts;
 *   - pays different amounts (M1.1 300,000; M5.1 8 %, cap 2,000,000);
 *   - removes a provision (M7.2, guaranteed loans — this province has none);
 *   - adds one under a new measure, with an id of its own: GS14.1, 50,000 for each newly
 *     recognized 省级知识产权服务品牌机构, paid once per agency per funding year.
 * No code changes: the rules pick it up by its kind, the registry lists it, forms render its field.
 */
const FROM = '2025-01-01';

export const gs14_1 = defineProvision({
  id: 'GS14.1',
  measure: 14,
  kind: 'fixed-award',
  title: { zh: '新认定省级知识产权服务品牌机构', en: 'Newly recognized provincial IP service brand agency' },
  summary: {
    zh: '对新认定的省级知识产权服务品牌机构给予5万元支持。',
    en: '50,000 yuan for a newly recognized provincial IP service brand agency.',
  },
  clause: '对新认定的省级知识产权服务品牌机构，给予5万元一次性支持。（示例条款）',
  applicant: 'agency',
  parameters: {
    amount: {
      label: { zh: '支持金额', en: 'Award' },
      unit: 'CNY',
      source: 'policy-text',
      reference: '给予5万元一次性支持',
      values: [{ effectiveFrom: FROM, value: '50000.00' }],
    },
    recognitionWindowYears: {
      label: { zh: '“新认定”的认定年度范围', en: 'Years counted as "newly recognized"' },
      unit: 'years',
      source: 'interpretation',
      reference: '“新认定”指认定日期在资助年度内。',
      values: [{ effectiveFrom: FROM, value: '1' }],
    },
  },
  claim: {
    fields: [
      {
        key: 'recognizedOn',
        input: 'date',
        role: 'recognized',
        label: { zh: '认定日期', en: 'Recognition date' },
        mustHaveHappened: 'RECOGNITION_IN_FUTURE',
      },
    ],
  },
  bookkeeping: { once: 'per-funding-year' },
});

export const secondProvince = deriveVersion(ningxia, {
  id: 'example-gansu-2025',
  title: {
    zh: '知识产权助力专精特新中小企业若干措施（示例）',
    en: 'Measures for IP to help SRDI SMEs (worked example)',
  },
  status: 'final',
  effectiveFrom: FROM,
  region: '620000',
  regionName: { zh: '甘肃省', en: 'Gansu Province' },
  areas: [
    { code: '620100', kind: 'city', name: { zh: '兰州市', en: 'Lanzhou' } },
    { code: '620200', kind: 'city', name: { zh: '嘉峪关市', en: 'Jiayuguan' } },
    { code: '620300', kind: 'city', name: { zh: '金昌市', en: 'Jinchang' } },
  ],
  measures: [
    ...ningxia.measures,
    { number: 14, part: 4, title: { zh: '培育知识产权服务品牌', en: 'IP service brands' } },
  ],
  clauses: {
    'M1.1': '对新认定的国家知识产权示范企业给予30万元支持。（示例条款）',
    'M5.1': '对引进转化运用知识产权的企业，按转化交易额的8%予以支持，年最高补助不超过200万元。（示例条款）',
  },
  values: { 'M1.1.amount': '300000.00', 'M5.1.rate': '0.08', 'M5.1.annualCap': '2000000.00' },
  remove: ['M7.2'],
  add: [gs14_1],
});
