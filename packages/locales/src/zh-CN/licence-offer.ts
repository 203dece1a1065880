/**
 * M5.2 专利开放许可: the words of an offer as the portal and the console show it (the shared card,
 * and its amend and withdraw dialogs) — not in the shared first-load catalog: an app merges it into
 * its own, as the open-licensing pages load lazily.
 */
export const licenceOffer = {
  patentNumber: '专利号',
  patentTitle: '专利名称',
  licensor: '许可人',
  field: '技术领域',
  description: '专利简介',
  descriptionOptional: '专利简介（选填）',
  fee: '许可使用费',
  feePerYear: '{amount} / 年',
  royalty: '按销售额 {rate} 提成',
  period: '许可期限',
  periodFrom: '许可期限起',
  periodTo: '许可期限止',
  city: '发布地区',
  interests: '许可意向',
  amendedOn: '条款于 {date} 修改',
  amend: '修改条款',
  amendTitle: '修改开放许可条款',
  amendHint:
    '专利、许可人和许可期限以发布的开放许可声明为准，不能修改。修改后，正在洽谈的企业会在消息中心收到新旧条款。',
  feeKind: '许可使用费方式',
  feeAmount: '许可使用费（元/年）',
  feeRate: '提成比例（0–1，如 0.03）',
  descriptionPlaceholder: '专利解决什么问题、适用于哪些产品，许可包含哪些技术资料（选填）',
  save: '保存修改',
  amended: '已修改 {patent} 的开放许可条款。',
  withdraw: '撤回',
  withdrawTitle: '撤回开放许可',
  withdrawHint:
    '撤回后，该专利不再在门户公开发布，也不再接受许可意向；已表达意向的企业会在消息中心收到撤回原因。撤回当日及之前达成的许可继续有效。',
  reason: '撤回原因',
  reasonPlaceholder: '如：许可人已将该专利转让，申请撤回',
  confirmWithdraw: '确认撤回',
  withdrawn: '已撤回 {patent} 的开放许可。',
  withdrawnTag: '已撤回',
  withdrawnOn: '许可人已于 {date} 撤回该开放许可：{reason}',
};
