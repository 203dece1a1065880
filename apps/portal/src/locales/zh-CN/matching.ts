export const matching = {
  title: '政策匹配',
  intro:
    '根据企业档案中的专精特新资质、所属产业和知识产权（称号、专利奖、国外授权），列出可能符合的条款、预计金额和理由；其余条款说明还缺什么。',
  total: '预计可申报合计',
  estimate: '为按现行政策参数的预估，以审核结果为准。',
  year: '资助年度',
  groups: {
    likely: '可能符合',
    'needs-facts': '需补充交易信息',
    service: '可申请的服务',
    claimed: '已申报',
    missing: '尚不符合',
  },
  start: '发起申报',
  calculate: '去测算',
  toProfile: '完善企业档案',
  toClaims: '查看申报',
  toRequests: '提交服务请求',
  upTo: '每年最高',
  empty: '暂无此类条款。',
};
