import { defineProvision } from '../../define-provision.js';
import { enterpriseGuide, FROM, MONEY_FIGURES, notAbroad, perFamilyCap } from '../shared.js';

/** M1.8 国外注册商标 — per-item-award: each 注册号 in each jurisdiction is one item, paid once. */
export const m1_8 = defineProvision({
  id: 'M1.8',
  measure: 1,
  kind: 'per-item-award',
  title: { zh: '国外注册商标', en: 'Trademark registered abroad' },
  summary: {
    zh: '获得国外授权的注册商标，每件补助1万元。',
    en: '10,000 yuan for each trademark registered abroad.',
  },
  clause: '对获得国外授权的注册商标，每件补助1万元。',
  interpretation: {
    zh: '每个法域的每个注册号为一件，同一号码只支持一次。',
    en: 'Each registration number in each jurisdiction is one item; a number is paid once.',
  },
  parameters: {
    amountPerItem: {
      label: { zh: '每件补助', en: 'Per registration' },
      unit: 'CNY',
      source: 'policy-text',
      reference: '对获得国外授权的注册商标，每件补助1万元',
      values: [{ effectiveFrom: FROM, value: '10000.00' }],
    },
    maxJurisdictionsPerFamily: perFamilyCap,
    notAbroad,
  },
  claim: {
    fields: [
      {
        key: 'registrations',
        input: 'foreign-items',
        grantKind: 'trademark',
        role: 'items',
        label: { zh: '国外注册商标', en: 'Trademarks registered abroad' },
        hint: {
          zh: '每项填写法域代码（如 US、JP、EP）和注册号',
          en: 'For each: the jurisdiction code (US, JP, EP…) and the registration number',
        },
      },
    ],
  },
  bookkeeping: { itemGroup: 'registrations-abroad' },
  matching: {
    asset: {
      kind: 'foreign-trademark',
      group: 'foreign',
      label: { zh: '国外注册商标', en: 'Trademark registered abroad' },
    },
  },
  guide: enterpriseGuide({
    conditions: [
      {
        zh: '注册商标已在国外获得授权（注册），权利人为本企业',
        en: 'The trademark is granted (registered) abroad to the enterprise',
      },
    ],
    materials: [
      {
        zh: '国外授权（注册）证书及其中文译本',
        en: 'The foreign grant (registration) certificate and its Chinese translation',
      },
    ],
    processingWorkingDays: 20,
  }),
  scorecard: MONEY_FIGURES,
});
