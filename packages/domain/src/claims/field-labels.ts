import type { Localized } from '../policy/schema.js';

/**
 * How the context's fields are named to a person, in both languages (claim fields carry their
 * own labels in the policy data): errors and forms use these.
 */
export const FIELD_LABELS: Record<string, Localized> = {
  provision: { zh: '条款', en: 'Provision' },
  jurisdiction: { zh: '法域', en: 'Jurisdiction' },
  number: { zh: '授权（注册）号', en: 'Grant/registration number' },
  family: { zh: '同族标识', en: 'Family' },
  fundingYear: { zh: '资助年度', en: 'Funding year' },
  grantedThisYear: { zh: '本年度已获补助', en: 'Already granted this year' },
  asOf: { zh: '评估日期', en: 'Assessment date' },
};

export function fieldLabel(field: string): Localized {
  return FIELD_LABELS[field] ?? { zh: field, en: field };
}
