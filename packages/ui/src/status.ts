/** Claim states in both languages, and the tag colour each is shown with. */
export const STATUS: Record<
  string,
  { zh: string; en: string; type: 'info' | 'warning' | 'success' | 'danger' | 'primary' }
> = {
  draft: { zh: '草稿', en: 'Draft', type: 'info' },
  submitted: { zh: '已提交，待市级审核', en: 'Submitted, awaiting city review', type: 'primary' },
  returned: { zh: '退回补正', en: 'Returned for corrections', type: 'warning' },
  'city-approved': {
    zh: '市级通过，待自治区审核',
    en: 'City approved, awaiting region review',
    type: 'primary',
  },
  approved: { zh: '已核准', en: 'Approved', type: 'success' },
  rejected: { zh: '未通过', en: 'Rejected', type: 'danger' },
  withdrawn: { zh: '已撤回', en: 'Withdrawn', type: 'info' },
  published: { zh: '公示中', en: 'On public notice', type: 'success' },
  paid: { zh: '已拨付', en: 'Paid', type: 'success' },
  'clawed-back': { zh: '已追回', en: 'Clawed back', type: 'danger' },
};
