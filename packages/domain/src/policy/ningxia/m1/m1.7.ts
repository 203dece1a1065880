import { defineProvision } from '../../define-provision.js';
import { enterpriseGuide, FROM, MONEY_FIGURES, notAbroad, perFamilyCap } from '../shared.js';

/** M1.7 国外授权发明专利 — per-item-award: each 授权号 in each jurisdiction is one item, paid once. */
export const m1_7 = defineProvision({
  id: 'M1.7',
  measure: 1,
  kind: 'per-item-award',
  title: { zh: '国外授权发明专利', en: 'Invention patent granted abroad' },
  summary: {
    zh: '获得国外授权的发明专利，每件补助2万元。',
    en: '20,000 yuan for each invention patent granted abroad.',
  },
  clause: '对获得国外授权的发明专利，每件补助2万元。',
  interpretation: {
    zh: '每个法域的每个授权号为一件，同一号码只支持一次。',
    en: 'Each grant number in each jurisdiction is one item; a number is paid once.',
  },
  parameters: {
    amountPerItem: {
      label: { zh: '每件补助', en: 'Per grant' },
      unit: 'CNY',
      source: 'policy-text',
      reference: '对获得国外授权的发明专利，每件补助2万元',
      values: [{ effectiveFrom: FROM, value: '20000.00' }],
    },
    maxJurisdictionsPerFamily: perFamilyCap,
    notAbroad,
  },
  claim: {
    fields: [
      {
        key: 'grants',
        input: 'foreign-items',
        grantKind: 'patent',
        role: 'items',
        label: { zh: '国外授权发明专利', en: 'Patents granted abroad' },
        hint: {
          zh: '每项填写法域代码（如 US、JP、EP）和授权号',
          en: 'For each: the jurisdiction code (US, JP, EP…) and the grant number',
        },
      },
    ],
  },
  bookkeeping: { itemGroup: 'grants-abroad' },
  matching: {
    asset: {
      kind: 'foreign-patent',
      group: 'foreign',
      label: { zh: '国外授权发明专利', en: 'Invention patent granted abroad' },
    },
  },
  guide: enterpriseGuide({
    conditions: [
      {
        zh: '发明专利已在国外获得授权（注册），权利人为本企业',
        en: 'The invention patent is granted (registered) abroad to the enterprise',
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
