export const assets = {
  title: '知识产权档案',
  intro: '登记企业获得的称号、专利奖和国外授权，用于政策匹配；申报时仍须上传证明材料。',
  kind: '类别',
  date: '认定/获奖/授权日期',
  number: '专利号或授权（注册）号',
  jurisdiction: '授权（注册）国家或组织',
  abroadHint:
    '马德里国际注册：按获得保护的每个指定国家（地区）分别填写一项，号码填国际注册号；PCT 国际申请（WO）不是授权，请填写授予专利的国家或组织。',
  add: '登记',
  remove: '删除',
  removed: '已删除。',
  empty: '尚未登记知识产权。',
  provision: '对应条款',
};
