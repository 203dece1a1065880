import type { Localized } from '../policy/schema.js';

/** How each claim field is named to a person, in both languages: errors and forms use these. */
export const FIELD_LABELS: Record<string, Localized> = {
  provision: { zh: '条款', en: 'Provision' },
  recognizedOn: { zh: '认定日期', en: 'Recognition date' },
  patents: { zh: '获奖专利号', en: 'Awarded patents' },
  patent: { zh: '专利号', en: 'Patent number' },
  grants: { zh: '国外授权发明专利', en: 'Patents granted abroad' },
  registrations: { zh: '国外注册商标', en: 'Trademarks registered abroad' },
  jurisdiction: { zh: '法域', en: 'Jurisdiction' },
  number: { zh: '授权（注册）号', en: 'Grant/registration number' },
  family: { zh: '同族标识', en: 'Family' },
  transactionAmount: { zh: '转化交易额', en: 'Transaction amount' },
  mode: { zh: '转化方式', en: 'Mode' },
  contractDate: { zh: '合同签订日期', en: 'Contract date' },
  principal: { zh: '贷款本金', en: 'Principal' },
  pledgeShareRatio: { zh: '知识产权出质占比率', en: 'IP pledge share ratio' },
  disbursedOn: { zh: '放款日期', en: 'Disbursement date' },
  repaidOn: { zh: '还清日期', en: 'Repayment date' },
  interestPaid: { zh: '实付利息', en: 'Interest paid' },
  evaluationFeePaid: { zh: '实付评估费', en: 'Evaluation fee paid' },
  fundingYear: { zh: '资助年度', en: 'Funding year' },
  grantedThisYear: { zh: '本年度已获补助', en: 'Already granted this year' },
  asOf: { zh: '评估日期', en: 'Assessment date' },
};

export function fieldLabel(field: string): Localized {
  return FIELD_LABELS[field] ?? { zh: field, en: field };
}

/** The three ways of taking in IP under M5.1 (许可、转让、作价入股). */
export const TRANSFER_MODE_LABELS: Record<'license' | 'assignment' | 'equity', Localized> = {
  license: { zh: '许可', en: 'Licence' },
  assignment: { zh: '转让', en: 'Assignment' },
  equity: { zh: '作价入股', en: 'Equity contribution' },
};
